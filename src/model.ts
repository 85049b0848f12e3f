/**
 * The typed values that flow between pipeline stages. Raw input (strings with
 * their file and line) lives in `load/`; everything here has been validated.
 */

/** How a figure moved between the previous and the current period. */
export type Direction = 'up' | 'down' | 'unchanged' | 'new' | 'unknown';

/** A measure's values are either whole-number counts or published percentages. */
export type MeasureKind = 'count' | 'percent';

export interface PeriodLabels {
  /** e.g. "2019/20" */
  current: string;
  /** e.g. "2018/19" */
  previous: string;
  /** e.g. "2015/16"; optional */
  baseline: string | null;
}

export interface MeasureDefinition {
  /** The name templates use: `offences`, `onlineShare`. */
  name: string;
  label: string;
  /** File name inside the data folder, e.g. `offences.csv`. */
  file: string;
  kind: MeasureKind;
  /** Singular and plural noun for copy, e.g. "online child sex offence(s)". */
  noun: { one: string; many: string };
}

export interface Publisher {
  name: string;
  helpline: string | null;
  email: string | null;
  website: string | null;
}

/** How a percentage is written: "89%" or "89 per cent". */
export type PercentForm = '%' | 'per cent';

/** The house-style checks run over every release (see src/audit/lint.ts). */
export const LINT_RULES = [
  'percent-form',
  'numbers-in-words',
  'thousands-separator',
  'financial-year',
  'zero-percent',
  'sentence-start',
  'leaked-value',
  'small-base-percent',
  'similar-releases',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** What a rule's findings are: errors stop the build, warnings are printed, off is not checked. */
export type RuleSetting = 'error' | 'warning' | 'off';

export interface HouseStyle {
  /** Percentages from a base under this count are not printed by the bundled templates. */
  smallBase: number;
  /** IANA zone in which dates and embargo times are written. */
  timeZone: string;
  /** The percentage form of body copy and of headlines (title, headings, key-figure lines). */
  percent: { body: PercentForm; headline: PercentForm };
  /** Two releases more alike than this (0 to 1), figures and names set aside, are reported. */
  similarity: number;
  /** Rules set to other than their default (errors, except similar-releases: a warning). */
  rules: Partial<Record<LintRule, RuleSetting>>;
}

/** A national change printed beside each force's figures, for context (e.g. "UK up 16%"). */
export interface NationalChange {
  label: string;
  /** Signed, as published. */
  changePercent: number;
  direction: 'up' | 'down' | 'unchanged';
}

export interface ChartSettings {
  /** From `chart.compareWith` in campaign.yaml; null when the campaign names none. */
  compare: NationalChange | null;
}

export interface Campaign {
  id: string;
  title: string;
  publisher: Publisher;
  /** ISO date, e.g. "2020-09-03". */
  releaseDate: string;
  /** ISO date-time with offset, e.g. "2020-09-03T00:01:00+01:00", or null. */
  embargo: string | null;
  periods: PeriodLabels;
  /** In the order declared; the first is the primary measure. */
  measures: MeasureDefinition[];
  /** Free-form values that templates print (numbers, strings, nested maps). */
  national: Record<string, unknown>;
  chart: ChartSettings;
  style: HouseStyle;
}

/** One measure's values for one region, by period label, as validated from its CSV. */
export interface MeasureRow {
  /**
   * period label → value; null where the cell was blank (not known). An
   * object, not a Map: every row's has the same keys, so V8 gives them one
   * shape, at under half a Map's size (some 20 MB fewer at 50,000 rows of two measures).
   */
  values: Readonly<Record<string, number | null>>;
  /** CSV line on which the row starts, for later messages. */
  line: number;
}

/** A local service named in the "how to report" section; every field may be unknown. */
export interface LocalService {
  name: string | null;
  phone: string | null;
  url: string | null;
}

/** Per-force details from `contacts.yaml`; forces without an entry get the national numbers. */
export interface Contacts {
  /** "999" unless stated. */
  emergency: string;
  /** Police non-emergency number; "101" unless stated. */
  nonEmergency: string;
  /** Where to report a concern about a child locally (e.g. a multi-agency safeguarding hub). */
  safeguarding: LocalService;
  /** Support for victims (e.g. a sexual assault referral centre). */
  support: LocalService;
  pressOffice: { email: string | null; phone: string | null };
}

export interface Region {
  name: string;
  slug: string;
  nation: string;
  /** Any extra column of the primary measure's CSV (e.g. `five_year_total`, `force_name`). */
  extra: Record<string, string | number | null>;
  contacts: Contacts;
  /** measure name → row */
  measures: Map<string, MeasureRow>;
}

/** When a quote applies, beyond the region it names. */
export interface QuoteCondition {
  /** Any of these directions of the primary measure; null means any. */
  direction: Direction[] | null;
  /** true: only small bases; false: never small bases; null: either. */
  smallBase: boolean | null;
}

export interface QuoteSnippet {
  /** File name without extension, used for deterministic ordering. */
  id: string;
  file: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  speaker: string;
  role: string | null;
  org: string | null;
  /** Force names, or 'all'. */
  appliesTo: string[] | 'all';
  when: QuoteCondition;
  approved: boolean;
  /** Marked as sample copy in the output. */
  sample: boolean;
  /** Ordering among selected quotes; lower first. */
  order: number;
  /** The quote text: a Handlebars template for Markdown. */
  body: string;
}

/** A newsroom from `newsrooms.csv`: where a bundle of its forces' releases is addressed. */
export interface Newsroom {
  name: string;
  /** Folder name under out/newsrooms/. */
  slug: string;
  email: string;
  /** The forces it covers, named as in the data, in the order the row lists them. */
  forces: string[];
  /** Line of its row in newsrooms.csv. */
  line: number;
}

export interface ValidCampaign {
  campaign: Campaign;
  regions: Region[];
  quotes: QuoteSnippet[];
  /** Empty when the campaign folder has no newsrooms.csv. */
  newsrooms: Newsroom[];
}

/** Derived figures for one measure in one region. */
export interface MeasureFigures {
  label: string;
  kind: MeasureKind;
  noun: { one: string; many: string };
  current: number | null;
  previous: number | null;
  baseline: number | null;
  /** Sum over every period when all are known (counts only), else null. */
  total: number | null;
  /** period label → value, in column order. */
  periods: Record<string, number | null>;
  change: Change;
}

export interface Change {
  /** current − previous (counts, or percentage points for percent measures). */
  difference: number | null;
  /** Percentage change, signed, unrounded; null when unknown or from zero. */
  percent: number | null;
  direction: Direction;
  /** current ÷ previous; null when unknown or from zero. */
  ratio: number | null;
  /** Either count under the house-style small base: percentages would mislead. */
  smallBase: boolean;
}

export interface Rank {
  /** 1 = highest current value; ties share a rank. null when not known. */
  byCurrent: number | null;
  /** 1 = largest percentage rise; null when no percentage. */
  byChange: number | null;
  /** How many regions were ranked. */
  of: number;
}

/** Everything derived for one region, before quotes and rendering. */
export interface RegionStory {
  region: Region;
  /** measure name → figures */
  figures: Record<string, MeasureFigures>;
  /** measure name → rank */
  rank: Record<string, Rank>;
}
