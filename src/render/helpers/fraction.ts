import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs, readNumber } from './args.js';
import { clean, formatNumber, qualifier, roundHalfAwayFromZero } from './format.js';

/**
 * A share (a percentage of a whole, 0 to 100) as the nearest simple fraction
 * a reader grasps: "almost a fifth", "one in eight", "more than a third".
 *
 * A fraction the share matches to within half a percentage point is named
 * as it is ("three-fifths" for 60, not "almost two-thirds"); otherwise the
 * simplest fraction within 12% of its own value wins (so 75 is
 * "three-quarters", not "more than two-thirds"), and failing that the
 * nearest. Under 5%, and below 8.8% where no fraction is close (one in ten
 * less 12%), "one in N": 5% is "one in 20", never "almost one in ten".
 * "almost"/"more than" when the share is more than half a percentage point
 * below/above the fraction named.
 *
 * @example {{fraction 18}} → almost a fifth
 * @example {{fraction 13}} → one in eight
 * @example {{fraction 50}} → half
 * @example {{fraction 49}} → almost half
 * @example {{fraction 34}} → more than a third
 * @example {{fraction 75}} → three-quarters
 * @example {{fraction 60}} → three-fifths
 * @example {{fraction 5}} → one in 20
 * @example {{fraction 4}} → one in 25
 * @example {{fraction 0}} → none
 * @example {{fraction 100}} → all
 */
export function fraction(...args: unknown[]): string {
  const { values } = readArgs('fraction', args, { usage: '{{fraction onlineShare.current}}', min: 1, max: 1 });
  const share = clean(readNumber('fraction', values[0]));
  if (share < 0 || share > 100) {
    throw new HelperError(`fraction: expected a share from 0 to 100, got ${describeValue(values[0])}`, 'pass a percentage of a whole (e.g. onlineShare.current); for a change use {{approx …}}');
  }
  if (share === 0) return 'none';
  if (share === 100) return 'all';
  const { value, words } = (share < ONE_IN_N_BELOW ? null : simpleFraction(share)) ?? oneInN(share);
  const agree = clean(Math.abs(share - value)) <= AGREE_WITHIN;
  return `${qualifier(share, value, agree)}${words}`;
}

interface Candidate {
  /** The fraction as a percentage. */
  value: number;
  words: string;
}

/** In order of simplicity: the first one close enough is the one named. */
const CANDIDATES: readonly Candidate[] = (
  [
    [1, 2, 'half'],
    [1, 3, 'a third'],
    [2, 3, 'two-thirds'],
    [1, 4, 'a quarter'],
    [3, 4, 'three-quarters'],
    [1, 5, 'a fifth'],
    [2, 5, 'two-fifths'],
    [3, 5, 'three-fifths'],
    [4, 5, 'four-fifths'],
    [1, 10, 'one in ten'],
    [1, 8, 'one in eight'],
    [1, 6, 'one in six'],
    [1, 7, 'one in seven'],
    [1, 9, 'one in nine'],
  ] as const
).map(([top, bottom, words]) => ({ value: (100 * top) / bottom, words }));

/** A candidate is close enough within this fraction of its own value. */
const CLOSE_RELATIVE = 0.12;
/** No qualifier within this many percentage points. */
const AGREE_WITHIN = 0.5;
/** Below this share, always "one in N". */
const ONE_IN_N_BELOW = 5;
/** Below the smallest fraction, a share no fraction is close to is "one in N" too. */
const SMALLEST = Math.min(...CANDIDATES.map((c) => c.value));

/** The fraction to name, or null when the share is too small for any (then "one in N"). */
function simpleFraction(share: number): Candidate | null {
  const distance = (c: Candidate): number => clean(Math.abs(share - c.value));
  const close = CANDIDATES.find((c) => distance(c) <= AGREE_WITHIN) ?? CANDIDATES.find((c) => distance(c) <= CLOSE_RELATIVE * c.value);
  if (close) return close;
  if (share < SMALLEST) return null;
  // On a tie the simpler (earlier) candidate stays.
  return CANDIDATES.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

function oneInN(share: number): Candidate {
  const n = roundHalfAwayFromZero(100 / share);
  return { value: 100 / n, words: `one in ${formatNumber(n, true)}` };
}
