import { not } from '../../../../src/render/helpers/not.js';
import { hash, thrown } from './thrown.js';

describe('not', () => {
  it.each([
    [false, true],
    [true, false],
    [0, true],
    [null, true],
    [undefined, true],
    ['', true],
    [[], true],
    ['up', false],
    [12, false],
    [[1], false],
  ])('(not %p) => %p', (value, expected) => {
    expect(not(value)).toBe(expected);
    expect(not(value, hash({}))).toBe(expected);
  });

  it('needs exactly one value', () => {
    expect(thrown(() => not(true, false)).message).toBe('not: expected 1 value, got 2');
  });
});
