import { compareNumbers } from './compare.js';

/**
 * True when the first number is less than or equal to the second; false when
 * either is unknown (null), so a blank figure skips the branch.
 *
 * @example (lte 10 10) → true
 * @example (lte 11 10) → false
 * @example (lte null 10) → false
 */
export function lte(...args: unknown[]): boolean {
  return compareNumbers('lte', args, (a, b) => a <= b);
}
