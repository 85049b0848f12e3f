import { basename, join } from 'node:path';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { listFiles } from './listFolder.js';
import { isDiagnostic, readSourceFile, type SourceFile } from './readSourceFile.js';

/** Every file of a campaign folder, read but not yet parsed. */
export interface CampaignFolder {
  dir: string;
  campaign: SourceFile;
  /** CSV files by file name (e.g. `offences.csv`). */
  tables: Map<string, SourceFile>;
  /** Files present but not readable (already reported), so no later check calls them missing. */
  unreadable: Set<string>;
  contacts: SourceFile | null;
  quotes: SourceFile[];
}

export async function loadCampaignFolder(
  dir: string,
  cwd: string,
): Promise<{ folder: CampaignFolder | null; diagnostics: Diagnostic[] }> {
  const names = await listFiles(dir, cwd);
  if (names === null) {
    return { folder: null, diagnostics: [error(dir, 'data folder not found', { hint: 'pass --data DIR' })] };
  }
  const diagnostics: Diagnostic[] = [];
  const unreadable = new Set<string>();
  const read = async (path: string): Promise<SourceFile | null> => {
    const result = await readSourceFile(path, cwd);
    if (isDiagnostic(result)) {
      diagnostics.push(result);
      unreadable.add(basename(path));
      return null;
    }
    return result;
  };

  const campaign = await read(join(dir, 'campaign.yaml'));
  const tables = new Map<string, SourceFile>();
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv'))) {
    const file = await read(join(dir, name));
    if (file) tables.set(name, file);
  }
  const contacts = names.includes('contacts.yaml') ? await read(join(dir, 'contacts.yaml')) : null;
  const quoteDir = join(dir, 'quotes');
  const quoteNames = ((await listFiles(quoteDir, cwd)) ?? []).filter((n) => n.endsWith('.md'));
  const quotes: SourceFile[] = [];
  for (const name of quoteNames) {
    const file = await read(join(quoteDir, name));
    if (file) quotes.push(file);
  }
  if (!campaign) return { folder: null, diagnostics };
  return { folder: { dir, campaign, tables, unreadable, contacts, quotes }, diagnostics };
}
