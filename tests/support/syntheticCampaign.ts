import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaignAt } from './campaign.js';

/**
 * The base campaign with `regions` invented areas ("Synthetic Area 00042"),
 * their invented figures shifted by `edition` so two editions give two
 * different outputs.
 */
export function syntheticCampaign(dir: string, regions: number, edition = 0): string {
  campaignAt(dir);
  // Thousands of areas from one short template are alike by design: comparing every pair is not what these tests are about.
  appendFileSync(join(dir, 'data', 'campaign.yaml'), 'style:\n  rules:\n    similar-releases: "off"\n');
  writeSyntheticFigures(dir, regions, edition);
  return dir;
}

export function writeSyntheticFigures(dir: string, regions: number, edition: number): void {
  const names = Array.from({ length: regions }, (_, i) => `Synthetic Area ${String(i + 1).padStart(5, '0')}`);
  const counts = names.map((name, i) => `${name},England,${100 + (i % 50)},${100 + ((i * 7 + edition) % 90)}`);
  const shares = names.map((name, i) => `${name},England,${10 + (i % 20)},${10 + ((i * 3 + edition) % 25)}`);
  writeFileSync(join(dir, 'data', 'offences.csv'), `force,nation,2018/19,2019/20\n${counts.join('\n')}\n`);
  writeFileSync(join(dir, 'data', 'share.csv'), `force,nation,2018/19,2019/20\n${shares.join('\n')}\n`);
  writeFileSync(join(dir, 'data', 'contacts.yaml'), '');
}
