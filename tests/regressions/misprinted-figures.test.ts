/**
 * Local papers that rewrote the releases behind the example printed wrong
 * figures: a 119 → 226 rise (+90%) as "14%", 303 → 369 (+22%) as "322 per
 * cent", 6 → 43 (+617%) as "716 per cent", a 51% rise as "doubled", and
 * 81 → 151 (+86%) as "54 per cent". Each misprint, written into a release for
 * a synthetic area with those counts, must be caught; the right phrasing must
 * trace.
 */
import { regionCandidates } from '../../src/audit/candidates.js';
import { lintRelease } from '../../src/audit/lint.js';
import { findMentions } from '../../src/audit/mentions.js';
import { lineLookup, type ReleasePart } from '../../src/audit/releaseText.js';
import { traceFigures, type FigureTrace } from '../../src/audit/traceFigures.js';
import type { RegionStory, ValidCampaign } from '../../src/model.js';
import { regionContext } from '../../src/render/context.js';
import { accuracyCampaign } from '../support/accuracyFixture.js';

let valid: ValidCampaign;
let stories: RegionStory[];
beforeAll(async () => {
  ({ valid, stories } = await accuracyCampaign());
});

function traceIn(area: string, sentence: string): FigureTrace[] {
  const story = stories.find((s) => s.region.name === area)!;
  const part: ReleasePart = { name: 'body', text: sentence, mentions: findMentions(sentence), sourceAt: () => null, fixedAt: () => false, lineAt: lineLookup(sentence) };
  return traceFigures([part], regionCandidates(valid.campaign, story, regionContext(valid.campaign, story, [])), { file: 'release.md.hbs', texts: [] });
}

describe('misprinted figures from the local papers', () => {
  it.each([
    ['Synthetic Area 00001', 'Offences rose by 14%.', '14%'],
    ['Synthetic Area 00002', 'Offences rose by 322 per cent.', '322 per cent'],
    ['Synthetic Area 00042', 'Offences rose by 716 per cent.', '716 per cent'],
    ['Synthetic Area 00003', 'Offences have doubled.', 'doubled'],
    ['Synthetic Area 00005', 'Offences rose by 54 per cent.', '54 per cent'],
  ])('%s: "%s" is caught', (area, sentence, text) => {
    expect(traceIn(area, sentence).map((f) => [f.text, f.status])).toEqual([[text, 'untraced']]);
  });

  it.each([
    // (226 − 119) ÷ 119 = 89.9%
    ['Synthetic Area 00001', 'Offences rose by 90%.', 'offences.change.percent (2018/19 → 2019/20) = (226 − 119) ÷ 119 × 100 = 89.92, via percent → "90%"'],
    // (369 − 303) ÷ 303 = 21.8%
    ['Synthetic Area 00002', 'Offences rose by 22 per cent.', 'offences.change.percent (2018/19 → 2019/20) = (369 − 303) ÷ 303 × 100 = 21.78, via perCent → "22 per cent"'],
    // (151 − 100) ÷ 100 = 51%: more than 50 per cent, not doubled
    ['Synthetic Area 00003', 'Offences rose by more than 50 per cent.', 'offences.change.percent (2018/19 → 2019/20) = (151 − 100) ÷ 100 × 100 = 51, via approx → "more than 50 per cent"'],
    // (151 − 81) ÷ 81 = 86.4%
    ['Synthetic Area 00005', 'Offences rose by 86 per cent.', 'offences.change.percent (2018/19 → 2019/20) = (151 − 81) ÷ 81 × 100 = 86.42, via perCent → "86 per cent"'],
  ])('%s: "%s" traces', (area, sentence, trace) => {
    expect(traceIn(area, sentence).map((f) => f.trace)).toEqual([trace]);
  });

  it('Synthetic Area 00042: even the true 617 per cent is refused, as a change from a small base', () => {
    const sentence = 'Offences rose by 617 per cent.';
    const traces = traceIn('Synthetic Area 00042', sentence);
    expect(traces.map((f) => f.status)).toEqual(['traced']);
    const part: ReleasePart = { name: 'body', text: sentence, mentions: findMentions(sentence), sourceAt: () => null, fixedAt: () => false, lineAt: lineLookup(sentence) };
    expect(lintRelease([part], traces, valid.campaign.style).map((f) => `${f.rule}: ${f.message}`)).toEqual(['small-base-percent: "617 per cent" is a change worked out from a count under 10']);
  });
});
