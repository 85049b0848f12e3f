import { fraction } from '../../../../src/render/helpers/fraction.js';
import { thrown } from './thrown.js';

describe('fraction', () => {
  it.each([
    [18, 'almost a fifth'],
    [13, 'one in eight'],
    [50, 'half'],
    [49, 'almost half'],
    [51, 'more than half'],
    [45, 'almost half'],
    [34, 'more than a third'],
    [33, 'a third'],
    [75, 'three-quarters'],
    [20, 'a fifth'],
    [19, 'almost a fifth'],
    [25, 'a quarter'],
    [40, 'two-fifths'],
    [66, 'almost two-thirds'],
    [58, 'almost three-fifths'],
    [10, 'one in ten'],
    [11, 'one in nine'],
    [14, 'one in seven'],
    [17, 'one in six'],
    [12.5, 'one in eight'],
  ])('%p => %p', (input, expected) => {
    expect(fraction(input)).toBe(expected);
  });

  describe('a fraction matched within half a point beats a simpler one merely close', () => {
    it.each([
      [60, 'three-fifths'],
      [80, 'four-fifths'],
    ])('%p => %p', (input, expected) => {
      expect(fraction(input)).toBe(expected);
    });
  });

  describe("12% is of the fraction's own value, not of the share", () => {
    // 56.5 is 6.5 points above half: within 12% of 56.5 (6.78) but not of 50 (6).
    it.each([
      [56.5, 'almost three-fifths'],
      [56, 'more than half'],
    ])('%p => %p', (input, expected) => {
      expect(fraction(input)).toBe(expected);
    });
  });

  describe('no fraction within 12%: the nearest', () => {
    it.each([
      [28.5, 'more than a quarter'],
      [90, 'more than four-fifths'],
      [99, 'more than four-fifths'],
    ])('%p => %p', (input, expected) => {
      expect(fraction(input)).toBe(expected);
    });
  });

  describe('small shares: one in N', () => {
    it.each([
      [4, 'one in 25'],
      [4.9, 'one in 20'],
      [0.5, 'one in 200'],
      [0.01, 'one in 10,000'],
      [5, 'one in 20'],
      [6, 'one in 17'],
      [7, 'one in 14'],
      [8, 'one in 13'],
    ])('%p => %p', (input, expected) => {
      expect(fraction(input)).toBe(expected);
    });
  });

  it.each([
    [0, 'none'],
    [100, 'all'],
  ])('%p => %p', (input, expected) => {
    expect(fraction(input)).toBe(expected);
  });

  it.each([null, undefined, NaN, Infinity, -1, 100.5, 'half'])('refuses %p', (input) => {
    expect(thrown(() => fraction(input)).message).toMatch(/^fraction: /);
  });
});
