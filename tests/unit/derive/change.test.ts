import { describeChange, direction, percentChange } from '../../../src/derive/change.js';
import { rankDescending } from '../../../src/derive/rank.js';

describe('percentChange', () => {
  it.each([
    [131, 247, 88.5496],
    [77, 63, -18.1818],
    [6, 43, 616.6667],
    [100, 100, 0],
  ])('%p → %p is %p per cent', (previous, current, expected) => {
    expect(percentChange(previous, current)).toBeCloseTo(expected, 3);
  });

  it.each([
    [0, 12],
    [null, 194],
    [131, null],
  ])('%p → %p has no percentage', (previous, current) => {
    expect(percentChange(previous, current)).toBeNull();
  });
});

describe('direction', () => {
  it.each([
    [131, 247, 'up'],
    [77, 63, 'down'],
    [12, 12, 'unchanged'],
    [0, 12, 'new'],
    [0, 0, 'unchanged'],
    [null, 194, 'unknown'],
    [194, null, 'unknown'],
  ] as const)('%p → %p is %s', (previous, current, expected) => {
    expect(direction(previous, current)).toBe(expected);
  });
});

describe('describeChange', () => {
  it('gives difference, ratio and no small base for Hampshire 131 → 247', () => {
    const change = describeChange(131, 247, true, 10);
    expect(change.difference).toBe(116);
    expect(change.ratio).toBeCloseTo(1.8855, 4);
    expect(change.smallBase).toBe(false);
  });

  it.each([
    [6, 43, true],
    [43, 6, true],
    [9, 10, true],
    [10, 10, false],
    [null, 5, false],
  ])('%p → %p is a small base under 10: %p', (previous, current, expected) => {
    expect(describeChange(previous, current, true, 10).smallBase).toBe(expected);
  });

  it('never flags published percentages (e.g. a 7% → 6% share) as a small base', () => {
    expect(describeChange(7, 6, false, 10).smallBase).toBe(false);
  });

  it('has no ratio or percentage from zero', () => {
    expect(describeChange(0, 12, true, 10)).toEqual({ difference: 12, percent: null, direction: 'new', ratio: null, smallBase: true });
  });
});

describe('rankDescending', () => {
  it('ranks highest first, ties share a rank, unknowns get none', () => {
    expect(rankDescending([5, null, 9, 5, 1])).toEqual([2, null, 1, 2, 4]);
  });
});
