import { or } from '../../../../src/render/helpers/or.js';
import { hash, thrown } from './thrown.js';

describe('or', () => {
  it.each([
    [[null, '0300 123 4567'], true],
    [[false, true], true],
    [[false, 0], false],
    [[null, undefined], false],
    [['', []], false],
    [[0, 0, 5], true],
  ])('(or %p) => %p', (values, expected) => {
    expect(or(...values)).toBe(expected);
    expect(or(...values, hash({}))).toBe(expected);
  });

  it('needs two or more values', () => {
    expect(thrown(() => or(true)).message).toBe('or: expected 2 or more values, got 1');
  });
});
