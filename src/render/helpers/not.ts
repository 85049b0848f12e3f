import { readArgs } from './args.js';
import { isTruthy } from './compare.js';

/**
 * True when the value is false as `{{#if}}` sees it (0, null, "" and [] are
 * false).
 *
 * @example (not offences.change.smallBase) with false → true
 * @example (not 0) → true
 * @example (not "up") → false
 */
export function not(...args: unknown[]): boolean {
  const { values } = readArgs('not', args, { usage: '{{#if (not offences.change.smallBase)}}', min: 1, max: 1 });
  return !isTruthy(values[0]);
}
