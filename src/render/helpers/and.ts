import { isTruthy, readConditions } from './compare.js';

/**
 * True when every value is true as `{{#if}}` sees it (0, null, "" and [] are
 * false).
 *
 * @example (and offences.previous offences.current) with 131 and 247 → true
 * @example (and true 0) → false
 * @example (and true null) → false
 */
export function and(...args: unknown[]): boolean {
  return readConditions('and', args).every(isTruthy);
}
