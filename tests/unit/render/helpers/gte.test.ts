import { gte } from '../../../../src/render/helpers/gte.js';
import { hash, thrown } from './thrown.js';

describe('gte', () => {
  it.each([
    [2.04, 1.95, true],
    [1.95, 1.95, true],
    [1.94, 1.95, false],
    [0, 0, true],
    [-1, 0, false],
    ['10', 9, true],
  ])('(gte %p %p) => %p', (a, b, expected) => {
    expect(gte(a, b)).toBe(expected);
    // As Handlebars calls it, with its options object last.
    expect(gte(a, b, hash({}))).toBe(expected);
  });

  it.each([
    [null, 10],
    [10, null],
    [undefined, 10],
    [null, null],
  ])('an unknown figure is never compared: (gte %p %p) => false', (a, b) => {
    expect(gte(a, b)).toBe(false);
  });

  it.each([
    [NaN, 10],
    ['up', 10],
    [{ current: 10 }, 10],
  ])('refuses (gte %p %p)', (a, b) => {
    expect(thrown(() => gte(a, b)).message).toMatch(/^gte: /);
  });

  it('needs exactly two values', () => {
    expect(thrown(() => gte(1)).message).toBe('gte: expected 2 values, got 1');
    expect(thrown(() => gte(1, 2, 3)).message).toBe('gte: expected 2 values, got 3');
  });
});
