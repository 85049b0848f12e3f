import { lte } from '../../../../src/render/helpers/lte.js';
import { hash, thrown } from './thrown.js';

describe('lte', () => {
  it.each([
    [10, 10, true],
    [11, 10, false],
    [9, 10, true],
    [0.525, 0.525, true],
    [0.526, 0.525, false],
    ['10', 9, false],
  ])('(lte %p %p) => %p', (a, b, expected) => {
    expect(lte(a, b)).toBe(expected);
    // As Handlebars calls it, with its options object last.
    expect(lte(a, b, hash({}))).toBe(expected);
  });

  it.each([
    [null, 10],
    [10, null],
    [undefined, 10],
    [null, null],
  ])('an unknown figure is never compared: (lte %p %p) => false', (a, b) => {
    expect(lte(a, b)).toBe(false);
  });

  it.each([
    [NaN, 10],
    ['up', 10],
    [{ current: 10 }, 10],
  ])('refuses (lte %p %p)', (a, b) => {
    expect(thrown(() => lte(a, b)).message).toMatch(/^lte: /);
  });

  it('needs exactly two values', () => {
    expect(thrown(() => lte(1)).message).toBe('lte: expected 2 values, got 1');
    expect(thrown(() => lte(1, 2, 3)).message).toBe('lte: expected 2 values, got 3');
  });
});
