import type { Embargo } from '../convert/embargo.js';
import type { ManifestNewsroom } from '../newsrooms/bundle.js';
import { compareCodePoints } from '../load/listFolder.js';

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
  /**
   * Per region slug, a hash of everything its files are made from (its row of
   * figures, contacts and quotes, the campaign, the templates, the formats and
   * patchpress itself). The next build keeps the files of a region whose hash
   * is unchanged without rendering it again.
   */
  inputHashes: Record<string, string>;
}

export interface ManifestInput extends Omit<Manifest, 'sha256' | 'inputHashes'> {
  /** Every other file written; the manifest lists its sha256. */
  /** Every file, in groups (the regions', the bundles', the index), each read once. */
  files: Iterable<Iterable<{ path: string; sha256: string }>>;
  inputHashes: ReadonlyMap<string, string>;
}

/** The manifest of a run, its `sha256` listing every other file in path order. */
export function buildManifest(input: ManifestInput): Manifest {
  const { files, inputHashes, ...fields } = input;
  // One string per file, path then hash, sorted as the paths would be ("\0" sorts before any path
  // character): a third of the memory of a record per file at 200,000 files.
  const lines: string[] = [];
  for (const group of files) for (const f of group) lines.push(`${f.path}\0${f.sha256}`);
  lines.sort(compareCodePoints);
  const sha256 = Object.fromEntries(lines.map((line) => line.split('\0') as [string, string]));
  return { ...fields, sha256, inputHashes: Object.fromEntries(inputHashes) };
}

/**
 * The manifest's text in pieces: the same bytes as
 * `JSON.stringify(manifest, null, 2) + '\n'`, but its long lists (releases,
 * sha256) one member at a time, so the 40 MB of a 50,000-region manifest
 * never has to exist as one string.
 */
export function* manifestText(manifest: Manifest): Generator<string> {
  const fields = Object.entries(manifest).filter(([, value]) => value !== undefined);
  yield '{';
  let first = true;
  for (const [key, value] of fields) {
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value)) yield* members('[', ']', lazily(value, (item) => indented(item)));
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object).filter((k) => object[k] !== undefined);
      yield* members('{', '}', lazily(keys, (k) => `${JSON.stringify(k)}: ${indented(object[k])}`));
    } else yield JSON.stringify(value);
  }
  yield first ? '}\n' : '\n}\n';
}

/** A value as JSON.stringify(…, null, 2) writes it two levels down. */
function indented(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n    ');
}

function* lazily<T>(items: readonly T[], text: (item: T) => string): Generator<string> {
  for (const item of items) yield text(item);
}

/** A JSON array or object at the second level, one member per line as JSON.stringify indents them. */
function* members(open: string, close: string, items: Iterable<string>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? open : ','}\n    ${item}`;
    first = false;
  }
  yield first ? `${open}${close}` : `\n  ${close}`;
}

export function roundTo2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
