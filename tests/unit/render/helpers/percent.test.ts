import { percent } from '../../../../src/render/helpers/percent.js';
import { hash, thrown } from './thrown.js';

describe('percent', () => {
  it.each([
    [88.55, '89%'],
    [((247 - 131) / 131) * 100, '89%'],
    [18.18, '18%'],
    [-18.18, '18%'],
    [16, '16%'],
    [2.5, '3%'],
    [-2.5, '3%'],
    [3.5, '4%'],
    [2.49, '2%'],
    [1, '1%'],
    [100, '100%'],
    [1234.4, '1,234%'],
    [617, '617%'],
    // 0.145 × 100 is 14.499999999999998 in binary: cleaned, it rounds as the 14.5 it means.
    [0.145 * 100, '15%'],
    [1.005 * 100, '101%'],
  ])('%p => %p', (input, expected) => {
    expect(percent(input)).toBe(expected);
  });

  describe('under 1: one decimal', () => {
    it.each([
      [0.4, '0.4%'],
      [-0.4, '0.4%'],
      [0.45, '0.5%'],
      [0.15, '0.2%'],
      [0.05, '0.1%'],
      [0.94, '0.9%'],
      [0.95, '1%'],
      [0.96, '1%'],
      [0.04, 'less than 0.1%'],
      [0.001, 'less than 0.1%'],
      [-0.04, 'less than 0.1%'],
      [0, '0%'],
      [-0, '0%'],
    ])('%p => %p', (input, expected) => {
      expect(percent(input)).toBe(expected);
    });
  });

  describe('signed=true', () => {
    it.each([
      [88.55, '+89%'],
      [-18.18, '-18%'],
      [0, '0%'],
      [-0, '0%'],
      [0.4, '+0.4%'],
      [-0.4, '-0.4%'],
      [-1234.4, '-1,234%'],
      [0.04, '+less than 0.1%'],
      [-0.04, '-less than 0.1%'],
    ])('%p => %p', (input, expected) => {
      expect(percent(input, hash({ signed: true }))).toBe(expected);
    });
  });

  it.each([null, undefined, NaN, Infinity, -Infinity, 'up', '12%'])('refuses %p', (input) => {
    expect(thrown(() => percent(input)).message).toMatch(/^percent: .*(null|undefined|NaN|Infinity|"up"|"12%")/);
  });
});
