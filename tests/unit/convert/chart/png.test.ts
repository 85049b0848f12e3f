import { PNG } from 'pngjs';
import { chartSpec } from '../../../../src/convert/chart/chartSpec.js';
import { createPngRenderer, PNG_SCALE } from '../../../../src/convert/chart/png.js';
import { chartSvg, svgSize } from '../../../../src/convert/chart/svg.js';
import { loadRasterAssets, type RasterAssets } from '../../../../src/load/loadRasterAssets.js';
import { exampleCampaign, storyOf } from '../../../support/example.js';

describe('chart PNG', () => {
  let svg: string;
  let render: (svg: string) => Uint8Array;

  beforeAll(async () => {
    const { valid, stories } = await exampleCampaign();
    svg = chartSvg(chartSpec(valid.campaign, storyOf(stories, 'hampshire')));
    render = await createPngRenderer((await loadRasterAssets()) as RasterAssets);
  });

  it('decodes to twice the SVG size, white behind the chart', () => {
    const png = PNG.sync.read(Buffer.from(render(svg)));
    const { width, height } = svgSize(svg);
    expect(PNG_SCALE).toBe(2);
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('draws the bars and the text: dark pixels where the 2019/20 bar stands', () => {
    const png = PNG.sync.read(Buffer.from(render(svg)));
    const dark = (x: number, y: number): boolean => {
      const i = (y * png.width + x) * 4;
      return png.data[i]! < 100 && png.data[i + 2]! > 100;
    };
    // The current bar is the last of five, centred in its slot, and reaches down to the axis.
    const rect = /<rect x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="([\d.]+)" fill="#1d4f91"\/>/.exec(svg)!;
    const [x, y, w, h] = rect.slice(1).map(Number) as [number, number, number, number];
    expect(dark(Math.round((x + w / 2) * 2), Math.round((y + h / 2) * 2))).toBe(true);
  });

  it('gives the same bytes every time', () => {
    expect(Buffer.from(render(svg)).equals(Buffer.from(render(svg)))).toBe(true);
  });
});
