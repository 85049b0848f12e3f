import type { Campaign, QuoteSnippet, RegionStory } from '../model.js';
import { indexContext, pageContext } from '../convert/pageContexts.js';
import { quoteContext, regionContext } from './context.js';
import { mergeShapes, shapeOf, shapeOfAll } from './shape.js';
import type { ContextShapes } from './templateSet.js';

/**
 * The data every kind of template will see, learned from every region's real
 * context (so a field any region has is known) plus every quote snippet (so
 * quote fields are known even where none is selected).
 */
export function contextShapes(campaign: Campaign, stories: readonly RegionStory[], quotes: readonly QuoteSnippet[]): ContextShapes {
  const sampleQuotes = quotes.map((q) => quoteContext(q, ''));
  const contexts = stories.map((s) => regionContext(campaign, s, sampleQuotes));
  const region = shapeOfAll(contexts);
  // No regions (the figures file has a problem already reported): nothing is
  // known about the data, so field names go unchecked rather than all reported.
  const body = stories.length ? mergeShapes(region, shapeOf({ page: { title: '', standfirst: '' } })) : region;
  const page = shapeOfAll(stories.map((s) => pageContext(campaign, s.region, '', '')));
  const index = shapeOf(
    indexContext(campaign, '', [{ region: '', slug: '', template: '', headline: '', change: '', direction: '', files: { md: '', html: '', docx: '', svg: '', png: '' } }], [
      { newsroom: '', forces: '', folder: '', zip: '' },
    ]),
  );
  return { region, body, page, index };
}
