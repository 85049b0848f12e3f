import type { Campaign, Region } from '../model.js';

/**
 * Layouts are HTML templates compiled with HTML escaping on, so they get the
 * plain values (not the Markdown-escaped ones the release templates see).
 */
export function plainCampaign(campaign: Campaign): Record<string, unknown> {
  return {
    id: campaign.id,
    title: campaign.title,
    publisher: { ...campaign.publisher },
    releaseDate: campaign.releaseDate,
    embargo: campaign.embargo,
    periods: { ...campaign.periods },
  };
}

export function plainRegion(region: Region): Record<string, unknown> {
  return { ...region.extra, name: region.name, slug: region.slug, nation: region.nation, contacts: region.contacts };
}

/** What `layouts/page.html.hbs` sees. */
export function pageContext(campaign: Campaign, region: Region, title: string, content: string): Record<string, unknown> {
  return { title, content, campaign: plainCampaign(campaign), region: plainRegion(region) };
}

export interface IndexEntry {
  region: string;
  slug: string;
  template: string;
  headline: string;
  /** e.g. "up 89%", "at 194" */
  change: string;
  direction: string;
  /** format → path under out/, null where the format was not made in this run. */
  files: Record<string, string | null>;
}

/** A newsroom's bundle as the index lists it. */
export interface IndexNewsroom {
  newsroom: string;
  /** The forces it covers, e.g. "Hampshire, Dorset, Wiltshire". */
  forces: string;
  /** Paths under out/. */
  folder: string;
  zip: string;
}

/** What `layouts/index.html.hbs` sees. `buildDate`, not `date`: `{{date}}` is the date helper. */
export function indexContext(campaign: Campaign, buildDate: string, releases: IndexEntry[], newsrooms: IndexNewsroom[]): Record<string, unknown> {
  return { campaign: plainCampaign(campaign), buildDate, releases, newsrooms };
}
