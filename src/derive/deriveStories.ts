import type { RegionStory, ValidCampaign } from '../model.js';
import { measureFigures } from './measureFigures.js';
import { ranks } from './rank.js';

/** Derived figures and ranks for every region, in the order of the primary CSV. */
export function deriveStories({ campaign, regions }: ValidCampaign): RegionStory[] {
  const stories: RegionStory[] = regions.map((region) => ({
    region,
    figures: Object.fromEntries(campaign.measures.map((m) => [m.name, measureFigures(campaign, m, region)])),
    rank: {},
  }));
  for (const measure of campaign.measures) {
    const figures = stories.map((s) => s.figures[measure.name]);
    const measureRanks = ranks(
      figures.map((f) => f?.current ?? null),
      figures.map((f) => f?.change.percent ?? null),
    );
    stories.forEach((story, i) => {
      story.rank[measure.name] = measureRanks[i] ?? { byCurrent: null, byChange: null, of: stories.length };
    });
  }
  return stories;
}
