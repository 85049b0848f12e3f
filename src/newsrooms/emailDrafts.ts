import { markdownBlocks } from '../convert/blocks.js';
import { svgSize } from '../convert/chart/svg.js';
import { wants, type Delivery, type ForceChart } from '../convert/delivery.js';
import type { Format } from '../convert/formats.js';
import type { Campaign, Newsroom } from '../model.js';
import type { OutputFile } from '../write/sink.js';
import { emailName } from './bundle.js';

/** What writes the drafts, loaded once per thread when eml is asked for. */
export interface EmailMakers {
  releaseEmail: typeof import('../convert/eml/releaseEmail.js').releaseEmail;
  plainText: typeof import('../convert/plainText.js').plainText;
}

/** The email code, imported only when eml is asked for. */
export async function createEmailMakers(formats: ReadonlySet<Format>): Promise<EmailMakers | null> {
  if (!formats.has('eml')) return null;
  const { releaseEmail } = await import('../convert/eml/releaseEmail.js');
  const { plainText } = await import('../convert/plainText.js');
  return { releaseEmail, plainText };
}

/**
 * The email draft of each of a force's releases for each newsroom covering
 * it, as `newsrooms/<newsroom>/<force>.eml`: made with the force's releases,
 * while their HTML and chart are at hand; the bundle lists them later.
 */
export function emailDrafts(
  force: { name: string; slug: string },
  deliveries: readonly Delivery[],
  chart: ForceChart,
  settings: { campaign: Campaign; newsrooms: readonly Newsroom[]; formats: ReadonlySet<Format>; date: string },
  makers: EmailMakers,
): OutputFile[] {
  const { campaign, date } = settings;
  const publisher = campaign.publisher;
  const drafts: OutputFile[] = [];
  for (const newsroom of settings.newsrooms) {
    if (!newsroom.forces.includes(force.name)) continue;
    for (const { release, content } of deliveries) {
      if (!wants(settings.formats, release, 'eml')) continue;
      drafts.push({
        path: `newsrooms/${newsroom.slug}/${emailName(release.output)}`,
        content: makers.releaseEmail({
          key: [campaign.id, newsroom.slug, release.output, date].join('\n'),
          subject: release.headline,
          to: { name: newsroom.name, address: newsroom.email },
          from: publisher.email ? { name: publisher.name, address: publisher.email } : null,
          date,
          timeZone: campaign.style.timeZone,
          text: makers.plainText(markdownBlocks(release.markdown)),
          html: content ?? '',
          chart: chart.png ? { png: chart.png, ...svgSize(chart.svg), description: chart.spec.description, fileName: `${force.slug}-chart.png` } : null,
        }),
      });
    }
  }
  return drafts;
}
