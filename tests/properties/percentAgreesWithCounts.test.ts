import fc from 'fast-check';
import { describeChange } from '../../src/derive/change.js';
import { changeHeadline } from '../../src/render/helpers/changeHeadline.js';
import { percent } from '../../src/render/helpers/percent.js';

/**
 * The printed change always agrees with the two counts it came from, under
 * the documented rule (README, percent): the size of the change, rounded half
 * away from zero to a whole number; under 1%, to one decimal; under 0.05%,
 * "less than 0.1%". The expected text is worked out here in exact integer
 * arithmetic, independently of the floating point the helpers use.
 */
function expectedPercent(previous: bigint, current: bigint): string {
  const difference = current > previous ? current - previous : previous - current;
  // size = 100·difference/previous; rounding half away from zero to n decimals = floor((2·10^n·100·difference + previous) / (2·previous)).
  const rounded = (decimals: bigint): bigint => (2n * 10n ** decimals * 100n * difference + previous) / (2n * previous);
  const below1 = 100n * difference < previous && difference > 0n;
  if (below1) {
    const tenths = rounded(1n);
    if (tenths === 0n) return 'less than 0.1%';
    if (tenths < 10n) return `0.${tenths}%`;
  }
  return `${grouped(rounded(0n))}%`;
}

/** Thousands separators, written out rather than borrowed from Intl. */
function grouped(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const previousCount = fc.integer({ min: 1, max: 10_000_000 });
const currentCount = fc.integer({ min: 0, max: 10_000_000 });
/** Counts close together, where the sub-1% rules and exact halves live. */
const nearby = previousCount.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: Math.max(0, p - 50), max: p + 50 })));

describe('a printed percentage change agrees with the two counts', () => {
  it.each([
    [8, 9, '13%'],
    [8, 7, '13%'],
    [131, 247, '89%'],
    [200, 201, '0.5%'],
    [2000, 2001, '0.1%'],
    [2001, 2002, 'less than 0.1%'],
    [1000, 1999, '100%'],
    [3, 10_000_000, '333,333,233%'],
  ])('%i → %i prints %s', (previous, current, expected) => {
    expect(percent(describeChange(previous, current, true, 0).percent)).toBe(expected);
  });

  it('for any two counts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(previousCount, currentCount), nearby), ([previous, current]) => {
        const change = describeChange(previous, current, true, 0);
        const expected = expectedPercent(BigInt(previous), BigInt(current));
        expect(percent(change.percent)).toBe(expected);
        if (change.direction === 'up' || change.direction === 'down') {
          expect(changeHeadline({ kind: 'count', previous, current, change })).toBe(`${change.direction} ${expected}`);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
