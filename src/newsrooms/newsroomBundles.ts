import { reproducibleZip } from '../convert/zip.js';
import { compareCodePoints } from '../load/listFolder.js';
import type { Campaign, Newsroom, RegionStory } from '../model.js';
import type { FileRecord, OutputSink } from '../write/sink.js';
import { emailName, type BundleRelease, type ManifestNewsroom } from './bundle.js';
import { figuresCsv } from './figuresCsv.js';

/** A region built in this run, as a bundle needs it. */
export interface BundleRegion {
  region: string;
  slug: string;
  releases: ReadonlyArray<{ output: string; files: Partial<Record<string, string>> }>;
}

export interface NewsroomInput {
  campaign: Campaign;
  newsrooms: readonly Newsroom[];
  /** The regions built, in the build's order. */
  regions: readonly BundleRegion[];
  /** Every file made so far, by path (the email drafts among them, made with each region). */
  files: ReadonlyArray<Pick<FileRecord, 'path' | 'sha256' | 'written'>>;
  /** Where the files are: the copies are made there, and the zip reads them back. */
  sink: OutputSink;
  /** A force's figures, for the newsroom's CSV. */
  storyOf: (slug: string) => RegionStory | undefined;
  date: string;
}

export interface NewsroomBundles {
  /** The files added: copies, figures and zips (the email drafts are already listed with their region). */
  files: FileRecord[];
  manifest: ManifestNewsroom[];
  /** What the index lists of each bundle. */
  index: Array<{ newsroom: string; forces: string; folder: string; zip: string }>;
}

/**
 * `out/newsrooms/<newsroom>/` for each newsroom with a force in this build
 * (`--only` leaves the others out, and a newsroom with none gets no bundle): a
 * copy of each of its forces' files in every format built (same paths as
 * under out/, hard-linked where written to disk), the email draft of each
 * release (already made with its region), the figures as CSV, and a zip of
 * all of it, reproducible byte for byte. Everything is read back from the
 * sink, one newsroom at a time, so no bundle needs the whole build in memory.
 */
export function newsroomBundles(input: NewsroomInput): NewsroomBundles {
  const out: NewsroomBundles = { files: [], manifest: [], index: [] };
  if (input.newsrooms.length === 0) return out;
  const { sink } = input;
  const record = new Map(input.files.map((f) => [f.path, f]));
  const byName = new Map<string, BundleRegion[]>();
  for (const region of input.regions) byName.set(region.region, [...(byName.get(region.region) ?? []), region]);
  for (const newsroom of input.newsrooms) {
    const regions = newsroom.forces.flatMap((force) => byName.get(force) ?? []);
    const releases: BundleRelease[] = regions.flatMap((r) => r.releases.map((release) => ({ region: r.region, slug: r.slug, output: release.output, files: { ...release.files } as Record<string, string> })));
    if (releases.length === 0) continue;
    const folder = `newsrooms/${newsroom.slug}`;
    // What goes in the folder, made in path order: copies of its forces' files, their email drafts, the figures.
    const plan = new Map<string, () => FileRecord>();
    for (const release of releases) {
      for (const path of Object.values(release.files)) {
        const original = record.get(path);
        if (original && !plan.has(path)) plan.set(path, () => sink.copy({ ...original }, `${folder}/${path}`));
      }
      const email = record.get(`${folder}/${emailName(release.output)}`);
      if (email) plan.set(emailName(release.output), () => ({ ...email }));
    }
    const stories = [...new Set(regions.map((r) => r.slug))].flatMap((slug) => input.storyOf(slug) ?? []);
    plan.set('figures.csv', () => sink.put(`${folder}/figures.csv`, figuresCsv(input.campaign, stories)));
    const inside = new Map([...plan.keys()].sort(compareCodePoints).map((path) => [path, plan.get(path)!()]));
    const paths = [...inside.keys()];
    const zipName = `${newsroom.slug}.zip`;
    const zip = reproducibleZip(paths.map((path) => ({ path: `${newsroom.slug}/${path}`, content: sink.read(inside.get(path)!.path) })), input.date);
    const zipFile = sink.put(`${folder}/${zipName}`, zip);
    const bundleFiles = [...paths.map((path) => inside.get(path)!), zipFile];
    out.files.push(...bundleFiles.filter((f) => !record.has(f.path)));
    const manifest: ManifestNewsroom = {
      newsroom: newsroom.name,
      slug: newsroom.slug,
      email: newsroom.email,
      forces: [...new Set(releases.map((r) => r.region))],
      folder,
      zip: `${folder}/${zipName}`,
      files: bundleFiles.map((f) => f.path),
    };
    out.manifest.push(manifest);
    out.index.push({ newsroom: manifest.newsroom, forces: manifest.forces.join(', '), folder, zip: manifest.zip });
  }
  return out;
}
