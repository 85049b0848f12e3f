import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs, readFlag, readNumber } from './args.js';
import { clean, formatNumber } from './format.js';

/**
 * A yearly total as a daily average, keeping the whole part only: 8,244 a
 * year is "an average of 22 a day", never 23 (an average must not be
 * overstated). `days` is 365 unless given (366 for a leap year).
 *
 * @example {{perDay 8244}} → 22
 * @example {{perDay 10391}} → 28
 * @example {{perDay 365}} → 1
 * @example {{perDay 366 days=366}} → 1
 * @example {{perDay 3650000}} → 10,000
 * @example {{perDay 1095 words=true}} → three
 */
export function perDay(...args: unknown[]): string {
  const { values, hash } = readArgs('perDay', args, { usage: '{{perDay offences.current}} or {{perDay offences.current days=366}}', min: 1, max: 1, options: ['days', 'words'] });
  const total = readNumber('perDay', values[0]);
  if (total < 0) throw new HelperError(`perDay: a yearly total cannot be negative, got ${describeValue(values[0])}`, 'pass a count, e.g. offences.current');
  const days = hash.days === undefined ? 365 : hash.days;
  if (typeof days !== 'number' || !Number.isInteger(days) || days <= 0) {
    throw new HelperError(`perDay: option \`days\` must be a whole number of days, got ${describeValue(days)}`, 'write days=366 without quotes');
  }
  // Cleaning first keeps float noise (21.999999999999996) from losing a whole day.
  return formatNumber(Math.floor(clean(total / days)), readFlag('perDay', hash, 'words'));
}
