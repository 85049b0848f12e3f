import { compareNumbers } from './compare.js';

/**
 * True when the first number is greater than or equal to the second; false when
 * either is unknown (null), so a blank figure skips the branch.
 *
 * @example (gte offences.change.ratio 1.95) with 2.04 → true
 * @example (gte 10 10) → true
 * @example (gte null 10) → false
 */
export function gte(...args: unknown[]): boolean {
  return compareNumbers('gte', args, (a, b) => a >= b);
}
