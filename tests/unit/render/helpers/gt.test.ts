import { gt } from '../../../../src/render/helpers/gt.js';
import { hash, thrown } from './thrown.js';

describe('gt', () => {
  it.each([
    [247, 10, true],
    [10, 10, false],
    [9, 10, false],
    [-1, 0, false],
    [10.5, 10, true],
    ['10', 9, true],
  ])('(gt %p %p) => %p', (a, b, expected) => {
    expect(gt(a, b)).toBe(expected);
    // As Handlebars calls it, with its options object last.
    expect(gt(a, b, hash({}))).toBe(expected);
  });

  it.each([
    [null, 10],
    [10, null],
    [undefined, 10],
    [null, null],
  ])('an unknown figure is never compared: (gt %p %p) => false', (a, b) => {
    expect(gt(a, b)).toBe(false);
  });

  it.each([
    [NaN, 10],
    ['up', 10],
    [{ current: 10 }, 10],
  ])('refuses (gt %p %p)', (a, b) => {
    expect(thrown(() => gt(a, b)).message).toMatch(/^gt: /);
  });

  it('needs exactly two values', () => {
    expect(thrown(() => gt(1)).message).toBe('gt: expected 2 values, got 1');
    expect(thrown(() => gt(1, 2, 3)).message).toBe('gt: expected 2 values, got 3');
  });
});
