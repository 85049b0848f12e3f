import { createHash } from 'node:crypto';
import type { Embargo } from '../convert/embargo.js';
import type { ManifestNewsroom } from '../newsrooms/bundle.js';
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
  /** The embargo as written in campaign.yaml and as the first line of every release; null when none. */
  embargo: Embargo | null;
  /** The formats this build made. */
  formats: string[];
  releases: ManifestRelease[];
  /** One bundle per newsroom in newsrooms.csv with a force in this build. */
  newsrooms: ManifestNewsroom[];
  /** sha256 of every other file written, by path. */
  sha256: Record<string, string>;
}

export interface ManifestInput extends Omit<Manifest, 'sha256'> {
  /** Every other file written; the manifest lists its sha256. */
  files: readonly OutputFile[];
}

/** The manifest as a file, listing the sha256 of every other file in path order. */
export function manifestFile(input: ManifestInput): OutputFile {
  const { files, ...fields } = input;
  const sha256 = Object.fromEntries(
    [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => [f.path, createHash('sha256').update(f.content).digest('hex')]),
  );
  const manifest: Manifest = { ...fields, sha256 };
  return { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` };
}

export function roundTo2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
