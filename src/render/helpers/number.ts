import { readArgs, readFlag, readNumber } from './args.js';
import { formatNumber } from './format.js';

/**
 * A count or figure with thousands separators (en-GB, whatever the machine's
 * locale); non-whole numbers keep one decimal. With `words=true`, one to nine
 * are written in words, as house style asks in body copy.
 *
 * @example {{number 10391}} → 10,391
 * @example {{number 1234567}} → 1,234,567
 * @example {{number 7}} → 7
 * @example {{number 7 words=true}} → seven
 * @example {{number 12 words=true}} → 12
 * @example {{number -1200}} → -1,200
 * @example {{number 2.5}} → 2.5
 */
export function number(...args: unknown[]): string {
  const { values, hash } = readArgs('number', args, { usage: '{{number value}} or {{number value words=true}}', min: 1, max: 1, options: ['words'] });
  return formatNumber(readNumber('number', values[0]), readFlag('number', hash, 'words'));
}
