import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { overlay } from './tree.js';

/** The synthetic campaign every fixture starts from (three invented areas, invented figures). */
export const BASE_CAMPAIGN = fileURLToPath(new URL('../bad-input/base', import.meta.url));

/** A campaign folder at `dir`: the base campaign with each of `overlays` (folders holding data/, templates/) laid over it in turn. */
export function campaignAt(dir: string, ...overlays: string[]): string {
  overlay(BASE_CAMPAIGN, dir);
  for (const layer of overlays) {
    overlay(join(layer, 'data'), join(dir, 'data'));
    overlay(join(layer, 'templates'), join(dir, 'templates'));
  }
  return dir;
}
