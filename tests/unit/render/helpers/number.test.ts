import { number } from '../../../../src/render/helpers/number.js';
import { hash, thrown } from './thrown.js';

describe('number', () => {
  it.each([
    [10391, '10,391'],
    [1234567, '1,234,567'],
    [7, '7'],
    [0, '0'],
    [-0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [-999, '-999'],
    // Rounds to a thousand, which has a separator.
    [999.96, '1,000'],
    [999.94, '999.9'],
    [-1200, '-1,200'],
    [2.5, '2.5'],
    [2.04, '2'],
    [2.25, '2.3'],
    [1.15, '1.2'],
    // Float noise: 0.3 × 4.5 is 1.3499999999999999 and 2.3 − 1.05 is 1.2499999999999998.
    [0.3 * 4.5, '1.4'],
    [2.3 - 1.05, '1.3'],
    [-2.25, '-2.3'],
    [-0.04, '0'],
    [1234567.89, '1,234,567.9'],
    ['10391', '10,391'],
    // Text values reach templates escaped for Markdown: a leading minus has a backslash.
    ['\\-1200', '-1,200'],
  ])('%p => %p', (input, expected) => {
    expect(number(input)).toBe(expected);
  });

  it.each([
    [1, 'one'],
    [7, 'seven'],
    [9, 'nine'],
    [0, '0'],
    [10, '10'],
    [11, '11'],
    [12, '12'],
    [2.5, '2.5'],
    [6.96, 'seven'],
    [-3, '-3'],
  ])('%p with words=true => %p', (input, expected) => {
    expect(number(input, hash({ words: true }))).toBe(expected);
  });

  it('keeps digits with words=false', () => {
    expect(number(7, hash({ words: false }))).toBe('7');
  });

  it.each([null, undefined, NaN, Infinity, -Infinity, '1,2O3', '', 'ten', '\\1', '1.', {}, [], true])('refuses %p, naming the helper and the value', (input) => {
    const error = thrown(() => number(input));
    expect(error.message).toMatch(/^number: /);
    expect(error.hint).toBeTruthy();
  });

  it('points a null figure to an {{#if}}', () => {
    const error = thrown(() => number(null));
    expect(error.message).toBe('number: cannot print null');
    expect(error.hint).toContain('{{#if offences.previous}}');
  });

  it('refuses words="true" as a string, and unknown options', () => {
    expect(thrown(() => number(7, hash({ words: 'true' }))).hint).toBe('write words=true without quotes');
    expect(thrown(() => number(7, hash({ word: true }))).message).toBe('number: unknown option `word`');
  });

  it('refuses a second value', () => {
    expect(thrown(() => number(7, true, hash({}))).message).toBe('number: expected 1 value, got 2');
  });
});
