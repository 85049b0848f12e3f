import type { Rank, RegionStory, ValidCampaign } from '../model.js';
import { measureFigures } from './measureFigures.js';
import { rankDescending } from './rank.js';

/** Every region's story, made when asked for: 50,000 stories need not sit in memory at once. */
export interface StoryList {
  readonly length: number;
  /** The story of the region at `index` (in the order of the primary CSV); a new object each call. */
  at(index: number): RegionStory;
}

/**
 * Ranks every region once (they compare regions with each other), kept as
 * packed numbers; a region's figures are derived from its row when its story
 * is asked for, which costs microseconds.
 */
export function storiesOf({ campaign, regions }: ValidCampaign): StoryList {
  const of = regions.length;
  const packed = campaign.measures.map((measure) => {
    const figures = regions.map((region) => measureFigures(campaign, measure, region));
    const pack = (ranks: Array<number | null>): Int32Array => Int32Array.from(ranks, (r) => r ?? 0);
    return {
      name: measure.name,
      byCurrent: pack(rankDescending(figures.map((f) => f.current))),
      byChange: pack(rankDescending(figures.map((f) => f.change.percent))),
    };
  });
  const unpack = (value: number | undefined): number | null => (value ? value : null);
  return {
    length: of,
    at(index) {
      const region = regions[index]!;
      const rank: Record<string, Rank> = {};
      for (const m of packed) rank[m.name] = { byCurrent: unpack(m.byCurrent[index]), byChange: unpack(m.byChange[index]), of };
      return {
        region,
        figures: Object.fromEntries(campaign.measures.map((m) => [m.name, measureFigures(campaign, m, region)])),
        rank,
      };
    },
  };
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
