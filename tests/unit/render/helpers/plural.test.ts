import { plural } from '../../../../src/render/helpers/plural.js';
import { hash, thrown } from './thrown.js';

describe('plural', () => {
  it.each([
    [1, 'offence', undefined, 'offence'],
    [2, 'offence', undefined, 'offences'],
    [0, 'offence', undefined, 'offences'],
    [10391, 'offence', undefined, 'offences'],
    [1, 'child', 'children', 'child'],
    [2, 'child', 'children', 'children'],
    [0, 'child', 'children', 'children'],
  ])('(%p, %p, %p) => %p', (count, singular, many, expected) => {
    const args = many === undefined ? [count, singular] : [count, singular, many];
    expect(plural(...args)).toBe(expected);
    // As Handlebars calls it, with its options object last.
    expect(plural(...args, hash({}))).toBe(expected);
  });

  it.each([
    [[null, 'offence'], /^plural: cannot print null/],
    [[NaN, 'offence'], /^plural: cannot print NaN/],
    [[2, null], /^plural: the singular noun must be a word, got null/],
    [[2, 'child', 3], /^plural: the plural noun must be a word, got 3/],
    [[2], /^plural: expected 2 to 3 values, got 1/],
  ])('refuses %p', (args, message) => {
    expect(thrown(() => plural(...args)).message).toMatch(message);
  });
});
