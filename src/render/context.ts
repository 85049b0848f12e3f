import type { Campaign, QuoteSnippet, RegionStory } from '../model.js';
import { escapeMarkdown } from './markdownEscape.js';

/** A selected quote as a template sees it: its text already rendered for this region. */
export interface QuoteContext {
  id: string;
  speaker: string;
  role: string | null;
  org: string | null;
  sample: boolean;
  text: string;
}

/** What every template sees for one region (design.md §3). */
export type RegionContext = Record<string, unknown> & {
  campaign: Record<string, unknown>;
  national: unknown;
  region: Record<string, unknown>;
  quotes: QuoteContext[];
  rank: Record<string, unknown>;
};

/**
 * Builds a region's template context. Every string that comes from the data is
 * escaped for Markdown here, once, so a force called "2024. A record year" or
 * a contact with `*` prints literally; numbers stay numbers for the helpers.
 * `escape` is the identity for text that is escaped whole afterwards (quote bodies).
 */
export function regionContext(campaign: Campaign, story: RegionStory, quotes: QuoteContext[], escape: (text: string) => string = escapeMarkdown): RegionContext {
  const { region } = story;
  const all = <T>(value: T): T => escapeAll(value, escape);
  const context: RegionContext = {
    campaign: {
      id: campaign.id,
      title: escape(campaign.title),
      publisher: all(campaign.publisher),
      releaseDate: campaign.releaseDate,
      embargo: campaign.embargo,
      periods: { ...campaign.periods },
    },
    national: all(campaign.national),
    region: {
      ...all(region.extra),
      name: escape(region.name),
      slug: region.slug,
      nation: escape(region.nation),
      contacts: all(region.contacts),
    },
    quotes,
    rank: story.rank,
  };
  for (const [name, figures] of Object.entries(story.figures)) {
    context[name] = { ...figures, label: escape(figures.label), noun: all(figures.noun) };
  }
  return context;
}

/** A quote's fields for the context; the text is rendered separately. */
export function quoteContext(quote: QuoteSnippet, text: string): QuoteContext {
  return {
    id: quote.id,
    speaker: escapeMarkdown(quote.speaker),
    role: quote.role === null ? null : escapeMarkdown(quote.role),
    org: quote.org === null ? null : escapeMarkdown(quote.org),
    sample: quote.sample,
    text,
  };
}

/** A deep copy with every string escaped. */
function escapeAll<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === 'string') return escape(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeAll(v, escape)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeAll(v, escape)])) as T;
  }
  return value;
}
