/**
 * Finds every number a reader would take as a figure in a piece of copy:
 * digits ("10,391", "0.4"), percentages ("89%", "seven per cent", "almost 90
 * per cent"), number words ("seven"), fractions ("almost a fifth", "one in
 * eight", "half"), ratio words ("doubled", "risen five-fold", "halved"),
 * financial years ("2019/20"), dates and times ("3 September 2020",
 * "00:01"), phone numbers ("0808 800 5000") and other runs of digits
 * ("24/7").
 *
 * The same function reads the copy and the phrases the helpers make from the
 * data, so a figure in the copy and the candidate it came from meet on the
 * same `key`.
 *
 * Left alone, because they are not figures: "one" on its own (a pronoun far
 * more often than a count: "every one of", "no one"), the numbers of a
 * numbered list, digits inside web or email addresses, and digits joined to
 * a word ("COVID-19", "H2O").
 */

import { BoundedMemo } from '../render/boundedMemo.js';
import { paragraphChunks } from '../render/paragraphChunks.js';

export type MentionKind = 'count' | 'percent' | 'word' | 'fraction' | 'ratio' | 'period' | 'date' | 'time' | 'year' | 'phone' | 'other';

export interface Mention {
  kind: MentionKind;
  /** As written in the copy. */
  text: string;
  /** Offsets in the copy. */
  start: number;
  end: number;
  /** What it means, for matching: "count:10391", "percent:89 per cent", "period:2019-2020", "date:2020-09-03". */
  key: string;
  /** The figure, where it has one (the size of a percentage, a count, a number word). */
  value: number | null;
  /** Written with digits (not words). */
  digits: boolean;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD_NUMBER = `(?:(?:${TENS})[- ](?:${UNITS})|${WORD})`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SIGN = String.raw`(?:(?<=^|[\s(])[+\-−])`;
const QUALIFIER = String.raw`(?:(?:almost|nearly|more than|over|less than|under|about|around|roughly|just over|just under)\s+)`;
const MONTH = MONTHS.join('|');
const FRACTION_WORD = 'halves|half|thirds|third|quarters|quarter|fifths|fifth';
const START = String.raw`(?<![\p{L}\p{N}])(?<!\p{L}-)`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** Alternatives in priority order: at one place in the text the first that matches wins. */
const PATTERNS: ReadonlyArray<[MentionKind, string]> = [
  ['ratio', String.raw`(?:risen\s+)?${QUALIFIER}?(?:(?:${WORD_NUMBER}|\d+)-fold|doubled|trebled|tripled|quadrupled|halved|twice)`],
  // "up from one in 2018/19": a count of one and a year, not a ratio of one in 2,018.
  ['fraction', String.raw`${QUALIFIER}?(?:one in (?!(?:19|20)\d{2}(?![\d,]))(?:${WORD_NUMBER}|${DIGITS})|(?:a|one|two|three|four)[ -](?:${FRACTION_WORD})|half)`],
  ['percent', String.raw`${QUALIFIER}?${SIGN}?(?:${DIGITS}|${WORD_NUMBER})\s?(?:%|per\s?cent${END}|percent${END})`],
  ['date', String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})(?:,?\s+\d{4})?${END}|(?:${MONTH})\s+\d{4}`],
  ['time', String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?${END}|(?:1[0-2]|0?\d)(?:\.[0-5]\d)?\s?[ap]\.?m\.?${END}`],
  ['period', String.raw`(?:19|20)\d{2}\s?[/\-–]\s?(?:(?:19|20)\d{2}|\d{2})(?!\d)`],
  ['phone', String.raw`(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}(?:[ -]?\d{3,4}){1,2}(?!\d)`],
  ['other', String.raw`\d+(?:/\d+)+(?!\d)`],
  ['count', String.raw`${SIGN}?${DIGITS}(?:st|nd|rd|th)?${END}`],
  ['word', String.raw`${WORD_NUMBER}${END}`],
];

const PERCENT_FIGURE = new RegExp(String.raw`(-|\+)?(${DIGITS}|${WORD_NUMBER})\s?(?:%|per\s?cent|percent)$`);

// START once for every alternative, not once per alternative: the same matches, a fifth faster to read a release.
const SCANNER = new RegExp(`${START}(?:${PATTERNS.map(([, source]) => `(${source})`).join('|')})`, 'iuy');

/**
 * Where a mention can begin: a digit (or a sign before one), or a word that
 * opens one of the patterns. Trying SCANNER only there, rather than at every
 * character, keeps reading a release fast.
 */
// "a" opens a mention only as "a half", "a fifth" (see 'fraction'): it is the commonest word of any
// release, and trying SCANNER after every other "a" was a third of reading one.
const FIRST_WORDS = ['almost', 'nearly', 'more', 'over', 'less', 'under', 'about', 'around', 'roughly', 'just', 'risen', `a(?=[ -](?:${FRACTION_WORD}))`, 'half', 'doubled', 'trebled', 'tripled', 'quadrupled', 'halved', 'twice', ...Object.keys(NUMBER_WORDS), ...MONTHS];
const STARTS = new RegExp(String.raw`[+\-−]?\d|(?<![\p{L}\p{N}])(?:${FIRST_WORDS.join('|')})(?!\p{L})`, 'giu');

/** Spans that hold digits but no figures: addresses, link targets and numbered-list markers. */
const NOT_FIGURES = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\]\([^)]*\)|^[ \t]*\d+[.)](?=\s)/gimu;

export function findMentions(text: string): Mention[] {
  const skip = [...text.matchAll(NOT_FIGURES)].map((m) => [m.index, m.index + m[0].length] as const);
  const mentions: Mention[] = [];
  // The two patterns are used in place: a copy is compiled afresh, which costs more than reading
  // a release, and findMentions runs thousands of times per build. It is synchronous and sets
  // lastIndex before every exec, so no call can see another's position.
  const starts = STARTS;
  const scanner = SCANNER;
  starts.lastIndex = 0;
  for (let next = starts.exec(text); next !== null; next = starts.exec(text)) {
    scanner.lastIndex = next.index;
    const match = scanner.exec(text);
    if (!match) continue;
    starts.lastIndex = Math.max(starts.lastIndex, scanner.lastIndex);
    const group = match.slice(1).findIndex((g) => g !== undefined);
    const kind = PATTERNS[group]?.[0];
    if (kind === undefined) continue;
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (skip.some(([a, b]) => start < b && end > a)) continue;
    const mention = describe(kind, raw, start, end);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * findMentions for the releases of a run, paragraph by paragraph, each
 * paragraph read once and its mentions remembered (see paragraphChunks.ts):
 * the same mentions, at the same offsets, as findMentions of the whole text.
 * Made once per auditor; `limit`: paragraphs remembered at most.
 */
export function createMentionReader(limit = 2000): (text: string) => Mention[] {
  const memo = new BoundedMemo<string, readonly Mention[]>(limit);
  return (text) => {
    const mentions: Mention[] = [];
    let offset = 0;
    for (const chunk of paragraphChunks(text, mentionsMayCut)) {
      const found = memo.get(chunk) ?? memo.set(chunk, findMentions(chunk));
      for (const m of found) mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
      offset += chunk.length;
    }
    return mentions;
  };
}

/**
 * Where findMentions of the parts gives what it gives of the whole. Only
 * `\s+` can run over a blank line: after a qualifier ("almost\n\n90 per
 * cent"), "risen", a day, a month or the comma after one; and a link
 * target (`](…)`, which may hold line breaks). So a cut is safe after a
 * paragraph whose last word is none of those, that does not end in a comma,
 * and that holds no unclosed `](`. Each piece keeps its line breaks, so
 * what looks past its end (a numbered-list marker needs a space after it)
 * sees what it sees in the whole.
 */
function mentionsMayCut(before: string): boolean {
  let end = before.length;
  while (end > 0 && before.charCodeAt(end - 1) === 10) end--;
  if (end === 0 || before[end - 1] === ',') return false;
  let start = end;
  while (start > 0 && WORD_CHARACTER.test(before[start - 1]!)) start--;
  if (OPENS_A_MENTION.test(before.slice(start, end))) return false;
  const link = before.lastIndexOf('](');
  return link === -1 || before.indexOf(')', link + 2) !== -1;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * Words after which `\s+` carries a mention on: the qualifiers' last words,
 * "risen", the months, a day (and any other run of digits, to be safe);
 * matched as the scanner matches them (case folded the same way).
 */
const OPENS_A_MENTION = new RegExp(`^(?:almost|nearly|than|over|under|about|around|roughly|risen|${MONTH}|\\d+(?:st|nd|rd|th)?)$`, 'iu');

/** Lower case, one space between words, Markdown escapes and typographic minus signs undone. */
export function normalize(text: string): string {
  return text.replace(/\\(?=[^\w\s])/g, '').replace(/−/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
}

function describe(kind: MentionKind, raw: string, start: number, end: number): Mention | null {
  const text = normalize(raw);
  // Every mention made by one literal, in one shape: spreading a shared base into each was a third of reading a release.
  const mention = (kind: MentionKind, key: string, value: number | null, digits: boolean): Mention => ({ text: raw, start, end, kind, key, value, digits });
  switch (kind) {
    case 'count': {
      const value = Number(text.replace(/,/g, '').replace(/(st|nd|rd|th)$/, ''));
      if (/(st|nd|rd|th)$/.test(text)) return mention('other', `ordinal:${value}`, value, true);
      // Four digits from 1900 to 2099 without a separator read as a year.
      if (/^(19|20)\d{2}$/.test(text)) return mention('year', `year:${value}`, value, true);
      return mention(kind, `count:${value}`, value, true);
    }
    case 'word': {
      const value = wordValue(text);
      if (value === null || text === 'one') return null;
      return mention(kind, `count:${value}`, value, false);
    }
    case 'percent': {
      const figure = PERCENT_FIGURE.exec(text);
      const size = figure?.[2] === undefined ? null : /\d/.test(figure[2]) ? Number(figure[2].replace(/,/g, '')) : wordValue(figure[2]);
      const tidy = text.replace(/percent$|per\s?cent$/, 'per cent').replace(/\s%$/, '%');
      return mention(kind, `percent:${tidy}`, size, /\d/.test(figure?.[2] ?? ''));
    }
    case 'fraction':
    case 'ratio':
      return mention(kind, `${kind}:${text}`, null, /\d/.test(text));
    case 'period': {
      const [, from, to] = /^(\d{4})\s?[/\-–]\s?(\d{2,4})$/.exec(text) ?? [];
      if (from === undefined || to === undefined) return null;
      const until = to.length === 4 ? Number(to) : Number(from.slice(0, 2) + to);
      return mention(kind, `period:${from}-${until}`, null, true);
    }
    case 'date':
      return mention(kind, `date:${dateKey(text)}`, null, true);
    case 'time':
      return mention(kind, `time:${timeKey(text)}`, null, true);
    case 'phone':
      return mention(kind, `phone:${text.replace(/\D/g, '').replace(/^440?/, '0')}`, null, true);
    case 'other':
      return mention(kind, `other:${text}`, null, true);
    case 'year':
      return null; // made from counts above, never matched directly
  }
}

function wordValue(text: string): number | null {
  const [tens, unit] = text.split(/[- ]/);
  const a = NUMBER_WORDS[tens ?? ''];
  if (a === undefined) return null;
  if (unit === undefined) return a;
  const b = NUMBER_WORDS[unit];
  return b === undefined ? null : a + b;
}

/** "3 september 2020" → "2020-09-03"; "3 september" → "--09-03"; "september 2020" → "2020-09". */
function dateKey(text: string): string {
  const day = /^(\d{1,2})/.exec(text)?.[1];
  const month = MONTHS.findIndex((m) => text.includes(m)) + 1;
  const year = /(\d{4})$/.exec(text)?.[1];
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const dd = day.padStart(2, '0');
  return year === undefined ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

/** "00:01" → "00:01"; "12.30pm" → "12:30"; "9am" → "09:00". */
function timeKey(text: string): string {
  const [, h = '0', m = '00', half] = /^(\d{1,2})(?:[:.](\d{2}))?\s?([ap])?/.exec(text) ?? [];
  let hour = Number(h) % (half ? 12 : 24);
  if (half === 'p') hour += 12;
  return `${String(hour).padStart(2, '0')}:${m}`;
}
