import { lintRelease, leaksIn } from '../../../src/audit/lint.js';
import { findMentions } from '../../../src/audit/mentions.js';
import { lineLookup, type PartName, type ReleasePart } from '../../../src/audit/releaseText.js';
import type { FigureTrace } from '../../../src/audit/traceFigures.js';
import type { HouseStyle } from '../../../src/model.js';

const STYLE: HouseStyle = { smallBase: 10, timeZone: 'Europe/London', percent: { body: 'per cent', headline: '%' }, similarity: 0.9, rules: {} };

function part(name: PartName, text: string): ReleasePart {
  return { name, text, mentions: findMentions(text), sourceAt: () => null, fixedAt: () => false, lineAt: lineLookup(text) };
}

/** The rules broken, with the text that broke each. */
const broken = (name: PartName, text: string, style: HouseStyle = STYLE): string[] => lintRelease([part(name, text)], [], style).map((f) => `${f.rule}: ${f.text}`);

describe('lintRelease', () => {
  it.each([
    ['body', 'Kent recorded 735 offences, a rise of 50 per cent on 2018/19.', []],
    ['title', 'Online child sex offences in Kent up 50%', []],
    ['body', 'a rise of 50% on the year before.', ['percent-form: 50%']],
    ['title', 'Offences in Kent up 50 per cent', ['percent-form: 50 per cent']],
    ['body', '# Offences in Kent up 50%\n\n- **Change:** up 50%\n\nA rise of 50 per cent.', []],
    ['body', 'The force recorded 7 offences.', ['numbers-in-words: 7']],
    ['body', 'The force recorded seven offences, up from 12.', []],
    ['body', '- **Wiltshire Police, 2018/19:** 6', []],
    ['body', 'a fall of 6 per cent.', ['numbers-in-words: 6 per cent']],
    ['body', 'Police recorded 10391 offences.', ['thousands-separator: 10391']],
    ['body', 'Police recorded 10,391 offences in 2020.', []],
    ['body', 'Figures for 2019-20 show it.', ['financial-year: 2019-20']],
    ['body', 'Figures for 2019/2020 show it.', ['financial-year: 2019/2020']],
    ['body', 'Figures from 2015/16 to 2019/20 show it.', []],
    ['body', 'Figures for 2019/21 show it.', ['financial-year: 2019/21']],
    ['title', 'Offences in Kent up 0%', ['zero-percent: 0%']],
    ['title', 'Offences in Kent down -0%', ['zero-percent: -0%']],
    ['body', 'Police recorded offences. 247 of them were online.', ['sentence-start: 247']],
    ['body', '“247 offences is too many,” she said.', ['sentence-start: 247']],
    ['standfirst', '247 offences were recorded.', ['sentence-start: 247']],
    ['body', '# 194 offences recorded in Cumbria\n\n1. Source: the police.', []],
    ['body', 'In 2019/20, the force recorded 194.', []],
    ['body', 'The force recorded undefined offences.', ['leaked-value: undefined']],
    ['body', 'a rise of NaN per cent', ['leaked-value: NaN']],
    ['body', 'Contact: [object Object]', ['leaked-value: [object Object]']],
    ['body', 'Hello {{region.name}}', ['leaked-value: {{', 'leaked-value: }}']],
  ] as Array<[PartName, string, string[]]>)('%s %p', (name, text, expected) => {
    expect(broken(name, text)).toEqual(expected);
  });

  it('follows the configured percentage forms', () => {
    const swapped: HouseStyle = { ...STYLE, percent: { body: '%', headline: 'per cent' } };
    expect(broken('body', 'a rise of 50%.', swapped)).toEqual([]);
    expect(broken('body', 'a rise of 50 per cent.', swapped)).toEqual(['percent-form: 50 per cent']);
    expect(broken('title', 'Kent up 50 per cent', swapped)).toEqual([]);
  });

  it('lets a rule be turned off or down to a warning', () => {
    const relaxed: HouseStyle = { ...STYLE, rules: { 'numbers-in-words': 'off', 'thousands-separator': 'warning' } };
    const findings = lintRelease([part('body', 'They recorded 7 offences, and 10391 in all.')], [], relaxed);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['thousands-separator', 'warning']]);
  });

  it('leaves figures inside names from the data alone', () => {
    const text = 'Synthetic Area 00042 Police recorded 43.';
    const trace: FigureTrace = { part: 'body', line: 1, text: '00042', kind: 'count', template: null, status: 'traced', trace: 'part of region.force_name', source: 'region.force_name', also: [], smallBase: false, inDataText: true, offset: 15 };
    expect(lintRelease([part('body', text)], [trace], STYLE)).toEqual([]);
  });

  it('flags a percentage traced only to a change from a small base', () => {
    const trace: FigureTrace = { part: 'body', line: 1, text: '617 per cent', kind: 'percent', template: 'templates/x.md.hbs:3', status: 'traced', trace: null, source: 'offences.change.percent', also: [], smallBase: true, inDataText: false, offset: 10 };
    const findings = lintRelease([part('body', 'a rise of 617 per cent.')], [trace], STYLE);
    expect(findings.map((f) => [f.rule, f.text, f.template])).toEqual([['small-base-percent', '617 per cent', 'templates/x.md.hbs:3']]);
  });
});

describe('leaksIn', () => {
  it('finds leaked values in any output, with their lines', () => {
    expect(leaksIn('<p>ok</p>\n<p>NaN%</p>\n<title>undefined</title>')).toEqual([
      { line: 2, text: 'NaN' },
      { line: 3, text: 'undefined' },
    ]);
  });
});
