import { compareNumbers } from './compare.js';

/**
 * True when the first number is greater than the second; false when
 * either is unknown (null), so a blank figure skips the branch.
 *
 * @example (gt offences.current 10) with 247 → true
 * @example (gt 10 10) → false
 * @example (gt null 10) → false
 */
export function gt(...args: unknown[]): boolean {
  return compareNumbers('gt', args, (a, b) => a > b);
}
