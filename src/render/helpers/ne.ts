import { compareValues } from './compare.js';

/**
 * True when two numbers, words or booleans differ; false when either is
 * unknown (null): an unknown figure is neither equal nor unequal.
 *
 * @example (ne offences.change.direction "unknown") with "up" → true
 * @example (ne 10 10) → false
 * @example (ne null 10) → false
 */
export function ne(...args: unknown[]): boolean {
  return compareValues('ne', args, false);
}
