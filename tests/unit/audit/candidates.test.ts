/**
 * regionCandidates given the keys a release will look up makes only the
 * candidates under those keys: the traces must be exactly those made from
 * every candidate, whatever the copy holds (years that are also counts,
 * words, percentages, figures no candidate prints).
 */
import { regionCandidates } from '../../../src/audit/candidates.js';
import { findMentions } from '../../../src/audit/mentions.js';
import { lineLookup, type ReleasePart } from '../../../src/audit/releaseText.js';
import { traceFigures, wantedKeys } from '../../../src/audit/traceFigures.js';
import type { RegionStory, ValidCampaign } from '../../../src/model.js';
import { regionContext } from '../../../src/render/context.js';
import { accuracyCampaign } from '../../support/accuracyFixture.js';

let valid: ValidCampaign;
let stories: RegionStory[];
beforeAll(async () => {
  ({ valid, stories } = await accuracyCampaign());
});

const COPY = [
  'Offences rose from 119 to 226 in 2019/20, up 90% (almost double), or nine a week.',
  'Over the five years to 2019/20 the force recorded 1,024 offences; in 2019 alone 226.',
  'That is 107 more than the year before, and more than 50 per cent of all offences.',
  'A made-up figure: 12,345 offences, and 33 per cent.',
].join('\n\n');

function part(text: string): ReleasePart {
  return { name: 'body', text, mentions: findMentions(text), sourceAt: () => null, fixedAt: () => false, lineAt: lineLookup(text) };
}

describe('regionCandidates with the wanted keys', () => {
  it.each(['Synthetic Area 00001', 'Synthetic Area 00002', 'Synthetic Area 00042'])('%s: the same traces as from every candidate', (area) => {
    const story = stories.find((s) => s.region.name === area)!;
    const context = regionContext(valid.campaign, story, []);
    const parts = [part(COPY)];
    const fixed = { file: 'release.md.hbs', texts: [] };
    const every = traceFigures(parts, regionCandidates(valid.campaign, story, context), fixed);
    const wanted = wantedKeys(parts);
    const only = regionCandidates(valid.campaign, story, context, undefined, undefined, wanted);
    expect(traceFigures(parts, only, fixed)).toEqual(every);
    // Something was traced and something was not, so the comparison means something.
    expect(every.some((f) => f.status === 'traced')).toBe(true);
    expect(every.some((f) => f.status === 'untraced')).toBe(true);
    expect([...only.index.keys()].every((key) => wanted.has(key))).toBe(true);
  });

  it('a count that reads as a year is traced through the wanted keys too', () => {
    const base = stories.find((s) => s.region.name === 'Synthetic Area 00001')!;
    const offences = { ...base.figures.offences!, current: 1990 };
    const story: RegionStory = { ...base, figures: { ...base.figures, offences } };
    const context = regionContext(valid.campaign, story, []);
    const parts = [part('This year 1990 offences were recorded.')];
    const fixed = { file: 'release.md.hbs', texts: [] };
    const traces = traceFigures(parts, regionCandidates(valid.campaign, story, context, undefined, undefined, wantedKeys(parts)), fixed);
    expect(traces).toEqual(traceFigures(parts, regionCandidates(valid.campaign, story, context), fixed));
    expect(traces.map((f) => [f.text, f.kind, f.status, f.source])).toEqual([['1990', 'year', 'traced', 'offences.current']]);
  });

  it('a year is looked up as a count too', () => {
    const keys = wantedKeys([part('In 2019 there were more.')]);
    expect([...keys]).toEqual(expect.arrayContaining(['count:2019']));
    expect(keys.size).toBe(2);
  });
});
