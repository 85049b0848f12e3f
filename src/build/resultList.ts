import type { ReleaseAudit } from '../audit/auditReleases.js';
import type { RegionStory } from '../model.js';
import { changeHeadline } from '../render/helpers/changeHeadline.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import { roundTo2, type ManifestRelease } from '../write/manifest.js';
import { hasProblems, type RegionOutcome } from './regionBuild.js';
import { ResultSpill } from './resultSpill.js';

/** What is kept of a region once its files are out: small enough for 50,000 regions. */
export interface RegionResult extends Omit<RegionOutcome, 'files'> {
  region: string;
  slug: string;
  /** The primary measure's figures, as the manifest gives them. */
  figures: ManifestRelease['figures'];
  /** The index's change column, e.g. "up 89%", "not known". */
  change: string;
  /** Every file of the region. */
  paths: string[];
  /** The sha256 of each path, hex, one after another. */
  sha256: string;
  /** How many of those files were written rather than kept from the previous build. */
  written: number;
  /** Per path, 1 when written, 0 when kept from the previous build. */
  writtenFlags: string;
  inputHash: string;
  /** Nothing to report: the next build may keep its files without rendering it. */
  reusable: boolean;
  rendered?: RenderedRelease[];
  audits?: ReleaseAudit[];
}

/** A result as `encodeResult` makes it: UTF-8 JSON, as a worker hands it over (its buffer transferred, not copied). */
export type EncodedResult = Uint8Array<ArrayBuffer>;

const NONE: never[] = Object.freeze([]) as unknown as never[];

/** What is kept of a region's outcome, with what the index and manifest say of its story. */
export function regionResult(outcome: RegionOutcome, story: RegionStory, inputHash: string, primary: string): RegionResult {
  const { files, ...rest } = outcome;
  const figures = story.figures[primary]!;
  return {
    ...rest,
    paths: files.map((f) => f.path),
    sha256: files.map((f) => f.sha256).join(''),
    written: files.filter((f) => f.written).length,
    writtenFlags: files.map((f) => (f.written ? '1' : '0')).join(''),
    inputHash,
    reusable: !hasProblems(outcome),
    // One shared empty list instead of five per region.
    buildDiagnostics: outcome.buildDiagnostics.length ? outcome.buildDiagnostics : NONE,
    leakDiagnostics: outcome.leakDiagnostics.length ? outcome.leakDiagnostics : NONE,
    wrongEmbargo: outcome.wrongEmbargo.length ? outcome.wrongEmbargo : NONE,
    findings: outcome.findings.length ? outcome.findings : NONE,
    region: story.region.name,
    slug: story.region.slug,
    figures: { previous: figures.previous, current: figures.current, changePercent: roundTo2(figures.change.percent), direction: figures.change.direction },
    change: figures.current === null ? 'not known' : changeHeadline(figures),
  };
}

/**
 * A result as bytes. A worker sends its results so: the main thread then
 * stores them as they come, rather than rebuilding each as objects from the
 * message only to encode it again, which kept its young generation at its
 * largest for the whole build.
 */
export function encodeResult(result: RegionResult): EncodedResult {
  // Not Buffer.from(string): a small one is a slice of a shared 8 KB pool, which a transfer would take whole.
  return new TextEncoder().encode(JSON.stringify(result));
}

/**
 * What a build keeps of each region until the index and manifest are made, in
 * region order. When the files are being written, each result is kept as
 * its JSON, UTF-8 encoded, in a scratch file in the staging folder (see
 * ResultSpill), and read back one at a time: at 50,000 regions some 60 MB
 * that would otherwise stay in memory to the end of the build, the time of
 * its peak (the index page and the manifest are made then). Bytes, not a
 * string: V8 makes JSON.stringify's result two bytes a character whenever
 * any string in the result was, as most are once they have crossed from a
 * worker.
 * When nothing is written (check, preview) results hold the rendered
 * releases themselves, which only live objects can, and are kept as they are.
 *
 * A region that was never built (the converters could not be set up) has no
 * result and is passed over. `close()` lets the scratch file go.
 */
export class ResultList implements Iterable<RegionResult> {
  private readonly items: Array<RegionResult | undefined>;
  private readonly spill: ResultSpill | null;
  /** Where each region's bytes start in the spill; -1 when not built. */
  private readonly offsets: Float64Array;
  private readonly lengths: Uint32Array;
  /** How many regions the list has room for, built or not. */
  readonly length: number;

  /** `spillTo`: the folder to keep results in as JSON (the staging folder); null keeps them as objects. */
  constructor(length: number, spillTo: string | null) {
    this.spill = spillTo === null ? null : new ResultSpill(spillTo);
    this.items = this.spill ? [] : new Array<RegionResult | undefined>(length).fill(undefined);
    this.offsets = new Float64Array(this.spill ? length : 0).fill(-1);
    this.lengths = new Uint32Array(this.spill ? length : 0);
    this.length = length;
  }

  set(index: number, result: RegionResult): void {
    if (this.spill) this.setEncoded(index, encodeResult(result));
    else this.items[index] = result;
  }

  /** A result already encoded (by a worker); kept as it is. */
  setEncoded(index: number, result: EncodedResult): void {
    if (!this.spill) {
      this.items[index] = decode(result);
      return;
    }
    this.offsets[index] = this.spill.append(result);
    this.lengths[index] = result.byteLength;
  }

  /** The result of the region at `index`; a fresh copy each time when kept as JSON. */
  at(index: number): RegionResult | undefined {
    if (!this.spill) return this.items[index];
    const offset = this.offsets[index]!;
    return offset < 0 ? undefined : decode(this.spill.read(offset, this.lengths[index]!));
  }

  *[Symbol.iterator](): Iterator<RegionResult> {
    for (let index = 0; index < this.length; index++) {
      const result = this.at(index);
      if (result) yield result;
    }
  }

  /** Like Array.prototype.flatMap, reading one result at a time. */
  flatMap<T>(f: (result: RegionResult) => readonly T[]): T[] {
    const out: T[] = [];
    for (const result of this) for (const item of f(result)) out.push(item);
    return out;
  }

  /** Lets the scratch file go; the list is empty after. */
  close(): void {
    this.spill?.close();
    this.offsets.fill(-1);
  }
}

function decode(encoded: Uint8Array): RegionResult {
  return JSON.parse(Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength).toString('utf8')) as RegionResult;
}
