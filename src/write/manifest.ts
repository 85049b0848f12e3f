import { createHash } from 'node:crypto';
import type { OutputFile } from './stagedOutput.js';

export interface ManifestRelease {
  region: string;
  slug: string;
  template: string;
  headline: string;
  files: Record<string, string>;
  figures: {
    previous: number | null;
    current: number | null;
    /** Rounded to two decimals, signed; null when there is no percentage. */
    changePercent: number | null;
    direction: string;
  };
  /** How many numbers the release holds, and how each was accounted for by the audit. */
  audit?: { figures: number; traced: number; fixed: number; untraced: number };
  /** What the `vary` helper chose this release's phrasings by: `<campaign id>/<region slug>`. */
  varySeed?: string;
}

export interface Manifest {
  campaign: string;
  date: string;
  releases: ManifestRelease[];
  /** sha256 of every other file written, by path. */
  sha256: Record<string, string>;
}

/** The manifest as a file, listing the sha256 of every other file in path order. */
export function manifestFile(campaign: string, date: string, releases: ManifestRelease[], files: readonly OutputFile[]): OutputFile {
  const sha256 = Object.fromEntries(
    [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => [f.path, createHash('sha256').update(f.content).digest('hex')]),
  );
  const manifest: Manifest = { campaign, date, releases, sha256 };
  return { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` };
}

export function roundTo2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
