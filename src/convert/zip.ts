import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  path: string;
  content: string | Uint8Array;
}

/** Already-compressed content gains nothing from deflate: stored as it is. */
const STORED = /\.(png|docx|zip|jpe?g|gif|woff2?)$/i;

/**
 * A zip whose bytes depend only on its entries and `date`: entries in the
 * order given, every timestamp noon on `date`, fixed compression level and
 * attributes. Zip timestamps are local DOS times, which fflate takes from the
 * machine's zone: a Date built from local fields gives the same fields back
 * in any zone (noon, so no zone's daylight-saving jump can skip it).
 */
export function reproducibleZip(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const files: Zippable = {};
  for (const entry of entries) {
    if (Object.hasOwn(files, entry.path)) throw new Error(`two zip entries named ${entry.path}`);
    const bytes = typeof entry.content === 'string' ? new TextEncoder().encode(entry.content) : entry.content;
    files[entry.path] = [bytes, { level: STORED.test(entry.path) ? 0 : 6, mtime, os: 3, attrs: 0o100644 << 16 }];
  }
  // fflate writes entries in key order; object keys keep insertion order
  // except integer-like ones, which no path with a `/` or `.` is.
  return zipSync(files, { mtime });
}

/** Every entry of a zip, in archive order, directories left out. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(bytes))
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, content]) => ({ path, content }));
}
