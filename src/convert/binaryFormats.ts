import type { Diagnostic } from '../errors/diagnostic.js';
import { isDiagnostic } from '../load/readSourceFile.js';
import type { RasterAssets } from '../load/loadRasterAssets.js';
import type { Campaign } from '../model.js';
import { markdownBlocks } from './blocks.js';
import { svgSize } from './chart/svg.js';
import { wants, type Delivery, type ForceChart } from './delivery.js';
import type { Format } from './formats.js';

/** Whether any asked-for format needs the chart as a PNG (email and Word cannot show SVG). */
export function needsPng(formats: ReadonlySet<Format>): boolean {
  return formats.has('png') || formats.has('docx') || formats.has('eml');
}

/** What makes the chart PNGs and Word documents, loaded once per thread. */
export interface BinaryMakers {
  toPng: ((svg: string) => Uint8Array) | null;
  toDocx: typeof import('./docx/releaseDocx.js').releaseDocx | null;
}

/**
 * The PNG renderer and the Word writer, for the formats asked for. Their code
 * (resvg's WebAssembly, the docx package) is imported here, on demand, so a
 * default build never loads it.
 */
export async function createBinaryMakers(formats: ReadonlySet<Format>, loadAssets: () => Promise<RasterAssets | Diagnostic>): Promise<BinaryMakers | Diagnostic> {
  let toPng: BinaryMakers['toPng'] = null;
  if (needsPng(formats)) {
    const assets = await loadAssets();
    if (isDiagnostic(assets)) return assets;
    const { createPngRenderer } = await import('./chart/png.js');
    toPng = await createPngRenderer(assets);
  }
  const toDocx = formats.has('docx') ? (await import('./docx/releaseDocx.js')).releaseDocx : null;
  return { toPng, toDocx };
}

/**
 * A force's chart PNG and its releases' Word documents: fills in the chart's
 * `png` and each delivery's `files`, and hands each file to `put`.
 */
export async function addBinaryFormats(
  deliveries: readonly Delivery[],
  chart: ForceChart,
  slug: string,
  formats: ReadonlySet<Format>,
  settings: { campaign: Campaign; date: string; makers: BinaryMakers },
  put: (path: string, content: Uint8Array) => void,
): Promise<void> {
  const { toPng, toDocx } = settings.makers;
  if (toPng) {
    chart.png = toPng(chart.svg);
    if (formats.has('png')) {
      put(`${slug}/chart.png`, chart.png);
      for (const delivery of deliveries) delivery.files.png = `${slug}/chart.png`;
    }
  }
  if (!toDocx) return;
  for (const delivery of deliveries) {
    if (!wants(formats, delivery.release, 'docx')) continue;
    const path = `${delivery.release.output}.docx`;
    put(
      path,
      await toDocx({
        blocks: markdownBlocks(delivery.release.markdown),
        headline: delivery.release.headline,
        creator: settings.campaign.publisher.name,
        date: settings.date,
        chart: chart.png ? { png: chart.png, ...svgSize(chart.svg), title: chart.spec.title, description: chart.spec.description } : null,
      }),
    );
    delivery.files.docx = path;
  }
}
