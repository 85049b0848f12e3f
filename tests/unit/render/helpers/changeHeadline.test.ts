import type { Change, MeasureFigures, MeasureKind } from '../../../../src/model.js';
import { changeHeadline } from '../../../../src/render/helpers/changeHeadline.js';
import { thrown } from './thrown.js';

/** Figures as the derive stage hands them over; the change is written out by hand. */
function figures(previous: number | null, current: number | null, change: Partial<Change>, kind: MeasureKind = 'count'): MeasureFigures {
  return {
    label: 'Online child sex offences',
    kind,
    noun: { one: 'offence', many: 'offences' },
    current,
    previous,
    baseline: null,
    total: null,
    periods: {},
    change: { difference: null, percent: null, direction: 'unknown', ratio: null, smallBase: false, ...change },
  };
}

describe('changeHeadline', () => {
  it.each([
    ['Hampshire 131 → 247', figures(131, 247, { direction: 'up', percent: 88.54961832061069, ratio: 1.885 }), 'up 89%'],
    ['Wiltshire 77 → 63', figures(77, 63, { direction: 'down', percent: -18.181818181818183, ratio: 0.818 }), 'down 18%'],
    ['UK 8,958 → 10,391', figures(8958, 10391, { direction: 'up', percent: 16 }), 'up 16%'],
    ['a tiny rise', figures(100000, 100001, { direction: 'up', percent: 0.001 }), 'up less than 0.1%'],
    ['a fall under 1%', figures(1000, 996, { direction: 'down', percent: -0.4 }), 'down 0.4%'],
    ['small base 6 → 43', figures(6, 43, { direction: 'up', percent: 616.6666666666667, smallBase: true }), 'up from six to 43'],
    ['small base 12 → 7', figures(12, 7, { direction: 'down', percent: -41.666666666666664, smallBase: true }), 'down from 12 to seven'],
    ['small base 1,200 → 9', figures(1200, 9, { direction: 'down', percent: -99.25, smallBase: true }), 'down from 1,200 to nine'],
    ['unchanged 12 → 12', figures(12, 12, { direction: 'unchanged', percent: 0 }), 'unchanged at 12'],
    ['unchanged 3 → 3', figures(3, 3, { direction: 'unchanged', percent: 0, smallBase: true }), 'unchanged at three'],
    ['new 0 → 12', figures(0, 12, { direction: 'new' }), 'up from none to 12'],
    ['Cumbria: previous not published', figures(null, 194, { direction: 'unknown' }), 'at 194'],
    ['unknown, large', figures(null, 10391, { direction: 'unknown' }), 'at 10,391'],
  ])('%s => %p', (_case, input, expected) => {
    expect(changeHeadline(input)).toBe(expected);
  });

  describe('a measure of published percentages states both figures', () => {
    it.each([
      ['Cumbria share 20 → 18', figures(20, 18, { direction: 'down', percent: -10 }, 'percent'), 'down from 20% to 18%'],
      ['share 12.5 → 14', figures(12.5, 14, { direction: 'up', percent: 12 }, 'percent'), 'up from 12.5% to 14%'],
      ['share 0 → 3', figures(0, 3, { direction: 'new' }, 'percent'), 'up from 0% to 3%'],
      ['share unchanged', figures(18, 18, { direction: 'unchanged', percent: 0 }, 'percent'), 'unchanged at 18%'],
      ['share, previous unknown', figures(null, 18, { direction: 'unknown' }, 'percent'), 'at 18%'],
    ])('%s => %p', (_case, input, expected) => {
      expect(changeHeadline(input)).toBe(expected);
    });
  });

  it('refuses a region without a current figure, pointing to an {{#if}}', () => {
    const error = thrown(() => changeHeadline(figures(131, null, { direction: 'unknown' })));
    expect(error.message).toBe('changeHeadline: the current figure is not known');
    expect(error.hint).toContain('{{#if offences.current}}');
  });

  it.each([
    ['null', null, /^changeHeadline: expected a measure's figures, got null/],
    ['a number', 247, /^changeHeadline: expected a measure's figures, got 247/],
    ['a change object', { direction: 'up', percent: 88 }, /^changeHeadline: expected a measure's figures, got an object with keys direction, percent/],
    ['an unknown direction', figures(1, 2, { direction: 'sideways' as Change['direction'] }), /^changeHeadline: unknown direction "sideways"/],
    ['a NaN figure', figures(NaN, 2, { direction: 'up', percent: 5 }), /^changeHeadline: previous must be a number or null, got NaN/],
    ['up without a percentage', figures(131, 247, { direction: 'up', percent: null }), /^changeHeadline: direction "up" from 131 to 247 with change null/],
    ['up without a previous figure', figures(null, 247, { direction: 'up', percent: 88 }), /^changeHeadline: direction "up" from null to 247/],
  ])('refuses %s', (_case, input, message) => {
    expect(thrown(() => changeHeadline(input)).message).toMatch(message);
  });
});
