import { markdownBlocks } from '../convert/blocks.js';
import { svgSize } from '../convert/chart/svg.js';
import { wants, type Delivery, type ForceChart } from '../convert/delivery.js';
import type { Format } from '../convert/formats.js';
import type { Campaign, Newsroom, RegionStory } from '../model.js';
import type { OutputFile } from '../write/stagedOutput.js';
import { newsroomBundle, type BundleRelease, type ManifestNewsroom } from './bundle.js';
import { figuresCsv } from './figuresCsv.js';

export interface NewsroomInput {
  campaign: Campaign;
  newsrooms: readonly Newsroom[];
  deliveries: readonly Delivery[];
  charts: ReadonlyMap<string, ForceChart>;
  /** Every file made so far, to copy into the bundles. */
  files: readonly OutputFile[];
  formats: ReadonlySet<Format>;
  date: string;
}

/**
 * A bundle per newsroom holding the releases of the forces it covers (those
 * built in this run: `--only` leaves the others out, and a newsroom with none
 * gets no bundle). The email code is imported only when eml is asked for.
 */
export async function newsroomBundles(input: NewsroomInput): Promise<{ files: OutputFile[]; manifest: ManifestNewsroom[] }> {
  const { campaign, formats, date } = input;
  const contents = new Map(input.files.map((f) => [f.path, f.content]));
  const email = formats.has('eml') ? await emailMaker(input) : null;
  const files: OutputFile[] = [];
  const manifest: ManifestNewsroom[] = [];
  for (const newsroom of input.newsrooms) {
    const deliveries = newsroom.forces.flatMap((force) => input.deliveries.filter((d) => d.release.story.region.name === force));
    if (deliveries.length === 0) continue;
    const byOutput = new Map(deliveries.map((d) => [d.release.output, d]));
    const releases: BundleRelease[] = deliveries.map((d) => ({ region: d.release.story.region.name, slug: d.release.story.region.slug, output: d.release.output, files: { ...d.files } }));
    const stories = [...new Set(deliveries.map((d) => d.release.story))] as RegionStory[];
    const bundle = newsroomBundle({
      newsroom,
      releases,
      figuresCsv: figuresCsv(campaign, stories),
      contents,
      email: email ? (release) => email(newsroom, byOutput.get(release.output)!) : null,
      date,
    });
    files.push(...bundle.files);
    manifest.push(bundle.manifest);
  }
  return { files, manifest };
}

async function emailMaker(input: NewsroomInput): Promise<(newsroom: Newsroom, delivery: Delivery) => string | null> {
  const { releaseEmail } = await import('../convert/eml/releaseEmail.js');
  const { plainText } = await import('../convert/plainText.js');
  const { campaign, charts, date } = input;
  const publisher = campaign.publisher;
  return (newsroom, delivery) => {
    const { release } = delivery;
    if (!wants(input.formats, release, 'eml')) return null;
    const chart = charts.get(release.story.region.slug);
    return releaseEmail({
      key: [campaign.id, newsroom.slug, release.output, date].join('\n'),
      subject: release.headline,
      to: { name: newsroom.name, address: newsroom.email },
      from: publisher.email ? { name: publisher.name, address: publisher.email } : null,
      date,
      timeZone: campaign.style.timeZone,
      text: plainText(markdownBlocks(delivery.release.markdown)),
      html: delivery.content ?? '',
      chart: chart?.png ? { png: chart.png, ...svgSize(chart.svg), description: chart.spec.description, fileName: `${release.story.region.slug}-chart.png` } : null,
    });
  };
}
