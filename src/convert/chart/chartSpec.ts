import type { Campaign, MeasureKind, NationalChange, RegionStory } from '../../model.js';
import { changeHeadline } from '../../render/helpers/changeHeadline.js';
import { formatNumber } from '../../render/helpers/format.js';
import { percent } from '../../render/helpers/percent.js';

/** One bar: a period's figure, or null where none was published. */
export interface ChartBar {
  period: string;
  value: number | null;
  /** The campaign's current period, drawn darker. */
  current: boolean;
}

/** Everything a chart says, in words and figures, before it is drawn. */
export interface ChartSpec {
  /** Prefix of the SVG's element ids, unique within a page: `chart-hampshire`. */
  id: string;
  title: string;
  /** The force's change beside the national one, e.g. "2018/19 to 2019/20: Hampshire up 89%; UK up 16%". */
  context: string | null;
  kind: MeasureKind;
  bars: ChartBar[];
  source: string;
  /** The whole chart in one paragraph, for screen readers and alt text. */
  description: string;
}

/** How a value is labelled on its bar: "10,391", "18%". */
export function barLabel(value: number, kind: MeasureKind): string {
  return kind === 'percent' ? `${formatNumber(value)}%` : formatNumber(value);
}

/**
 * The chart of a force's primary measure: every period of its CSV, blanks
 * kept as "not published" (never drawn as zero), and the change between the
 * campaign's two periods beside the national change named in campaign.yaml.
 *
 * @example chartSpec(campaign, hampshire).context // '2018/19 to 2019/20: Hampshire up 89%; UK up 16%'
 */
export function chartSpec(campaign: Campaign, story: RegionStory): ChartSpec {
  const measure = campaign.measures[0]!;
  const figures = story.figures[measure.name]!;
  const { name, slug } = story.region;
  const { current, previous } = campaign.periods;
  const bars = Object.entries(figures.periods).map(([period, value]) => ({ period, value, current: period === current }));
  const parts = [forceChange(name, figures, previous, current), campaign.chart.compare ? nationalChange(campaign.chart.compare) : null].filter((p): p is string => p !== null);
  const context = parts.length ? `${previous} to ${current}: ${parts.join('; ')}` : null;
  const title = `${measure.label} in ${name}`;
  const source = `Source: ${campaign.publisher.name}`;
  const values = bars.map((b) => `${b.period}: ${b.value === null ? 'not published' : barLabel(b.value, figures.kind)}`).join('; ');
  const description = `Bar chart of ${measure.label.toLowerCase()} in ${name}, by year. ${values}.${context ? ` ${context}.` : ''} ${source}.`;
  return { id: `chart-${slug}`, title, context, kind: figures.kind, bars, source, description };
}

function forceChange(name: string, figures: RegionStory['figures'][string], previous: string, current: string): string | null {
  if (figures.current === null) return `no ${current} figure for ${name}`;
  if (figures.change.direction === 'unknown') return `no ${previous} figure for ${name}`;
  return `${name} ${changeHeadline(figures)}`;
}

function nationalChange(compare: NationalChange): string {
  return compare.direction === 'unchanged' ? `${compare.label} unchanged` : `${compare.label} ${compare.direction} ${percent(compare.changePercent)}`;
}
