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

export interface ManifestInput extends Omit<Manifest, 'sha256' | 'inputHashes' | 'releases'> {
  /** Every release, in order; read once. */
  releases: Iterable<ManifestRelease>;
  /** Every other file written, in groups (the regions', the bundles', the index), each read once; the manifest lists its sha256. */
  files: Iterable<Iterable<{ path: string; sha256: string }>>;
  inputHashes: ReadonlyMap<string, string>;
}

/** The manifest of a run, its `sha256` listing every other file in path order. */
export function buildManifest(input: ManifestInput): Manifest {
  return Object.fromEntries(manifestFields(input, [...input.releases], Object.fromEntries(sortedHashes(input.files)))) as unknown as Manifest;
}

/**
 * The text of the manifest `buildManifest(input)` makes, byte for byte, with
 * no manifest made: each release and each file's hash is written as it is
 * read, so at 50,000 regions the 50,000 releases and 200,000 hashes (over
 * 100 MB as objects) never exist at once. For builds that write it and keep
 * nothing of it.
 */
export function manifestPieces(input: ManifestInput): Generator<string> {
  return jsonPieces(manifestFields(input, new StreamedList(input.releases), new StreamedRecord(sortedHashes(input.files))));
}

/**
 * The manifest's text in pieces: the same bytes as
 * `JSON.stringify(manifest, null, 2) + '\n'`, but its long lists (releases,
 * sha256) one member at a time, so the 40 MB of a 50,000-region manifest
 * never has to exist as one string.
 */
export function manifestText(manifest: Manifest): Generator<string> {
  return jsonPieces(Object.entries(manifest));
}

/** The manifest's fields in the order it is written. */
function manifestFields(input: ManifestInput, releases: unknown, sha256: unknown): Array<[string, unknown]> {
  return [
    ['campaign', input.campaign],
    ['date', input.date],
    ['embargo', input.embargo],
    ['formats', input.formats],
    ['releases', releases],
    ['newsrooms', input.newsrooms],
    ['sha256', sha256],
    ['inputHashes', Object.fromEntries(input.inputHashes)],
  ];
}

/**
 * Every file's [path, sha256], sorted by path. One string per file while
 * sorting, path then hash ("\0" sorts before any path character): a third of
 * the memory of a record per file at 200,000 files. Paths all have a "/" or
 * an extension, so none is an array index, which an object would put first:
 * the pairs are in the order an object made of them is written.
 */
function* sortedHashes(files: ManifestInput['files']): Generator<[string, string]> {
  const lines: string[] = [];
  for (const group of files) for (const f of group) lines.push(`${f.path}\0${f.sha256}`);
  lines.sort(compareCodePoints);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    lines[i] = '';
    const cut = line.indexOf('\0');
    yield [line.slice(0, cut), line.slice(cut + 1)];
  }
}

/** A JSON array whose items are made as it is written. */
class StreamedList {
  constructor(readonly items: Iterable<unknown>) {}
}

/** A JSON object whose members are made as it is written. */
class StreamedRecord {
  constructor(readonly entries: Iterable<[string, unknown]>) {}
}

/** A two-level JSON document as JSON.stringify(…, null, 2) + '\n' writes it, one member of each long list at a time. */
function* jsonPieces(fields: ReadonlyArray<[string, unknown]>): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    const items = value instanceof StreamedList ? value.items : Array.isArray(value) ? (value as unknown[]) : null;
    const entries = value instanceof StreamedRecord ? value.entries : items === null && value !== null && typeof value === 'object' ? Object.entries(value) : null;
    if (items) yield* members('[', ']', lazily(items, (item) => indented(item)));
    else if (entries) yield* members('{', '}', definedMembers(entries));
    else yield JSON.stringify(value);
  }
  yield first ? '}\n' : '\n}\n';
}

function* definedMembers(entries: Iterable<[string, unknown]>): Generator<string> {
  for (const [k, v] of entries) if (v !== undefined) yield `${JSON.stringify(k)}: ${indented(v)}`;
}

/** A value as JSON.stringify(…, null, 2) writes it two levels down. */
function indented(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n    ');
}

function* lazily<T>(items: Iterable<T>, text: (item: T) => string): Generator<string> {
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
