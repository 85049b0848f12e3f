import { deriveStories } from '../../src/derive/deriveStories.js';
import { loadCampaignFolder } from '../../src/load/loadCampaignFolder.js';
import type { RegionStory, ValidCampaign } from '../../src/model.js';
import { validateCampaignFolder } from '../../src/validate/validateCampaignFolder.js';
import { repoRoot } from './paths.js';

/** The bundled example campaign, validated and derived, as the pipeline sees it. */
export async function exampleCampaign(): Promise<{ valid: ValidCampaign; stories: RegionStory[] }> {
  const { folder, diagnostics } = await loadCampaignFolder('data', repoRoot);
  if (!folder) throw new Error(`the example data did not load: ${JSON.stringify(diagnostics)}`);
  const { valid } = validateCampaignFolder(folder);
  if (!valid) throw new Error('the example data did not validate');
  return { valid, stories: deriveStories(valid) };
}

export function storyOf(stories: readonly RegionStory[], slug: string): RegionStory {
  const story = stories.find((s) => s.region.slug === slug);
  if (!story) throw new Error(`no force ${slug} in the example`);
  return story;
}
