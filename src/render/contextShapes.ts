import type { Campaign, QuoteSnippet, RegionStory } from '../model.js';
import { indexContext, pageContext, plainRegion } from '../convert/pageContexts.js';
import { campaignContext, quoteContext, regionContext } from './context.js';
import { mergeShapes, shapeOf, widenShape, type Shape } from './shape.js';
import type { ContextShapes } from './templateSet.js';

/**
 * The data every kind of template will see, learned from every region's real
 * context (so a field any region has is known) plus every quote snippet (so
 * quote fields are known even where none is selected). Contexts are folded in
 * one at a time, so 50,000 regions never sit in memory as contexts at once.
 */
export function contextShapes(campaign: Campaign, stories: Iterable<RegionStory>, quotes: readonly QuoteSnippet[]): ContextShapes {
  const sampleQuotes = quotes.map((q) => quoteContext(q, ''));
  const shared = campaignContext(campaign);
  let region: Shape = { kind: 'empty' };
  let page: Shape = { kind: 'empty' };
  let any = false;
  for (const story of stories) {
    if (!any) {
      region = widenShape(region, regionContext(campaign, story, sampleQuotes, shared));
      page = widenShape(page, pageContext(campaign, story.region, '', ''));
      any = true;
      continue;
    }
    // The campaign-wide parts are the same for every region, and escaping
    // keeps a value's shape: the others only add what differs, unescaped.
    region = widenShape(region, { region: plainRegion(story.region), rank: story.rank, ...story.figures });
    page = widenShape(page, { region: plainRegion(story.region) });
  }
  // No regions (the figures file has a problem already reported): nothing is
  // known about the data, so field names go unchecked rather than all reported.
  const body = any ? mergeShapes(region, shapeOf({ page: { title: '', standfirst: '' } })) : region;
  const index = shapeOf(
    indexContext(campaign, '', [{ region: '', slug: '', template: '', headline: '', change: '', direction: '', files: { md: '', html: '', docx: '', svg: '', png: '' } }], [
      { newsroom: '', forces: '', folder: '', zip: '' },
    ]),
  );
  return { region, body, page, index };
}
