import type { RegionResult } from './buildRegions.js';

/**
 * What a build keeps of each region until the index and manifest are made, in
 * region order. When the files are being written, each result is kept as
 * its JSON, UTF-8 encoded, and read back one at a time: about 1.2 KB a
 * region rather than a few KB of objects (its releases, file paths, hashes,
 * figures). Bytes, not a string: V8 makes JSON.stringify's result two bytes
 * a character whenever any string in the result was, as most are once they
 * have crossed from a worker.
 * When nothing is written (check, preview) results hold the rendered
 * releases themselves, which only live objects can, and are kept as they are.
 *
 * A region that was never built (the converters could not be set up) has no
 * result and is passed over.
 */
export class ResultList implements Iterable<RegionResult> {
  private readonly items: Array<RegionResult | Buffer | undefined>;

  constructor(
    length: number,
    private readonly asJson: boolean,
  ) {
    this.items = new Array<RegionResult | Buffer | undefined>(length).fill(undefined);
  }

  /** How many regions the list has room for, built or not. */
  get length(): number {
    return this.items.length;
  }

  set(index: number, result: RegionResult): void {
    this.items[index] = this.asJson ? Buffer.from(JSON.stringify(result)) : result;
  }

  /** The result of the region at `index`; a fresh copy each time when kept as JSON. */
  at(index: number): RegionResult | undefined {
    const item = this.items[index];
    return Buffer.isBuffer(item) ? (JSON.parse(item.toString('utf8')) as RegionResult) : item;
  }

  *[Symbol.iterator](): Iterator<RegionResult> {
    for (let index = 0; index < this.items.length; index++) {
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
}
