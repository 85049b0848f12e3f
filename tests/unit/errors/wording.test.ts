import { inWords } from '../../../src/errors/wording.js';

describe('inWords', () => {
  it.each([
    [[], undefined, ''],
    [['a'], undefined, 'a'],
    [['a', 'b'], undefined, 'a and b'],
    [['a', 'b', 'c'], undefined, 'a, b and c'],
    [['a', 'b', 'c'], 3, 'a, b and c'],
    [['a', 'b', 'c', 'd'], 3, 'a, b and 2 more'],
    [['a', 'b', 'c', 'd', 'e'], 4, 'a, b, c and 2 more'],
  ])('%p (at most %p) => %p', (items, most, expected) => {
    expect(inWords(items, most)).toBe(expected);
  });
});
