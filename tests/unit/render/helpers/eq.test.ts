import { eq } from '../../../../src/render/helpers/eq.js';
import { hash, thrown } from './thrown.js';

describe('eq', () => {
  it.each([
    ['up', 'up', true],
    ['down', 'up', false],
    [10, 10, true],
    [10, 11, false],
    [0, -0, true],
    [10, '10', false],
    [true, true, true],
    [false, true, false],
    [null, null, false],
    [null, 0, false],
    [undefined, 'up', false],
  ])('(eq %p %p) => %p', (a, b, expected) => {
    expect(eq(a, b)).toBe(expected);
    expect(eq(a, b, hash({}))).toBe(expected);
  });

  it.each([
    [NaN, NaN],
    [{ direction: 'up' }, 'up'],
    [['up'], 'up'],
  ])('refuses (eq %p %p), naming the value', (a, b) => {
    const error = thrown(() => eq(a, b));
    expect(error.message).toMatch(/^eq: cannot compare /);
    expect(error.hint).toContain('offences.change.direction');
  });
});
