import type { Diagnostic } from '../errors/diagnostic.js';
import { isDiagnostic } from '../load/readSourceFile.js';
import type { RasterAssets } from '../load/loadRasterAssets.js';
import type { Campaign } from '../model.js';
import type { OutputFile } from '../write/stagedOutput.js';
import { markdownBlocks } from './blocks.js';
import { svgSize } from './chart/svg.js';
import { wants, type Delivery, type ForceChart } from './delivery.js';
import type { Format } from './formats.js';

/** Whether any asked-for format needs the chart as a PNG (email and Word cannot show SVG). */
export function needsPng(formats: ReadonlySet<Format>): boolean {
  return formats.has('png') || formats.has('docx') || formats.has('eml');
}

/**
 * The chart PNGs and Word documents. Their code (resvg's WebAssembly, the
 * docx package) is imported here, on demand, so a default build never loads
 * it. Fills in each chart's `png` and each delivery's `files`.
 */
export async function addBinaryFormats(
  deliveries: readonly Delivery[],
  charts: ReadonlyMap<string, ForceChart>,
  formats: ReadonlySet<Format>,
  campaign: Campaign,
  date: string,
  loadAssets: () => Promise<RasterAssets | Diagnostic>,
): Promise<{ files: OutputFile[]; diagnostics: Diagnostic[] }> {
  const files: OutputFile[] = [];
  if (!needsPng(formats)) return { files, diagnostics: [] };
  const assets = await loadAssets();
  if (isDiagnostic(assets)) return { files, diagnostics: [assets] };
  const { createPngRenderer } = await import('./chart/png.js');
  const toPng = await createPngRenderer(assets);
  for (const [slug, chart] of charts) {
    chart.png = toPng(chart.svg);
    if (formats.has('png')) files.push({ path: `${slug}/chart.png`, content: chart.png });
  }
  for (const delivery of deliveries) {
    const chart = charts.get(delivery.release.story.region.slug);
    if (formats.has('png') && chart) delivery.files.png = `${delivery.release.story.region.slug}/chart.png`;
  }

  if (formats.has('docx')) {
    const { releaseDocx } = await import('./docx/releaseDocx.js');
    for (const delivery of deliveries) {
      if (!wants(formats, delivery.release, 'docx')) continue;
      const chart = charts.get(delivery.release.story.region.slug);
      const path = `${delivery.release.output}.docx`;
      const content = await releaseDocx({
        blocks: markdownBlocks(delivery.release.markdown),
        headline: delivery.release.headline,
        creator: campaign.publisher.name,
        date,
        chart: chart?.png ? { png: chart.png, ...svgSize(chart.svg), title: chart.spec.title, description: chart.spec.description } : null,
      });
      files.push({ path, content });
      delivery.files.docx = path;
    }
  }
  return { files, diagnostics: [] };
}
