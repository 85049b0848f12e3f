import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs, readNumber } from './args.js';

/**
 * Shared by the comparison helpers. An unknown figure (null, or a field
 * that is absent) makes every comparison false, so `{{#if (gt
 * offences.previous 10)}}` is simply skipped where the figure is blank.
 */

type Order = (a: number, b: number) => boolean;

/** `gt`, `gte`, `lt`, `lte`: numbers only; a value that is not a number is a template mistake. */
export function compareNumbers(helper: string, args: readonly unknown[], order: Order): boolean {
  const { values } = readArgs(helper, args, { usage: `{{#if (${helper} offences.current 10)}}`, min: 2, max: 2 });
  const [a, b] = values;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return order(readNumber(helper, a), readNumber(helper, b));
}

/** `eq`, `ne`: numbers, strings or booleans, compared strictly (5 is not "5"). */
export function compareValues(helper: string, args: readonly unknown[], equal: boolean): boolean {
  const { values } = readArgs(helper, args, { usage: `{{#if (${helper} offences.change.direction "up")}}`, min: 2, max: 2 });
  const [a, b] = values;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  for (const value of [a, b]) {
    const comparable = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value));
    if (!comparable) {
      throw new HelperError(`${helper}: cannot compare ${describeValue(value)}`, 'compare a single figure or word, e.g. offences.change.direction, not a whole object');
    }
  }
  return (a === b) === equal;
}

/** Truth as Handlebars' `{{#if}}` sees it: null, undefined, false, 0, "", NaN and [] are false. */
export function isTruthy(value: unknown): boolean {
  return Boolean(value) && !(Array.isArray(value) && value.length === 0);
}

/** The values given to `and`/`or` (two or more), without the Handlebars options. */
export function readConditions(helper: string, args: readonly unknown[]): unknown[] {
  return readArgs(helper, args, { usage: `{{#if (${helper} offences.previous offences.current)}}`, min: 2, max: Infinity }).values;
}
