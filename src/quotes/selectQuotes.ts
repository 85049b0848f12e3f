import type { QuoteSnippet, RegionStory } from '../model.js';
import { nameKey } from '../validate/names.js';
import { compareCodePoints } from '../load/listFolder.js';

export interface QuoteSelectionOptions {
  /** Include snippets not yet approved (`--drafts`). */
  drafts: boolean;
  /** The measure whose direction `when` rules test. */
  primaryMeasure: string;
}

/**
 * The snippets whose rules match this region, in a fixed order: by `order`,
 * then snippets naming the force before those for all, then by file name.
 */
export function selectQuotes(story: RegionStory, quotes: readonly QuoteSnippet[], options: QuoteSelectionOptions): QuoteSnippet[] {
  const change = story.figures[options.primaryMeasure]?.change;
  const key = nameKey(story.region.name);
  return quotes
    .filter((q) => q.approved || options.drafts)
    .filter((q) => q.appliesTo === 'all' || q.appliesTo.some((name) => nameKey(name) === key))
    .filter((q) => q.when.direction === null || (change !== undefined && q.when.direction.includes(change.direction)))
    .filter((q) => q.when.smallBase === null || q.when.smallBase === (change?.smallBase ?? false))
    .sort((a, b) => a.order - b.order || specificity(b) - specificity(a) || compareCodePoints(a.id, b.id));
}

function specificity(q: QuoteSnippet): number {
  return q.appliesTo === 'all' ? 0 : 1;
}
