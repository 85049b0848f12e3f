import { and } from './and.js';
import { approx } from './approx.js';
import { changeHeadline } from './changeHeadline.js';
import { changeWord } from './changeWord.js';
import { createDate } from './date.js';
import { eq } from './eq.js';
import { fixed } from './fixed.js';
import { fraction } from './fraction.js';
import { gt } from './gt.js';
import { gte } from './gte.js';
import { lt } from './lt.js';
import { lte } from './lte.js';
import { ne } from './ne.js';
import { not } from './not.js';
import { number } from './number.js';
import { or } from './or.js';
import { perCent } from './perCentWords.js';
import { perDay } from './perDay.js';
import { percent } from './percent.js';
import { plural } from './plural.js';
import { vary } from './vary.js';

/** The house-style settings helpers depend on (from `campaign.yaml`). */
export interface HelperConfig {
  /** Counts under this make percentages misleading; `changeHeadline` reads the derived `change.smallBase` flag instead. */
  smallBase: number;
  /** IANA zone in which `date` shows date-times, e.g. "Europe/London". */
  timeZone: string;
}

/** Every helper name a template may use; the template checker rejects any other. */
export const HELPER_NAMES: readonly string[] = Object.freeze([
  'number',
  'percent',
  'perCent',
  'approx',
  'fraction',
  'changeWord',
  'perDay',
  'date',
  'plural',
  'changeHeadline',
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'and',
  'or',
  'not',
  'fixed',
  'vary',
]);

/**
 * The helpers for one campaign, to register on a `Handlebars.create()`
 * instance. A fresh object each call: nothing is shared between campaigns.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Handlebars calls helpers with positional values then its options object; each helper checks what it gets.
export function createHelpers(config: HelperConfig): Record<string, (...args: any[]) => unknown> {
  return {
    number,
    percent,
    perCent,
    approx,
    fraction,
    changeWord,
    perDay,
    date: createDate(config.timeZone),
    plural,
    changeHeadline,
    eq,
    ne,
    gt,
    gte,
    lt,
    lte,
    and,
    or,
    not,
    fixed,
    vary,
  };
}
