import { lstat, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha256Of, type PreviousFiles } from './sink.js';

/** What the previous build made for one region, as its manifest tells. */
export interface PreviousRegion {
  /** The hash of the region's inputs then; null when that build did not record one. */
  inputHash: string | null;
  releases: PreviousRelease[];
}

/** A release of the previous build, as its manifest lists it. */
export interface PreviousRelease {
  template: string;
  headline: string;
  files: Record<string, string>;
  audit?: { figures: number; traced: number; fixed: number; untraced: number };
  varySeed?: string;
}

export interface PreviousOutput extends PreviousFiles {
  regions: ReadonlyMap<string, PreviousRegion>;
}

/**
 * The previous build in out/, read from its manifest, so unchanged regions
 * can be kept rather than rendered and rewritten. Anything unexpected (no
 * manifest, a symlink, a manifest from another tool or hand-edited into
 * another shape) means there is nothing to reuse: the build writes everything.
 */
export async function readPreviousOutput(outDir: string, cwd: string): Promise<PreviousOutput | null> {
  const dir = resolve(cwd, outDir);
  const path = join(dir, 'manifest.json');
  let manifest: unknown;
  let notAfterMs: number;
  let text: string;
  try {
    const stat = await lstat(path);
    if (!stat.isFile()) return null;
    notAfterMs = stat.mtimeMs;
    text = await readFile(path, 'utf8');
    manifest = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(manifest) || !isRecord(manifest.sha256) || !Array.isArray(manifest.releases)) return null;
  const hashes = new Map(Object.entries(manifest.sha256).filter((e): e is [string, string] => typeof e[1] === 'string'));
  // The manifest lists every file but itself: an unchanged manifest is kept too.
  hashes.set('manifest.json', sha256Of(text));
  const inputHashes = isRecord(manifest.inputHashes) ? manifest.inputHashes : {};
  const regions = new Map<string, PreviousRegion>();
  for (const release of manifest.releases as unknown[]) {
    if (!isRecord(release) || typeof release.slug !== 'string' || typeof release.template !== 'string' || typeof release.headline !== 'string') return null;
    if (!isRecord(release.files) || !Object.values(release.files).every((f) => typeof f === 'string')) return null;
    let region = regions.get(release.slug);
    if (!region) {
      const inputHash = inputHashes[release.slug];
      region = { inputHash: typeof inputHash === 'string' ? inputHash : null, releases: [] };
      regions.set(release.slug, region);
    }
    region.releases.push({
      template: release.template,
      headline: release.headline,
      files: release.files as Record<string, string>,
      ...(isRecord(release.audit) ? { audit: release.audit as NonNullable<PreviousRelease['audit']> } : {}),
      ...(typeof release.varySeed === 'string' ? { varySeed: release.varySeed } : {}),
    });
  }
  return { dir, notAfterMs, sha256: (file) => hashes.get(file), regions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
