import { HelperError } from '../../errors/diagnostic.js';
import { readArgs, readNumber } from './args.js';
import { perCentText } from './format.js';

/*
 * The file is not called perCent.ts: it would differ from percent.ts only in
 * case, which collides on macOS and Windows file systems.
 */

/**
 * A percentage in body-copy form: as `percent`, with "per cent" spelt out
 * and one to nine in words. Prints the size only; the direction is worded by
 * the template (`a {{changeWord offences.change}} of {{perCent …}}`), so
 * `signed` is refused rather than ignored.
 *
 * @example {{perCent 88.55}} → 89 per cent
 * @example {{perCent 7.29}} → seven per cent
 * @example {{perCent -18.18}} → 18 per cent
 * @example {{perCent 10}} → 10 per cent
 * @example {{perCent 0.4}} → 0.4 per cent
 * @example {{perCent 0.04}} → less than 0.1 per cent
 */
export function perCent(...args: unknown[]): string {
  const { values, hash } = readArgs('perCent', args, { usage: '{{perCent value}}', min: 1, max: 1, options: ['signed'] });
  if (hash.signed !== undefined) {
    throw new HelperError(
      'perCent: option `signed` is not supported',
      'body copy words the direction: a {{changeWord offences.change}} of {{perCent offences.change.percent}}; for a signed figure in a table use {{percent value signed=true}}',
    );
  }
  return perCentText(readNumber('perCent', values[0]));
}
