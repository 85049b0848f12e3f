import fc from 'fast-check';
import Handlebars from 'handlebars';
import { createHelpers, HELPER_NAMES } from '../../../../src/render/helpers/index.js';
import { approx } from '../../../../src/render/helpers/approx.js';
import { number } from '../../../../src/render/helpers/number.js';
import { perCent } from '../../../../src/render/helpers/perCentWords.js';
import { perDay } from '../../../../src/render/helpers/perDay.js';
import { percent } from '../../../../src/render/helpers/percent.js';
import { hash, NEVER } from './thrown.js';

const config = { smallBase: 10, timeZone: 'Europe/London' };

describe('createHelpers', () => {
  it('registers exactly the helpers HELPER_NAMES lists', () => {
    const expected = ['and', 'approx', 'changeHeadline', 'changeWord', 'date', 'eq', 'fixed', 'fraction', 'gt', 'gte', 'lt', 'lte', 'ne', 'not', 'number', 'or', 'perCent', 'perDay', 'percent', 'plural', 'vary'];
    expect([...HELPER_NAMES].sort()).toEqual(expected);
    expect(Object.keys(createHelpers(config)).sort()).toEqual(expected);
  });

  it('makes a fresh set each time, with the date helper in the configured zone', () => {
    const london = createHelpers(config);
    const utc = createHelpers({ ...config, timeZone: 'UTC' });
    expect(london).not.toBe(utc);
    expect(london.date?.('2020-09-02T23:01:00Z', 'HH:mm', hash({}))).toBe('00:01');
    expect(utc.date?.('2020-09-02T23:01:00Z', 'HH:mm', hash({}))).toBe('23:01');
  });

  describe('inside Handlebars, compiled as the renderer does (strict, known helpers only, no escaping)', () => {
    const hb = Handlebars.create();
    hb.registerHelper(createHelpers(config));
    const knownHelpers = Object.fromEntries(HELPER_NAMES.map((name) => [name, true]));
    const render = (source: string, context: object): string => hb.compile(source, { strict: true, knownHelpersOnly: true, knownHelpers, noEscape: true })(context);
    const hampshire = {
      region: { name: 'Hampshire' },
      campaign: { releaseDate: '2020-09-03', embargo: '2020-09-03T00:01:00+01:00' },
      offences: {
        current: 247,
        previous: 131,
        kind: 'count',
        change: { direction: 'up', percent: 88.54961832061069, ratio: 1.8854961832061068, smallBase: false },
      },
    };

    it.each([
      ['{{region.name}} {{changeHeadline offences}}', 'Hampshire up 89%'],
      ['a {{changeWord offences.change}} of {{perCent offences.change.percent}}', 'a rise of 89 per cent'],
      ['{{percent offences.change.percent signed=true}}', '+89%'],
      ['{{changeWord offences.change form="rose"}} by {{approx offences.change.percent}}', 'rose by almost 90 per cent'],
      ['{{number offences.current}} {{plural offences.current "offence"}}, {{perDay offences.current}} a day', '247 offences, 0 a day'],
      ['{{#if (gte offences.change.ratio 1.95)}}doubled{{else}}{{approx offences.change.percent}}{{/if}}', 'almost 90 per cent'],
      ['{{#if (and (eq offences.change.direction "up") (not offences.change.smallBase))}}yes{{/if}}', 'yes'],
      ['Embargoed until {{date campaign.embargo "HH:mm EEEE d MMMM yyyy"}}', 'Embargoed until 00:01 Thursday 3 September 2020'],
      ['{{date campaign.releaseDate}}', '3 September 2020'],
    ])('%p => %p', (source, expected) => {
      expect(render(source, hampshire)).toBe(expected);
    });

    it('lets a helper error through for the renderer to place', () => {
      expect(() => render('{{number offences.baseline}}', { offences: { baseline: null } })).toThrow('number: cannot print null');
    });
  });
});

describe('no helper prints NaN, Infinity, -0, undefined or [object Object]', () => {
  it('for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        for (const text of [number(x), number(x, hash({ words: true })), percent(x), percent(x, hash({ signed: true })), perCent(x), approx(x), perDay(Math.abs(x))]) {
          expect(text).not.toMatch(NEVER);
        }
      }),
    );
  });
});
