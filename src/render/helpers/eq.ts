import { compareValues } from './compare.js';

/**
 * True when two numbers, words or booleans are the same (strictly: 5 is not
 * "5"); false when either is unknown (null).
 *
 * @example (eq offences.change.direction "up") with "up" → true
 * @example (eq 10 10) → true
 * @example (eq 10 "10") → false
 * @example (eq null null) → false
 */
export function eq(...args: unknown[]): boolean {
  return compareValues('eq', args, true);
}
