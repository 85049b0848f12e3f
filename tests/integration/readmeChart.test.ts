import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chartSpec } from '../../src/convert/chart/chartSpec.js';
import { chartSvg } from '../../src/convert/chart/svg.js';
import { exampleCampaign, storyOf } from '../support/example.js';
import { repoRoot } from '../support/paths.js';

describe('the chart shown in README', () => {
  it("is Hampshire's chart as patchpress draws it now", async () => {
    const { valid, stories } = await exampleCampaign();
    const committed = await readFile(join(repoRoot, 'docs/hampshire-chart.svg'), 'utf8');
    // If this fails after a change to the chart, refresh the picture:
    //   npm run build && node dist/cli/bin.js build --date 2020-09-03 && cp out/hampshire/chart.svg docs/hampshire-chart.svg
    expect(committed).toBe(chartSvg(chartSpec(valid.campaign, storyOf(stories, 'hampshire'))));
  });
});
