import type { Campaign } from '../model.js';
import { formatIsoInZone, instantInZone } from '../render/helpers/date.js';

/** A campaign's embargo as every format states it. */
export interface Embargo {
  /** The instant as written in campaign.yaml, e.g. "2020-09-03T00:01:00+01:00". */
  at: string;
  /** The first line of every release, e.g. "EMBARGOED UNTIL 00:01 Thursday 3 September 2020". */
  line: string;
}

/** date-fns pattern of the embargo line: no comma after the weekday, as UK newsrooms write it. */
const EMBARGO_PATTERN = 'HH:mm EEEE d MMMM yyyy';

/**
 * The embargo line in the campaign's zone (UK local time for the bundled
 * example), whatever the machine's zone: an embargo of 00:01 in British Summer
 * Time is 23:01 UTC the day before, and must not print an hour early.
 *
 * @example embargoOf({ embargo: '2020-09-03T00:01:00+01:00', style: { timeZone: 'Europe/London' } }).line
 *          // 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020'
 */
export function embargoOf(campaign: Pick<Campaign, 'embargo'> & { style: Pick<Campaign['style'], 'timeZone'> }): Embargo | null {
  if (campaign.embargo === null) return null;
  return { at: campaign.embargo, line: `EMBARGOED UNTIL ${formatIsoInZone(campaign.embargo, EMBARGO_PATTERN, campaign.style.timeZone)}` };
}

/**
 * Whether the embargo lifted before the build date began (midnight in the
 * campaign's zone). An embargo of 00:01 on the release day has not passed on
 * that day's build: that is how a release goes out; it has passed a day later.
 */
export function embargoPassed(embargo: Embargo, buildDate: string, timeZone: string): boolean {
  return instantInZone(embargo.at, timeZone) < instantInZone(buildDate, timeZone);
}

/**
 * A release's first line when it is an embargo line saying something other
 * than the campaign's embargo (a date typed into a template, a time written in
 * UTC), else null: what a release says first must be what campaign.yaml says.
 * Whether a template opens with an embargo line at all is its own choice.
 *
 * @example wrongEmbargoLine('**EMBARGOED UNTIL 23:01 Wednesday 2 September 2020**\n', embargo) // '**EMBARGOED UNTIL 23:01 Wednesday 2 September 2020**'
 */
export function wrongEmbargoLine(markdown: string, embargo: Embargo): string | null {
  const first = markdown.split('\n', 1)[0] ?? '';
  if (!/embargo/i.test(first)) return null;
  const plain = first.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  return plain === embargo.line ? null : first;
}
