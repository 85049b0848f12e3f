import { plausibilityReport } from '../../../src/audit/plausibility.js';
import { deriveStories } from '../../../src/derive/deriveStories.js';
import type { Campaign, Region } from '../../../src/model.js';
import { DEFAULT_STYLE } from '../../../src/validate/campaign.js';
import { defaultContacts } from '../../../src/validate/contacts.js';

const PERIODS = ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20'];

const campaign: Campaign = {
  id: 'synthetic-plausibility',
  title: 'Synthetic test campaign',
  publisher: { name: 'Synthetic Charity', helpline: null, email: null, website: null },
  releaseDate: '2020-09-03',
  embargo: null,
  periods: { current: '2019/20', previous: '2018/19', baseline: '2015/16' },
  measures: [{ name: 'offences', label: 'Offences', file: 'offences.csv', kind: 'count', noun: { one: 'offence', many: 'offences' } }],
  national: {},
  chart: { compare: null },
  style: DEFAULT_STYLE,
};

/** A synthetic area with its counts by period (null: blank) and any extra columns. */
function area(n: number, counts: Array<number | null>, extra: Region['extra'] = {}): Region {
  const name = `Synthetic Area ${String(n).padStart(5, '0')}`;
  return {
    name,
    slug: name.toLowerCase().replace(/ /g, '-'),
    nation: 'England',
    extra,
    contacts: defaultContacts(),
    measures: new Map([['offences', { values: Object.fromEntries(PERIODS.map((p, i) => [p, counts[i] ?? null])), line: n + 1 }]]),
  };
}

const report = (regions: Region[]): string[] =>
  plausibilityReport(campaign, deriveStories({ campaign, regions, quotes: [], newsrooms: [] }), (csv) => `data/${csv}`).map((d) => `${d.file}:${d.line} ${d.message}`);

describe('plausibilityReport', () => {
  it('is quiet for data that looks ordinary', () => {
    expect(report([area(1, [null, null, null, 100, 110]), area(2, [null, null, null, 120, 100]), area(3, [null, null, null, 90, 95])])).toEqual([]);
  });

  it('warns on a change beyond ±300%', () => {
    expect(report([area(1, [null, null, null, 100, 110]), area(2, [null, null, null, 120, 100]), area(42, [null, null, null, 6, 43])])).toEqual([
      'data/offences.csv:43 force "Synthetic Area 00042": offences changed by 616.7% (6 → 43), more than ±300%',
    ]);
  });

  it('warns on a count over three times the median area', () => {
    expect(report([area(1, [null, null, null, 100, 110]), area(2, [null, null, null, 120, 100]), area(3, [null, null, null, 90, 95]), area(4, [null, null, null, 110, 331])])).toEqual([
      'data/offences.csv:5 force "Synthetic Area 00004": offences 2019/20 is 331, more than 3 times the median force (105)',
    ]);
  });

  it('warns on a period most areas have and one does not', () => {
    expect(report([area(1, [null, null, null, 100, 110]), area(2, [null, null, null, 120, 100]), area(3, [null, null, null, 90, 95]), area(4, [null, null, null, null, 98])])).toEqual([
      'data/offences.csv:5 force "Synthetic Area 00004": no 2018/19 figure for offences, though 3 of 4 forces have one',
    ]);
  });

  it('warns on a total that disagrees with the periods it covers', () => {
    expect(
      report([area(1, [null, null, 20, 100, 110], { five_year_total: 200 }), area(2, [10, 10, 10, 10, 10], { five_year_total: 60 }), area(3, [null, null, null, 90, 95], { five_year_total: 500 })]),
    ).toEqual([
      'data/offences.csv:2 force "Synthetic Area 00001": five_year_total is 200, less than the 230 of the periods known (2017/18, 2018/19, 2019/20)',
      'data/offences.csv:3 force "Synthetic Area 00002": five_year_total is 60, but the periods add up to 50',
    ]);
  });

  it('lists the first 20 warnings of a kind and counts the rest in one line', () => {
    // 25 areas that went from 10 to 100 (+900%), among 30 ordinary ones.
    const jumps = Array.from({ length: 25 }, (_, i) => area(i + 1, [null, null, null, 10, 100]));
    const ordinary = Array.from({ length: 30 }, (_, i) => area(i + 26, [null, null, null, 100, 100]));
    const lines = report([...jumps, ...ordinary]);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('data/offences.csv:2 force "Synthetic Area 00001": offences changed by 900% (10 → 100), more than ±300%');
    expect(lines[19]).toBe('data/offences.csv:21 force "Synthetic Area 00020": offences changed by 900% (10 → 100), more than ±300%');
    expect(lines[20]).toBe('data/offences.csv:undefined 5 more forces whose offences changed by more than ±300% (the first 20 are listed)');
  });
});
