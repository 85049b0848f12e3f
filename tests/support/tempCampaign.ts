import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, tempDir } from './paths.js';

/** A copy of the example data folder in a temporary folder, with edits; remove it with `cleanUp`. */
/** `embargo: null` removes the embargo. */
export async function tempCampaign(edits: { embargo?: string | null; newsrooms?: string } = {}): Promise<{ dir: string; data: string; cleanUp: () => Promise<void> }> {
  const dir = await tempDir('campaign');
  const data = join(dir, 'data');
  await cp(join(repoRoot, 'data'), data, { recursive: true });
  if (edits.embargo !== undefined) {
    const path = join(data, 'campaign.yaml');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/^embargo: .*\n/m, edits.embargo === null ? '' : `embargo: "${edits.embargo}"\n`));
  }
  if (edits.newsrooms !== undefined) await writeFile(join(data, 'newsrooms.csv'), edits.newsrooms);
  return { dir, data, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}
