import { createHash } from 'node:crypto';
import type { Format } from '../convert/formats.js';
import type { TemplateFolder } from '../load/loadTemplateFolder.js';
import type { Campaign, Newsroom, QuoteSnippet, RegionStory } from '../model.js';

export interface SharedInputs {
  /** patchpress's own code (`engineId`). */
  engine: string;
  campaign: Campaign;
  quotes: readonly QuoteSnippet[];
  templates: TemplateFolder;
  drafts: boolean;
  formats: readonly Format[];
  /** Word documents and email drafts carry the build date; email drafts are addressed to newsrooms. */
  date: string;
  newsrooms: readonly Newsroom[];
}

/**
 * A hash of everything every region's files are made from: the campaign
 * settings and national figures, every quote snippet, every template, partial
 * and layout, the formats, the --drafts choice and patchpress itself; the
 * build date and the newsrooms only when Word or email is made (nothing else
 * of a region carries them). Folder names are left out, so `--data ./data`
 * and `--data data` agree.
 */
export function sharedInputHash({ engine, campaign, quotes, templates, drafts, formats, date, newsrooms }: SharedInputs): string {
  const dated = formats.includes('docx') || formats.includes('eml');
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      engine,
      drafts,
      formats,
      campaign,
      quotes: quotes.map(({ file: _file, ...quote }) => quote),
      ...(dated ? { date, newsrooms } : {}),
    }),
  );
  const named = [
    ...templates.templates.map((f) => [`template ${f.path.slice(templates.dir.length)}`, f.text] as const),
    ...[...templates.partials].map(([name, f]) => [`partial ${name}`, f.text] as const),
    ...[...templates.layouts].map(([name, f]) => [`layout ${name}`, f.text] as const),
  ];
  for (const [name, text] of named) hash.update(`\0${name}\0${text}`);
  return hash.digest('hex');
}

/**
 * A hash of one region's inputs: the shared ones and the region's own row of
 * figures, derived change and rank, extra columns and contacts. Same hash,
 * same files: the next build keeps that region's files without rendering it.
 */
export function regionInputHash(shared: string, story: RegionStory): string {
  const { region, figures, rank } = story;
  const own = JSON.stringify([region.name, region.slug, region.nation, region.extra, region.contacts, figures, rank]);
  return createHash('sha256').update(shared).update(own).digest('hex').slice(0, 32);
}

/** Every story's input hash, in order. */
export function inputHashesFor(inputs: SharedInputs, stories: Iterable<RegionStory>): string[] {
  const shared = sharedInputHash(inputs);
  return Array.from(stories, (story) => regionInputHash(shared, story));
}
