import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs } from './args.js';

const DEFAULT_FORMAT = 'd MMMM yyyy';

/**
 * Makes the `date` helper for one time zone (the campaign's house style,
 * e.g. "Europe/London").
 *
 * The helper formats an ISO string with date-fns tokens in English (UK). A
 * date alone ("2020-09-03") is a calendar date and prints as that day
 * whatever the machine's zone. A date-time must carry its offset
 * ("2020-09-03T00:01:00+01:00", "2020-09-02T23:01:00Z") and is shown in the
 * configured zone, so a 00:01 embargo is 00:01 in British Summer Time on a
 * UTC machine. Moment-style tokens (`DD`, `YYYY`, `Do`, `dddd`) are refused
 * with the date-fns token to use instead.
 *
 * @example {{date "2020-09-03"}} → 3 September 2020
 * @example {{date "2020-09-03" "EEEE d MMMM yyyy"}} → Thursday 3 September 2020
 * @example {{date "2020-09-02T23:01:00Z" "HH:mm EEEE d MMMM yyyy"}} → 00:01 Thursday 3 September 2020
 * @example {{date "2020-12-01T00:01:00Z" "HH:mm d MMMM yyyy"}} → 00:01 1 December 2020
 */
export function createDate(timeZone: string): (...args: unknown[]) => string {
  checkTimeZone(timeZone);
  // Every region prints the same embargo: formatted in its time zone once, not 50,000 times.
  const formatted = new Map<string, string>();
  return function date(...args: unknown[]): string {
    const { values } = readArgs('date', args, { usage: '{{date campaign.releaseDate "d MMMM yyyy"}}', min: 1, max: 2 });
    const [iso, pattern = DEFAULT_FORMAT] = values;
    if (typeof pattern !== 'string') {
      throw new HelperError(`date: the format must be a string, got ${describeValue(pattern)}`, 'write it in quotes, e.g. {{date campaign.releaseDate "d MMMM yyyy"}}');
    }
    const key = typeof iso === 'string' ? `${iso}\u0000${pattern}` : null;
    const known = key === null ? undefined : formatted.get(key);
    if (known !== undefined) return known;
    rejectMomentTokens(pattern);
    const instant = parseIso(iso, timeZone);
    try {
      const text = format(instant, pattern, { locale: enGB });
      if (key !== null) formatted.set(key, text);
      return text;
    } catch (cause) {
      // date-fns throws RangeError for letters that are not tokens ("A", "Q" misused…).
      const hint = cause instanceof Error ? cause.message : String(cause);
      throw new HelperError(`date: cannot format with "${pattern}"`, `${hint} (wrap literal words in single quotes: "d MMMM yyyy 'at' HH:mm")`);
    }
  };
}

/**
 * An ISO date or date-time written with date-fns `pattern` in `timeZone`, by
 * the rules of the `date` helper; a bad value throws HelperError.
 *
 * @example formatIsoInZone('2020-09-02T23:01:00Z', 'HH:mm EEEE d MMMM yyyy', 'Europe/London') // '00:01 Thursday 3 September 2020'
 */
export function formatIsoInZone(iso: string, pattern: string, timeZone: string): string {
  return format(parseIso(iso, timeZone), pattern, { locale: enGB });
}

/**
 * The instant an ISO value stands for: a date-time's own instant, or a date's
 * midnight in `timeZone` (so "2020-09-03" in London is 23:00 UTC on 2 September).
 */
export function instantInZone(iso: string, timeZone: string): number {
  return parseIso(iso, timeZone).getTime();
}

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new HelperError(`date: unknown time zone ${describeValue(timeZone)}`, 'use an IANA zone name such as "Europe/London"');
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A date-only string becomes midnight of that calendar day in `timeZone`
 * (built from its parts, so the machine's zone never shifts it); a date-time
 * becomes its instant, shown in `timeZone`.
 */
function parseIso(iso: unknown, timeZone: string): TZDate {
  if (typeof iso !== 'string') {
    throw new HelperError(`date: expected an ISO date string, got ${describeValue(iso)}`, iso === null || iso === undefined ? 'this date is not set for every campaign: wrap it in {{#if …}}…{{/if}}' : 'pass an ISO date such as "2020-09-03"');
  }
  const dateOnly = DATE_ONLY.exec(iso);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    checkCalendar(iso, year, month, day);
    return new TZDate(year, month - 1, day, timeZone);
  }
  const dateTime = DATE_TIME.exec(iso);
  if (!dateTime) throw new HelperError(`date: ${describeValue(iso)} is not an ISO date`, 'write dates as "2020-09-03" and times as "2020-09-03T00:01:00+01:00"');
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(dateTime[i] ?? 0)) as [number, number, number, number, number, number];
  checkCalendar(iso, year, month, day);
  if (hour > 23 || minute > 59 || second > 59) throw new HelperError(`date: ${describeValue(iso)} is not a valid time`, 'times run from 00:00:00 to 23:59:59');
  if (dateTime[7] === undefined) {
    throw new HelperError(`date: ${describeValue(iso)} has no UTC offset, so its hour is ambiguous`, 'add the offset it was written in, e.g. "2020-09-03T00:01:00+01:00" (BST) or "…Z" (UTC)');
  }
  return new TZDate(Date.parse(iso), timeZone);
}

function checkCalendar(iso: string, year: number, month: number, day: number): void {
  // Date.UTC rolls 30 February over to 1 March; a real date survives the round trip.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new HelperError(`date: ${describeValue(iso)} is not a real date`, 'check the month and day');
  }
}

/**
 * Moment.js tokens that date-fns reads differently or not at all, with the
 * date-fns token to use. `D` and `Y` are date-fns's day of year and week
 * year: almost never what a press release means.
 */
function momentReplacement(token: string): string | null {
  if (token === 'Do') return 'do';
  if (/^D+$/.test(token)) return token.length >= 2 ? 'dd' : 'd';
  if (/^Y+$/.test(token)) return token.length === 2 ? 'yy' : 'yyyy';
  if (token === 'ddd') return 'EEE';
  if (token === 'dddd') return 'EEEE';
  if (token === 'A') return 'a';
  return null;
}

/** Refuses moment-style tokens, and timestamps, which in copy only come from an unquoted word ("at"). */
function rejectMomentTokens(pattern: string): void {
  const found: Array<[string, string]> = [];
  // Letters inside single quotes are literal text in date-fns: skip them.
  const unquoted = pattern.replace(/'(?:[^']|'')*'?/g, (quoted) => ' '.repeat(quoted.length));
  for (const [token] of unquoted.matchAll(/Do|([A-Za-z])\1*/g)) {
    if (token === 't' || token === 'T') {
      // "at" unquoted is `a` (AM/PM) then `t` (a Unix timestamp): date-fns prints "AM1599087600".
      throw new HelperError(`date: "${pattern}" would print a Unix timestamp for \`${token}\``, `wrap literal words in single quotes: "d MMMM yyyy 'at' HH:mm"`);
    }
    const replacement = momentReplacement(token);
    if (replacement !== null && !found.some(([t]) => t === token)) found.push([token, replacement]);
  }
  if (found.length === 0) return;
  const tokens = found.map(([t]) => t).join(', ');
  const advice = found.map(([t, r]) => `\`${r}\` instead of \`${t}\``).join(', ');
  throw new HelperError(`date: "${pattern}" uses moment-style tokens (${tokens})`, `use ${advice} (date-fns tokens: https://date-fns.org/docs/format)`);
}
