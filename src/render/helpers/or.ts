import { isTruthy, readConditions } from './compare.js';

/**
 * True when any value is true as `{{#if}}` sees it (0, null, "" and [] are
 * false).
 *
 * @example (or null "0300 123 4567") → true
 * @example (or false 0) → false
 */
export function or(...args: unknown[]): boolean {
  return readConditions('or', args).some(isTruthy);
}
