import { reproducibleZip } from '../convert/zip.js';
import { compareCodePoints } from '../load/listFolder.js';
import type { Newsroom } from '../model.js';
import type { OutputFile } from '../write/stagedOutput.js';

/** One release as a newsroom bundle needs it. */
export interface BundleRelease {
  region: string;
  slug: string;
  /** Output path without extension, e.g. `hampshire/release`. */
  output: string;
  /** format → path under out/ (the chart's svg and png are shared by a force's releases). */
  files: Record<string, string>;
}

/** What the manifest says of a newsroom's bundle; paths relative to out/. */
export interface ManifestNewsroom {
  newsroom: string;
  slug: string;
  email: string;
  forces: string[];
  folder: string;
  zip: string;
  files: string[];
}

export interface BundleInput {
  newsroom: Newsroom;
  /** This newsroom's releases, in the order its row lists the forces. */
  releases: readonly BundleRelease[];
  figuresCsv: string;
  /** Every file written so far, by path, to copy into the bundle. */
  contents: ReadonlyMap<string, string | Uint8Array>;
  /** The email draft of a release addressed to this newsroom (null: none for this release); null when eml was not asked for. */
  email: ((release: BundleRelease) => string | null) | null;
  date: string;
}

/**
 * `out/newsrooms/<newsroom>/`: a copy of each of its forces' files in every
 * format built (same paths as under out/), an email draft per release, the
 * figures as CSV, and a zip of all of it, reproducible byte for byte.
 */
export function newsroomBundle(input: BundleInput): { files: OutputFile[]; manifest: ManifestNewsroom } {
  const { newsroom } = input;
  const folder = `newsrooms/${newsroom.slug}`;
  const inside = new Map<string, string | Uint8Array>();
  for (const release of input.releases) {
    for (const path of Object.values(release.files)) {
      const content = input.contents.get(path);
      if (content !== undefined) inside.set(path, content);
    }
    const email = input.email?.(release) ?? null;
    if (email !== null) inside.set(emailName(release.output), email);
  }
  inside.set('figures.csv', input.figuresCsv);
  const paths = [...inside.keys()].sort(compareCodePoints);
  const zipName = `${newsroom.slug}.zip`;
  const zip = reproducibleZip(paths.map((path) => ({ path: `${newsroom.slug}/${path}`, content: inside.get(path)! })), input.date);
  const files: OutputFile[] = [...paths.map((path) => ({ path: `${folder}/${path}`, content: inside.get(path)! })), { path: `${folder}/${zipName}`, content: zip }];
  return {
    files,
    manifest: {
      newsroom: newsroom.name,
      slug: newsroom.slug,
      email: newsroom.email,
      forces: [...new Set(input.releases.map((r) => r.region))],
      folder,
      zip: `${folder}/${zipName}`,
      files: files.map((f) => f.path),
    },
  };
}

/**
 * The draft's file name: `hampshire/release` → `hampshire.eml`; another
 * template's output, `hampshire/short` → `hampshire-short.eml`.
 */
export function emailName(output: string): string {
  return `${output.replace(/\/release$/, '').replaceAll('/', '-')}.eml`;
}
