import { compareNumbers } from './compare.js';

/**
 * True when the first number is less than the second; false when
 * either is unknown (null), so a blank figure skips the branch.
 *
 * @example (lt offences.previous 10) with 6 → true
 * @example (lt 10 10) → false
 * @example (lt null 10) → false
 */
export function lt(...args: unknown[]): boolean {
  return compareNumbers('lt', args, (a, b) => a < b);
}
