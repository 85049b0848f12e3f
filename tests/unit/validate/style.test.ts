import { validateCampaign } from '../../../src/validate/campaign.js';

const BASE = `id: synthetic-style
title: "Synthetic test campaign"
publisher: { name: "Synthetic Charity" }
releaseDate: "2020-09-03"
periods: { current: "2019/20", previous: "2018/19" }
measures:
  offences: { label: "Offences", file: offences.csv, kind: count }
`;

const read = (style: string): ReturnType<typeof validateCampaign> => validateCampaign({ path: 'data/campaign.yaml', text: `${BASE}${style}` });

describe('campaign.yaml style', () => {
  it('defaults to UK press house style, so campaigns without one stay valid', () => {
    expect(read('').campaign?.style).toEqual({ smallBase: 10, timeZone: 'Europe/London', percent: { body: 'per cent', headline: '%' }, similarity: 0.9, rules: {} });
  });

  it('fills in what a partial style leaves out', () => {
    const style = read('style:\n  smallBase: 5\n  percent: { body: "%" }\n  rules: { numbers-in-words: warning, thousands-separator: off }\n').campaign?.style;
    expect(style).toEqual({ smallBase: 5, timeZone: 'Europe/London', percent: { body: '%', headline: '%' }, similarity: 0.9, rules: { 'numbers-in-words': 'warning', 'thousands-separator': 'off' } });
  });

  it.each([
    ['style:\n  percent: { body: "pc" }\n', 'field `style.percent.body`: expected "%" or "per cent", got "pc"'],
    ['style:\n  rules: { numbers-in-word: off }\n', 'in `style.rules`: unknown field `numbers-in-word`'],
    ['style:\n  rules: { sentence-start: never }\n', 'field `style.rules.sentence-start`: expected "error" or "warning" or "off", got "never"'],
    ['style:\n  similarity: 1.5\n', 'field `style.similarity`: must be at most 1, got 1.5'],
  ])('refuses %j', (style, message) => {
    expect(read(style).diagnostics.map((d) => d.message)).toEqual([message]);
  });
});
