import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs, readNumber } from './args.js';

/**
 * The singular noun for exactly one, else the plural (given, or the
 * singular plus "s"). Zero takes the plural: "0 offences".
 *
 * @example {{plural 1 "offence"}} → offence
 * @example {{plural 2 "offence"}} → offences
 * @example {{plural 0 "offence"}} → offences
 * @example {{plural 2 "child" "children"}} → children
 */
export function plural(...args: unknown[]): string {
  const { values } = readArgs('plural', args, { usage: '{{plural count "offence"}} or {{plural count "child" "children"}}', min: 2, max: 3 });
  const [count, singular, many] = values;
  const n = readNumber('plural', count);
  const one = readWord(singular, 'singular');
  if (n === 1) return one;
  return values.length === 3 ? readWord(many, 'plural') : `${one}s`;
}

function readWord(value: unknown, which: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new HelperError(`plural: the ${which} noun must be a word, got ${describeValue(value)}`, 'write it in quotes, e.g. {{plural count "child" "children"}}');
}
