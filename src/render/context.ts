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

/** The campaign-wide part of every region's context, escaped once per run rather than once per region. */
export interface CampaignContext {
  campaign: Record<string, unknown>;
  national: unknown;
  /** measure name → its label and noun, escaped */
  measureWords: Map<string, { label: string; noun: { one: string; many: string } }>;
}

export function campaignContext(campaign: Campaign): CampaignContext {
  return {
    campaign: {
      id: campaign.id,
      title: escapeMarkdown(campaign.title),
      publisher: escapeStrings(campaign.publisher),
      releaseDate: campaign.releaseDate,
      embargo: campaign.embargo,
      periods: { ...campaign.periods },
    },
    national: escapeStrings(campaign.national),
    measureWords: new Map(campaign.measures.map((m) => [m.name, { label: escapeMarkdown(m.label), noun: escapeStrings(m.noun) }])),
  };
}

/**
 * Builds a region's template context. Every string that comes from the data is
 * escaped for Markdown here, once, so a force called "2024. A record year" or
 * a contact with `*` prints literally; numbers stay numbers for the helpers.
 * Pass `shared` (from `campaignContext`) when building many regions' contexts.
 */
export function regionContext(campaign: Campaign, story: RegionStory, quotes: QuoteContext[], shared: CampaignContext = campaignContext(campaign)): RegionContext {
  const { region } = story;
  const context: RegionContext = {
    campaign: shared.campaign,
    national: shared.national,
    region: {
      ...escapeStrings(region.extra),
      name: escapeMarkdown(region.name),
      slug: region.slug,
      nation: escapeMarkdown(region.nation),
      contacts: escapeStrings(region.contacts),
    },
    quotes,
    rank: story.rank,
  };
  for (const [name, figures] of Object.entries(story.figures)) {
    context[name] = { ...figures, ...(shared.measureWords.get(name) ?? { label: escapeMarkdown(figures.label), noun: escapeStrings(figures.noun) }) };
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

/**
 * quoteContext for the regions of a run: a quote's speaker, role and org are
 * the same for every region, so each quote's are escaped once (escaping them
 * per region was 2% of a build). Made once per renderer or auditor.
 */
export function createQuoteContexts(): (quote: QuoteSnippet, text: string) => QuoteContext {
  const escaped = new WeakMap<QuoteSnippet, QuoteContext>();
  return (quote, text) => {
    let fields = escaped.get(quote);
    if (!fields) {
      fields = quoteContext(quote, '');
      escaped.set(quote, fields);
    }
    return { ...fields, text };
  };
}

/** A deep copy with every string escaped for Markdown. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeStrings(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)])) as T;
  }
  return value;
}
