import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs } from './args.js';

/**
 * Prints its text as it is, and tells the numbers audit that the figures in
 * it are fixed copy, not data ("open 24/7", "call 0800 1111"): the audit
 * counts them as fixed instead of failing the build for a number it cannot
 * trace. The marking is done by the audit's traced render, which sees the
 * `fixed` call in the template; here the helper only prints.
 *
 * @example {{fixed "24/7"}} → 24/7
 * @example {{fixed "aged 11 to 17"}} → aged 11 to 17
 */
export function fixed(...args: unknown[]): string {
  const { values } = readArgs('fixed', args, { usage: '{{fixed "24/7"}}', min: 1, max: 1 });
  const text = values[0];
  if (typeof text === 'string') return text;
  throw new HelperError(`fixed: expected text in quotes, got ${describeValue(text)}`, 'fixed marks text typed into the template, e.g. {{fixed "24/7"}}; a figure from the data is traced without it');
}
