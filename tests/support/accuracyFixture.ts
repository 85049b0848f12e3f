import { deriveStories } from '../../src/derive/deriveStories.js';
import { loadCampaignFolder } from '../../src/load/loadCampaignFolder.js';
import type { RegionStory, ValidCampaign } from '../../src/model.js';
import { validateCampaignFolder } from '../../src/validate/validateCampaignFolder.js';
import { repoRoot } from './paths.js';

/** The accuracy fixture (synthetic areas with the counts local papers misprinted), validated and derived. */
export async function accuracyCampaign(): Promise<{ valid: ValidCampaign; stories: RegionStory[] }> {
  const { folder } = await loadCampaignFolder('tests/fixtures/accuracy/data', repoRoot);
  const valid = validateCampaignFolder(folder!).valid!;
  return { valid, stories: deriveStories(valid) };
}
