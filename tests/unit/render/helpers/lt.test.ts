import { lt } from '../../../../src/render/helpers/lt.js';
import { hash, thrown } from './thrown.js';

describe('lt', () => {
  it.each([
    [6, 10, true],
    [10, 10, false],
    [11, 10, false],
    [-1, 0, true],
    [9.99, 10, true],
    ['10', 9, false],
  ])('(lt %p %p) => %p', (a, b, expected) => {
    expect(lt(a, b)).toBe(expected);
    // As Handlebars calls it, with its options object last.
    expect(lt(a, b, hash({}))).toBe(expected);
  });

  it.each([
    [null, 10],
    [10, null],
    [undefined, 10],
    [null, null],
  ])('an unknown figure is never compared: (lt %p %p) => false', (a, b) => {
    expect(lt(a, b)).toBe(false);
  });

  it.each([
    [NaN, 10],
    ['up', 10],
    [{ current: 10 }, 10],
  ])('refuses (lt %p %p)', (a, b) => {
    expect(thrown(() => lt(a, b)).message).toMatch(/^lt: /);
  });

  it('needs exactly two values', () => {
    expect(thrown(() => lt(1)).message).toBe('lt: expected 2 values, got 1');
    expect(thrown(() => lt(1, 2, 3)).message).toBe('lt: expected 2 values, got 3');
  });
});
