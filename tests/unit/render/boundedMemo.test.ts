import { BoundedMemo } from '../../../src/render/boundedMemo.js';

describe('BoundedMemo', () => {
  it('starts again once full, so it never holds more than its limit', () => {
    const memo = new BoundedMemo<string, number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    expect(memo.get('a')).toBe(1);
    memo.set('c', 3);
    expect([memo.has('a'), memo.has('b'), memo.get('c')]).toEqual([false, false, 3]);
  });
});
