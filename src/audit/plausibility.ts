import { warning, type Diagnostic } from '../errors/diagnostic.js';
import type { Campaign, RegionStory } from '../model.js';
import { formatNumber } from '../render/helpers/format.js';

/** A change bigger than this (in per cent, either way) is worth a second look before it is printed. */
const LARGE_CHANGE = 300;
/** A count more than this many times the median region's is worth a second look. */
const OUTLIER_TIMES = 3;
/** A period known for at least this share of regions is expected for all of them. */
const MOSTLY_KNOWN = 0.75;
/**
 * Warnings of one kind listed per measure file before the rest are counted in
 * one line: a campaign of 10,000 wards can have thousands of large changes,
 * and a wall of them hides every other message.
 */
export const LISTED_PER_KIND = 20;

/**
 * Warnings about data that may be right but deserves a second look before
 * it goes out: changes beyond ±300%, a count over three times the median
 * region's, a period most regions have and one does not, and a total that
 * disagrees with the periods it should cover. `fileOf` names a measure's CSV
 * as the user wrote it, so each warning points at the row.
 */
export function plausibilityReport(campaign: Campaign, stories: Stories, fileOf: (csv: string) => string): Diagnostic[] {
  const report: Diagnostic[] = [];
  const count = stories.length;
  const storyAt = (i: number): RegionStory => stories.at(i)!;
  for (const measure of campaign.measures) {
    const file = fileOf(measure.file);
    const out = new KindLimiter(file);
    // Only numbers are kept between the passes; each story is made again when a warning names it, so
    // no figures outlive their pass (50,000 of them kept at once taught V8 to put every later one
    // straight into the old generation, where the build's later garbage piled up).
    const lines = new Float64Array(count).fill(NaN);
    const byPeriod = new Map<string, Float64Array>();
    for (let i = 0; i < count; i++) {
      const story = storyAt(i);
      const figures = story.figures[measure.name];
      lines[i] = story.region.measures.get(measure.name)?.line ?? NaN;
      const at = lineAt(lines[i]!);
      const percent = figures?.change.percent ?? null;
      if (percent !== null && Math.abs(percent) > LARGE_CHANGE) {
        out.push('large-change', `whose ${measure.name} changed by more than ±${LARGE_CHANGE}%`, warning(file, `force "${story.region.name}": ${measure.name} changed by ${formatNumber(percent)}% (${formatNumber(figures!.previous!)} → ${formatNumber(figures!.current!)}), more than ±${LARGE_CHANGE}%`, { ...at, hint: 'check both figures against the source' }));
      }
      for (const [period, value] of Object.entries(figures?.periods ?? {})) {
        let values = byPeriod.get(period);
        if (!values) byPeriod.set(period, (values = new Float64Array(count).fill(NaN)));
        if (value !== null) values[i] = value;
        if (measure.kind === 'percent' && value !== null && (value < 0 || value > 100)) out.push('out-of-range', `whose ${measure.name} is outside 0 to 100%`, warning(file, `force "${story.region.name}": ${measure.name} ${period} is ${formatNumber(value)}%, outside 0 to 100`, { ...at, hint: 'a share of a whole is between 0 and 100' }));
      }
    }

    for (const [period, values] of byPeriod) {
      const known: number[] = [];
      for (let i = 0; i < count; i++) if (!Number.isNaN(values[i]!)) known.push(i);
      const missing = count - known.length;
      if (missing > 0 && known.length >= MOSTLY_KNOWN * count) {
        for (let i = 0; i < count; i++) {
          if (!Number.isNaN(values[i]!)) continue;
          out.push(`missing ${period}`, `with no ${period} figure for ${measure.name}`, warning(file, `force "${storyAt(i).region.name}": no ${period} figure for ${measure.name}, though ${known.length} of ${count} forces have one`, { ...lineAt(lines[i]!), hint: 'if it was published, add it; a blank means "not known" and the release makes no comparison that needs it' }));
        }
      }
      if (measure.kind !== 'count' || known.length < 3) continue;
      const median = medianOf(known.map((i) => values[i]!));
      for (const i of known) {
        const value = values[i]!;
        if (median > 0 && value > OUTLIER_TIMES * median) {
          out.push(`outlier ${period}`, `whose ${measure.name} ${period} is more than ${OUTLIER_TIMES} times the median force`, warning(file, `force "${storyAt(i).region.name}": ${measure.name} ${period} is ${formatNumber(value)}, more than ${OUTLIER_TIMES} times the median force (${formatNumber(median)})`, { ...lineAt(lines[i]!), hint: 'a large force may really be this far ahead: check the figure against the source' }));
        }
      }
    }

    if (measure === campaign.measures[0] && measure.kind === 'count') {
      for (let i = 0; i < count; i++) {
        const story = storyAt(i);
        for (const found of totalsDisagree(story, story.figures[measure.name], lineAt(lines[i]!), file)) out.push('totals', 'whose total disagrees with its periods', found);
      }
    }
    report.push(...out.diagnostics());
  }
  return report;
}

/** The regions' stories, by position: a StoryList, or an array of stories. */
export interface Stories {
  readonly length: number;
  at(index: number): RegionStory | undefined;
}

function lineAt(line: number): { line?: number } {
  return Number.isNaN(line) ? {} : { line };
}

/** Keeps the first LISTED_PER_KIND warnings of each kind, in the order found, and counts the rest. */
class KindLimiter {
  private readonly kept: Diagnostic[] = [];
  private readonly kinds = new Map<string, { listed: number; more: number; what: string }>();

  constructor(private readonly file: string) {}

  push(kind: string, what: string, diagnostic: Diagnostic): void {
    const entry = this.kinds.get(kind) ?? { listed: 0, more: 0, what };
    this.kinds.set(kind, entry);
    if (entry.listed < LISTED_PER_KIND) {
      entry.listed += 1;
      this.kept.push(diagnostic);
    } else entry.more += 1;
  }

  /** The kept warnings, then a line per kind that had more. */
  diagnostics(): Diagnostic[] {
    const more = [...this.kinds.values()]
      .filter((e) => e.more > 0)
      .map((e) =>
        warning(this.file, `${formatNumber(e.more)} more forces ${e.what} (the first ${LISTED_PER_KIND} are listed)`, {
          hint: 'check the listed ones first: the same cause (a column shifted, figures in the wrong unit) often explains the rest',
        }),
      );
    return [...this.kept, ...more];
  }
}
/**
 * A column whose name says it is a total (`five_year_total`) must be at least
 * the sum of the periods known, and equal to it when every period is known.
 */
function totalsDisagree(story: RegionStory, figures: RegionStory['figures'][string] | undefined, where: { line?: number }, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!figures) return out;
  const values = Object.values(figures.periods);
  const known = values.filter((v): v is number => v !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  for (const [column, total] of Object.entries(story.region.extra)) {
    if (!/total/i.test(column) || typeof total !== 'number' || known.length === 0) continue;
    if (total < sum) {
      out.push(warning(file, `force "${story.region.name}": ${column} is ${formatNumber(total)}, less than the ${formatNumber(sum)} of the periods known (${Object.keys(figures.periods).filter((p) => figures.periods[p] !== null).join(', ')})`, { ...where, hint: 'one of these figures is wrong, or they cover different things' }));
    } else if (known.length === values.length && total !== sum) {
      out.push(warning(file, `force "${story.region.name}": ${column} is ${formatNumber(total)}, but the periods add up to ${formatNumber(sum)}`, { ...where, hint: 'one of these figures is wrong, or they cover different things' }));
    }
  }
  return out;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
