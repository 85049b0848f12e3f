import { HelperError } from '../errors/diagnostic.js';
import type { Campaign, MeasureFigures, RegionStory } from '../model.js';
import type { RegionContext } from '../render/context.js';
import { approx } from '../render/helpers/approx.js';
import { changeHeadline } from '../render/helpers/changeHeadline.js';
import { createDate } from '../render/helpers/date.js';
import { clean, formatNumber } from '../render/helpers/format.js';
import { fraction } from '../render/helpers/fraction.js';
import { number } from '../render/helpers/number.js';
import { perCent } from '../render/helpers/perCentWords.js';
import { perDay } from '../render/helpers/perDay.js';
import { percent } from '../render/helpers/percent.js';
import { BoundedMemo } from '../render/boundedMemo.js';
import { findMentions, normalize, type Mention } from './mentions.js';

/** One way a figure from the data can appear in the copy. */
export interface Candidate {
  /** Where the figure is in the region's data, as a template names it: `offences.change.percent`. */
  source: string;
  /** The periods it covers, when it has any: "2018/19 → 2019/20". */
  period: string | null;
  /** How it was worked out, when it was: "(247 − 131) ÷ 131 × 100 = 88.55". */
  formula: string | null;
  /** The helper that printed it, with its options: `perCent`, `number words=true`. */
  helper: string;
  /** The house rule the helper applies. */
  rule: string;
  /** What the helper was given, as it reads in a trace. */
  input: string;
  /** The phrase the helper printed. */
  printed: string;
  /** A percentage worked out from a count under the small base: never to be printed. */
  smallBase: boolean;
  /** Which of several figures printing the same phrase a trace names first: lower first (see PRIORITY). */
  priority: number;
}

/**
 * When one phrase could come from several figures, the trace names the most
 * direct: a string printed as the data holds it ("101", "2019/20"), then a
 * figure through a formatting helper, then a daily average, then a rank.
 */
const PRIORITY = { text: 0, figure: 1, perDay: 2, rank: 3 } as const;

/** Mention key (see mentions.ts) → every candidate with that key, in a fixed order. */
export type CandidateIndex = Map<string, Candidate[]>;

/** A string from the data that holds figures, to be matched where it appears whole in the copy. */
export interface DataText {
  source: string;
  text: string;
}

export interface Candidates {
  index: CandidateIndex;
  texts: DataText[];
}

const RULES: Readonly<Record<string, string>> = {
  number: 'thousands separators; at most one decimal',
  'number words=true': 'thousands separators; one to nine in words',
  'as in the data': 'printed as the data holds it',
  percent: 'whole per cent, rounded half away from zero; under 1, one decimal',
  'percent signed=true': 'as percent, with + or -',
  perCent: 'as percent, "per cent" spelt out, one to nine in words',
  approx: 'nearest round figure or ratio, with almost / more than',
  fraction: 'nearest simple fraction, with almost / more than',
  perDay: 'yearly total ÷ 365, whole part only',
  'perDay words=true': 'yearly total ÷ 365, whole part only, one to nine in words',
  changeHeadline: 'headline change: a percentage, or both figures for small bases and published percentages',
  date: 'in the campaign time zone',
};

type Kind = 'count' | 'percent' | 'share';

/** Candidates in the order they were found, each with its mention key, to be put into an index. */
type Found = Array<[string, Candidate]>;

/**
 * The candidates every region shares (national figures, the campaign's dates,
 * figures in campaign and national text), worked out once per run: they are
 * the same for every region, and a campaign of 50,000 regions would
 * otherwise render them 50,000 times.
 */
export interface CampaignCandidates {
  national: Found;
  dates: Found;
  texts: { found: Found; texts: DataText[] };
}

/**
 * Phrases the helpers printed and what they were read as, kept across the
 * regions of one run: regions share most of their values (a count of 57, a
 * rise of 12 per cent), and printing every figure in every form for each of
 * 50,000 regions was most of the audit's time. Owned by one auditor.
 */
export interface CandidateMemo {
  /** `<helper>\0<value>` → what the helper printed; null when it refuses the value. */
  printed: BoundedMemo<string, string | null>;
  /** A printed phrase → the mentions read in it. */
  mentions: BoundedMemo<string, Mention[]>;
}

/**
 * Entries a memo holds before it starts again. 10,000 holds every value a
 * campaign of thousands of regions repeats (counts and percentages are small
 * numbers), and keeps each worker's memo to a few MB rather than tens.
 */
const MEMO_LIMIT = 10_000;

export function createCandidateMemo(): CandidateMemo {
  return { printed: new BoundedMemo(MEMO_LIMIT), mentions: new BoundedMemo(MEMO_LIMIT) };
}

export function campaignCandidates(campaign: Campaign, context: Pick<RegionContext, 'campaign' | 'national'>, memo: CandidateMemo = createCandidateMemo()): CampaignCandidates {
  const collect = (fill: (add: Adders['add'], adders: Adders) => void): Found => {
    const found: Found = [];
    const adders = createAdders((key, candidate) => found.push([key, candidate]), memo);
    fill(adders.add, adders);
    return found;
  };
  const national = collect((_, { renderings, perDays }) => {
    for (const [path, value] of leaves(context.national, 'national')) {
      if (typeof value === 'number') {
        const figure = { source: path, period: null, formula: null, input: show(value) };
        const kind: Kind = SHARE_NAME.test(path) ? 'share' : PERCENT_NAME.test(path) ? 'percent' : 'count';
        renderings(figure, kind, value);
        if (kind === 'count') perDays(figure, value);
      }
    }
  });
  const dates = collect((add) => dateCandidates(campaign, context, add));
  const texts: DataText[] = [];
  const found = collect((add) => textCandidates([...leaves(context.campaign, 'campaign'), ...leaves(context.national, 'national')], add, texts));
  return { national, dates, texts: { found, texts } };
}

/**
 * Every figure a release for this region could print, each rendered through
 * the very helpers the templates use, indexed by what its phrases mean. A
 * number in the copy that matches none of them came from somewhere else.
 * `shared` is the campaign's part, when already worked out. `wanted`: the
 * only keys that will be looked up (those of the release's mentions, see
 * `lookupKeys`); candidates under other keys are not made. A release
 * mentions a few dozen of the hundreds of phrases a region's figures print.
 */
export function regionCandidates(
  campaign: Campaign,
  story: RegionStory,
  context: RegionContext,
  shared: CampaignCandidates = campaignCandidates(campaign, context),
  memo: CandidateMemo = createCandidateMemo(),
  wanted?: ReadonlySet<string>,
): Candidates {
  const out: Candidates = { index: new Map(), texts: [] };
  const put = (key: string, candidate: Candidate): void => {
    const list = out.index.get(key);
    if (list) list.push(candidate);
    else out.index.set(key, [candidate]);
  };
  const replay = (found: Found): void => {
    for (const [key, candidate] of found) if (!wanted || wanted.has(key)) put(key, candidate);
  };
  const { add, renderings, perDays } = createAdders(put, memo, wanted);

  for (const measure of campaign.measures) {
    const figures = story.figures[measure.name];
    if (figures) measureCandidates(campaign, measure.name, figures, { add, renderings, perDays });
  }
  replay(shared.national);
  for (const [path, value] of leaves(context.region, 'region')) {
    if (typeof value === 'number') {
      const figure = { source: path, period: null, formula: null, input: show(value) };
      renderings(figure, 'count', value);
      perDays(figure, value);
    }
  }
  for (const [path, value] of leaves(context.rank, 'rank')) {
    if (typeof value === 'number') renderings({ source: path, period: null, formula: null, input: show(value), priority: PRIORITY.rank }, 'count', value);
  }
  replay(shared.dates);
  replay(shared.texts.found);
  out.texts.push(...shared.texts.texts);
  textCandidates([...leaves(context.region, 'region'), ...quoteFields(context)], add, out.texts);
  for (const list of out.index.values()) list.sort((a, b) => a.priority - b.priority);
  return out;
}

/** Strings from the data holding figures: one that is a single figure is a candidate as it is; others are matched where they appear whole. */
function textCandidates(values: ReadonlyArray<[string, unknown]>, add: Adders['add'], texts: DataText[]): void {
  for (const [path, value] of values) {
    if (typeof value !== 'string' || !/\d/.test(value)) continue;
    const mentions = findMentions(value);
    const whole = mentions.length === 1 && normalize(mentions[0]!.text) === normalize(value);
    if (whole) add({ source: path, period: null, formula: null, input: JSON.stringify(value), priority: PRIORITY.text }, 'as in the data', () => value);
    else if (mentions.length > 0) texts.push({ source: path, text: value });
  }
}

/** The ways of adding candidates, each handing `put` a candidate per mention its printed phrase holds. */
function createAdders(put: (key: string, candidate: Candidate) => void, memo: CandidateMemo, wanted?: ReadonlySet<string>): Adders {
  const mentionsOf = (text: string): Mention[] => memo.mentions.get(text) ?? memo.mentions.set(text, findMentions(text));
  const print = (render: () => string): string | null => {
    try {
      return render();
    } catch (cause) {
      if (cause instanceof HelperError) return null; // a helper that refuses this figure never prints it either
      throw cause;
    }
  };
  /** `value` names what `render` prints, when the same helper on the same value always prints the same. */
  const add = (figure: Figure, helper: string, render: () => string, value?: number): void => {
    const key = value === undefined ? null : `${helper}\0${value}`;
    const known = key === null ? undefined : memo.printed.get(key);
    const printed = known !== undefined ? known : key === null ? print(render) : memo.printed.set(key, print(render));
    if (printed === null) return;
    for (const mention of mentionsOf(printed)) {
      if (wanted && !wanted.has(mention.key)) continue;
      // One literal, one shape: spreading figures of several shapes made every candidate slow to build.
      put(mention.key, {
        source: figure.source,
        period: figure.period,
        formula: figure.formula,
        helper,
        rule: RULES[helper] ?? '',
        input: figure.input,
        printed: mention.text,
        smallBase: figure.smallBase ?? false,
        priority: figure.priority ?? PRIORITY.figure,
      });
    }
  };
  const renderings = (figure: Figure, kind: Kind, value: number): void => {
    if (kind === 'count') {
      add(figure, 'number', () => number(value), value);
      add(figure, 'number words=true', () => number(value, { hash: { words: true } }), value);
      add(figure, 'as in the data', () => String(value), value);
      if (value < 0) add({ ...figure, input: `size of ${figure.input}` }, 'number words=true', () => number(Math.abs(value), { hash: { words: true } }));
      if (value < 0) add({ ...figure, input: `size of ${figure.input}` }, 'number', () => number(Math.abs(value)));
      return;
    }
    add(figure, 'percent', () => percent(value), value);
    add(figure, 'percent signed=true', () => percent(value, { hash: { signed: true } }), value);
    add(figure, 'perCent', () => perCent(value), value);
    add(figure, 'approx', () => approx(value), value);
    if (kind === 'share') {
      add(figure, 'fraction', () => fraction(value), value);
      add(figure, 'changeHeadline', () => `${formatNumber(value)}%`, value);
    }
  };
  const perDays = (figure: Figure, value: number): void => {
    if (value < 0) return;
    const daily = { ...figure, formula: `${formatNumber(value)} ÷ 365 = ${show(value / 365)}`, input: show(value), priority: PRIORITY.perDay };
    add(daily, 'perDay', () => perDay(value), value);
    add(daily, 'perDay words=true', () => perDay(value, { hash: { words: true } }), value);
  };
  return { add, renderings, perDays };
}

/**
 * National values are free-form, so their names say what they are: a name
 * with "percent" or "pct" is a percentage (a change), one with "share" or
 * "proportion" a share of a whole (it may also print as a fraction); any
 * other number is a count.
 */
const PERCENT_NAME = /percent|pct/i;
const SHARE_NAME = /share|proportion/i;

interface Figure {
  source: string;
  period: string | null;
  formula: string | null;
  input: string;
  smallBase?: boolean;
  priority?: number;
}

interface Adders {
  add: (figure: Figure, helper: string, render: () => string, value?: number) => void;
  renderings: (figure: Figure, kind: Kind, value: number) => void;
  perDays: (figure: Figure, value: number) => void;
}

function measureCandidates(campaign: Campaign, name: string, f: MeasureFigures, { add, renderings, perDays }: Adders): void {
  const { current: now, previous: before, baseline: base } = campaign.periods;
  const valueKind: Kind = f.kind === 'percent' ? 'share' : 'count';
  const figure = (field: string, period: string | null, value: number, formula: string | null = null): Figure => ({ source: `${name}.${field}`, period, formula, input: show(value) });
  const values: Array<[string, string | null, number | null]> = [
    ['current', now, f.current],
    ['previous', before, f.previous],
    ['baseline', base, f.baseline],
    ...Object.entries(f.periods).map(([label, v]): [string, string, number | null] => [`periods.${label}`, label, v]),
  ];
  for (const [field, period, value] of values) {
    if (value === null) continue;
    renderings(figure(field, period, value), valueKind, value);
    if (f.kind === 'count') perDays(figure(field, period, value), value);
  }
  const labels = Object.keys(f.periods);
  if (f.total !== null) {
    const fig = figure('total', labels.length ? `${labels[0]} to ${labels.at(-1)}` : null, f.total, `sum of ${labels.join(', ')} = ${formatNumber(f.total)}`);
    renderings(fig, 'count', f.total);
    perDays(fig, f.total);
  }
  for (const label of labels) add({ source: `${name}.periods`, period: label, formula: null, input: JSON.stringify(label) }, 'as in the data', () => label);
  // "over the five years to 2019/20": how many periods the data covers.
  if (labels.length > 0) {
    const count = { source: `${name}.periods`, period: `${labels[0]} to ${labels.at(-1)}`, formula: `${labels.length} periods`, input: String(labels.length) };
    add(count, 'number words=true', () => number(labels.length, { hash: { words: true } }));
    add(count, 'number', () => number(labels.length));
  }

  const { change } = f;
  const span = `${before} → ${now}`;
  if (f.previous !== null && f.current !== null) {
    const [p, c] = [formatNumber(f.previous), formatNumber(f.current)];
    if (change.percent !== null) {
      const fig = { ...figure('change.percent', span, change.percent, `(${c} − ${p}) ÷ ${p} × 100 = ${show(change.percent)}`), smallBase: change.smallBase };
      renderings(fig, 'percent', change.percent);
    }
    if (change.difference !== null) renderings(figure('change.difference', span, change.difference, `${c} − ${p} = ${formatNumber(change.difference)}`), 'count', change.difference);
    if (change.ratio !== null) add(figure('change.ratio', span, change.ratio, `${c} ÷ ${p} = ${show(change.ratio)}`), 'number', () => number(change.ratio));
  }
  if (f.current !== null) {
    add({ source: name, period: span, formula: null, input: `${name} (${describeFigures(f)})`, smallBase: false }, 'changeHeadline', () => changeHeadline(f));
  }
}

function describeFigures(f: MeasureFigures): string {
  const show1 = (v: number | null): string => (v === null ? 'not known' : f.kind === 'percent' ? `${formatNumber(v)}%` : formatNumber(v));
  return `${show1(f.previous)} → ${show1(f.current)}`;
}

/** Release date and embargo, in every form a date can be written, through the date helper. */
function dateCandidates(campaign: Campaign, context: Pick<RegionContext, 'campaign'>, add: Adders['add']): void {
  const date = createDate(campaign.style.timeZone);
  for (const [path, value] of leaves(context.campaign, 'campaign')) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
    const figure = { source: path, period: null, formula: null, input: JSON.stringify(value) };
    add(figure, 'date', () => date(value, 'd MMMM yyyy'));
    add(figure, 'date', () => date(value, 'd MMMM'));
    add(figure, 'date', () => date(value, 'MMMM yyyy'));
    add(figure, 'date', () => date(value, 'yyyy'));
    if (value.includes('T')) {
      add(figure, 'date', () => date(value, 'HH:mm'));
      add(figure, 'date', () => date(value, 'h:mma'));
    }
  }
}

/** Quote attributions (speaker, role, org) hold text from the data; quote bodies are templates, audited where they appear. */
function quoteFields(context: RegionContext): Array<[string, unknown]> {
  return context.quotes.flatMap((q, i) => [[`quotes.${i}.speaker`, q.speaker], [`quotes.${i}.role`, q.role], [`quotes.${i}.org`, q.org]] as Array<[string, unknown]>);
}

/** Every leaf under a value with its dotted path, objects in key order. */
export function leaves(value: unknown, path: string): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  return [[path, value]];
}

/** A worked-out value as a trace shows it: at most two decimals. */
function show(x: number): string {
  return String(clean(Math.round(x * 100) / 100));
}
