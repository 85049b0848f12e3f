import { and } from '../../../../src/render/helpers/and.js';
import { hash, thrown } from './thrown.js';

describe('and', () => {
  it.each([
    [[true, true], true],
    [[131, 247], true],
    [[true, false], false],
    [[true, 0], false],
    [[true, null], false],
    [[true, undefined], false],
    [[true, ''], false],
    [[true, []], false],
    [[true, NaN], false],
    [['up', 'x', 1], true],
    [[1, 2, 0], false],
  ])('(and %p) => %p', (values, expected) => {
    expect(and(...values)).toBe(expected);
    expect(and(...values, hash({}))).toBe(expected);
  });

  it('needs two or more values', () => {
    expect(thrown(() => and(true, hash({}))).message).toBe('and: expected 2 or more values, got 1');
  });
});
