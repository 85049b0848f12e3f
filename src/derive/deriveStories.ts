import type { Rank, RegionStory, ValidCampaign } from '../model.js';
import { measureFigures } from './measureFigures.js';
import { rankDescending } from './rank.js';

/** Every region's story, made when asked for: 50,000 stories need not sit in memory at once. */
export interface StoryList {
  readonly length: number;
  /** The story of the region at `index` (in the order of the primary CSV); a new object each call. */
  at(index: number): RegionStory;
  /**
   * Drops the region's validated row once nothing will ask for its story
   * again: at 50,000 regions the rows are some 80 MB, most of a large
   * build's memory. Asking for it afterwards is a bug, and throws.
   */
  letGo(index: number): void;
}

/**
 * Ranks every region once (they compare regions with each other), kept as
 * packed numbers; a region's figures are derived from its row when its story
 * is asked for, which costs microseconds.
 */
export function storiesOf({ campaign, regions }: ValidCampaign): StoryList {
  const of = regions.length;
  // A copy: letting a row go must not change the caller's list. No closure made here may name
  // `regions`: they all share one scope, so a mention in any of them would keep every row alive
  // through at() whatever letGo dropped (at 50,000 regions, some 150 MB).
  const rows: Array<RegionStory['region'] | undefined> = regions.slice();
  const packed = rankings(campaign, regions);
  const unpack = (value: number | undefined): number | null => (value ? value : null);
  return {
    length: of,
    at(index) {
      const region = rows[index];
      if (!region) throw new Error(`bug: the story of region ${index} was asked for after its row was let go`);
      const rank: Record<string, Rank> = {};
      for (const m of packed) rank[m.name] = { byCurrent: unpack(m.byCurrent[index]), byChange: unpack(m.byChange[index]), of };
      return {
        region,
        figures: Object.fromEntries(campaign.measures.map((m) => [m.name, measureFigures(campaign, m, region)])),
        rank,
      };
    },
    letGo(index) {
      rows[index] = undefined;
    },
  };
}

/**
 * Each measure's ranks by current figure and by change, packed. Only the two
 * numbers ranked are worked out, not each region's figures: 50,000 figure
 * objects alive at once would teach V8 to allocate every later one straight
 * into the old generation, where the garbage of each story made afterwards
 * would pile up.
 */
function rankings(campaign: ValidCampaign['campaign'], regions: ValidCampaign['regions']): Array<{ name: string; byCurrent: Int32Array; byChange: Int32Array }> {
  return campaign.measures.map((measure) => {
    const current = new Array<number | null>(regions.length);
    const change = new Array<number | null>(regions.length);
    regions.forEach((region, i) => {
      const figures = measureFigures(campaign, measure, region);
      current[i] = figures.current;
      change[i] = figures.change.percent;
    });
    const pack = (ranks: Array<number | null>): Int32Array => Int32Array.from(ranks, (r) => r ?? 0);
    return { name: measure.name, byCurrent: pack(rankDescending(current)), byChange: pack(rankDescending(change)) };
  });
}

/** Derived figures and ranks for every region, in the order of the primary CSV. */
export function deriveStories(valid: ValidCampaign): RegionStory[] {
  const stories = storiesOf(valid);
  return Array.from({ length: stories.length }, (_, i) => stories.at(i));
}

/** The stories one by one. */
export function* eachStory(stories: StoryList): Generator<RegionStory> {
  for (let i = 0; i < stories.length; i++) yield stories.at(i);
}
