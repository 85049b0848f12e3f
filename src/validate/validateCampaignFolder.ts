import { append, error, type Diagnostic } from '../errors/diagnostic.js';
import { inWords } from '../errors/wording.js';
import type { CampaignFolder } from '../load/loadCampaignFolder.js';
import type { Campaign, QuoteSnippet, Region, ValidCampaign } from '../model.js';
import { validateCampaign } from './campaign.js';
import { SHARED_DEFAULT_CONTACTS, validateContacts } from './contacts.js';
import { validateMeasureTable, type MeasureTable, type TableRow } from './measureTable.js';
import { closestName, MAX_SLUG_LENGTH, nameKey, RESERVED_SLUGS, slugify } from './names.js';
import { NEWSROOMS_FILE, validateNewsrooms } from './newsrooms.js';
import { validateQuote } from './quotes.js';

/**
 * Turns a campaign folder's files into a typed campaign, collecting every
 * problem in every file so one run lists them all. The campaign comes back
 * even when some rows have problems (those cells read as not known), so the
 * templates can still be checked against it in the same run; it is null only
 * when campaign.yaml itself cannot be used.
 */
export function validateCampaignFolder(folder: CampaignFolder): { valid: ValidCampaign | null; diagnostics: Diagnostic[] } {
  const { campaign, lineOf, diagnostics } = validateCampaign(folder.campaign);
  if (!campaign) return { valid: null, diagnostics: [...diagnostics, ...validateQuotesAlone(folder)] };

  const tables: MeasureTable[] = [];
  campaign.measures.forEach((measure, index) => {
    const file = folder.tables.get(measure.file);
    if (!file && folder.unreadable.has(measure.file)) return;
    if (!file) {
      const line = lineOf(['measures', measure.name, 'file']);
      diagnostics.push(error(folder.campaign.path, `field \`measures.${measure.name}.file\`: ${measure.file} is not in ${folder.dir}`, line === undefined ? {} : { line }));
      return;
    }
    const required = index === 0 ? [campaign.periods.current, campaign.periods.previous] : [campaign.periods.current];
    const result = validateMeasureTable(file, measure, required);
    append(diagnostics, result.diagnostics);
    if (result.table) tables.push(result.table);
  });

  const regions = buildRegions(campaign, tables, diagnostics);
  const primary = tables[0]?.measure === campaign.measures[0] ? tables[0] : undefined;
  // Names of rows set aside for a problem already reported still count as
  // known, so one bad row does not also fail every file that names it.
  const known: Known = {
    keys: new Set([...(primary?.rows ?? []).map((r) => r.key), ...(primary?.setAside ?? [])]),
    file: primary?.file ?? folder.dir,
    regions,
  };
  attachContacts(folder, regions, known, diagnostics);
  const quotes = validateQuotes(folder, known, diagnostics);
  const newsroomFile = folder.tables.get(NEWSROOMS_FILE);
  const newsrooms = newsroomFile ? validateNewsrooms(newsroomFile, known) : { newsrooms: [], diagnostics: [] };
  diagnostics.push(...newsrooms.diagnostics);
  return { valid: { campaign, regions, quotes, newsrooms: newsrooms.newsrooms }, diagnostics };
}

/** Regions are the rows of the first (primary) measure; other measures join on the force name. */
function buildRegions(campaign: Campaign, tables: MeasureTable[], diagnostics: Diagnostic[]): Region[] {
  const [primary, ...others] = tables;
  if (!primary || primary.measure !== campaign.measures[0]) return [];
  const regions: Region[] = [];
  const bySlug = new Map<string, TableRow[]>();
  for (const row of primary.rows) {
    const slug = slugify(row.name);
    const at = { line: row.line };
    if (!slug) {
      diagnostics.push(error(primary.file, `force "${row.name}": the name makes an empty folder name`, { ...at, hint: 'use letters or digits in the name' }));
      continue;
    }
    if (RESERVED_SLUGS.has(slug)) {
      diagnostics.push(error(primary.file, `force "${row.name}": its folder name "${slug}" is reserved`, { ...at, hint: 'rename the force, e.g. add the word Police' }));
      continue;
    }
    if (slug.length > MAX_SLUG_LENGTH) {
      diagnostics.push(error(primary.file, `force "${row.name}": its folder name is ${slug.length} characters long, more than ${MAX_SLUG_LENGTH}`, { ...at, hint: 'shorten the name' }));
      continue;
    }
    const same = bySlug.get(slug);
    if (same) {
      same.push(row);
      continue;
    }
    bySlug.set(slug, [row]);
    regions.push({
      name: row.name,
      slug,
      nation: row.nation,
      extra: row.extra,
      contacts: SHARED_DEFAULT_CONTACTS,
      measures: new Map([[primary.measure.name, { values: row.values, line: row.line }]]),
    });
  }
  for (const [slug, rows] of bySlug) {
    if (rows.length < 2) continue;
    const named = rows.map((r) => `"${r.name}" (line ${r.line})`);
    diagnostics.push(error(primary.file, `forces ${inWords(named)} ${rows.length === 2 ? 'both' : 'all'} make the folder name "${slug}"`, { line: rows[0]!.line, hint: 'each force needs a name that differs in more than punctuation, accents or &/and' }));
  }
  const byKey = new Map(regions.map((r) => [nameKey(r.name), r]));
  for (const table of others) {
    for (const row of table.rows) {
      const region = byKey.get(row.key);
      if (region) region.measures.set(table.measure.name, { values: row.values, line: row.line });
      else if (!primary.setAside.has(row.key)) diagnostics.push(unmatched(table.file, row.name, row.line, { file: primary.file, regions }));
    }
  }
  return regions;
}

interface Known {
  keys: Set<string>;
  file: string;
  regions: Region[];
}

function attachContacts(folder: CampaignFolder, regions: Region[], known: Known, diagnostics: Diagnostic[]): void {
  if (!folder.contacts) return;
  const { contacts, diagnostics: problems } = validateContacts(folder.contacts);
  append(diagnostics, problems);
  const byKey = new Map(regions.map((r) => [nameKey(r.name), r]));
  for (const [key, entry] of contacts) {
    const region = byKey.get(key);
    if (region) region.contacts = entry.contacts;
    else if (known.keys.size && !known.keys.has(key)) diagnostics.push(unmatched(folder.contacts.path, entry.name, entry.line, known));
  }
}

function validateQuotes(folder: CampaignFolder, known: Known, diagnostics: Diagnostic[]): QuoteSnippet[] {
  const quotes: QuoteSnippet[] = [];
  for (const file of folder.quotes) {
    const result = validateQuote(file);
    append(diagnostics, result.diagnostics);
    if (!result.quote) continue;
    const quote = result.quote;
    if (quote.appliesTo !== 'all' && known.keys.size) {
      for (const name of quote.appliesTo) {
        if (!known.keys.has(nameKey(name))) diagnostics.push(unmatched(file.path, name, 1 + lineOfKey(file.text, 'applies_to'), known));
      }
    }
    quotes.push(quote);
  }
  return quotes;
}

function validateQuotesAlone(folder: CampaignFolder): Diagnostic[] {
  return folder.quotes.flatMap((file) => validateQuote(file).diagnostics);
}

function unmatched(file: string, name: string, line: number | undefined, primary: { file: string; regions: Region[] }): Diagnostic {
  const guess = closestName(name, primary.regions.map((r) => r.name));
  return error(file, `force "${name}" is not in ${primary.file}`, {
    ...(line === undefined ? {} : { line }),
    hint: guess ? `did you mean "${guess}"?` : `the forces are the rows of ${primary.file}`,
  });
}

/** 0-based index of the line where `key:` first appears; 0 when absent. */
export function lineOfKey(text: string, key: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(`${key}:`));
  return Math.max(index, 0);
}
