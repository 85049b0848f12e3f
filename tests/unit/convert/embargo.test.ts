import { embargoOf, embargoPassed, opensWithEmbargo, withEmbargoLine } from '../../../src/convert/embargo.js';

const london = (embargo: string | null) => ({ embargo, style: { smallBase: 10, timeZone: 'Europe/London' } });

describe('embargo line', () => {
  it.each([
    ['BST, written with its offset', '2020-09-03T00:01:00+01:00', 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020'],
    ['BST, written in UTC (the day before)', '2020-09-02T23:01:00Z', 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020'],
    ['GMT in December', '2020-12-03T00:01:00Z', 'EMBARGOED UNTIL 00:01 Thursday 3 December 2020'],
    ['GMT written with +00:00', '2020-12-03T10:30:00+00:00', 'EMBARGOED UNTIL 10:30 Thursday 3 December 2020'],
    ['the night the clocks go back', '2020-10-25T00:30:00Z', 'EMBARGOED UNTIL 01:30 Sunday 25 October 2020'],
  ])('%s: %p → %p', (_case, at, line) => {
    expect(embargoOf(london(at))).toEqual({ at, line });
  });

  it('is null when the campaign has no embargo', () => {
    expect(embargoOf(london(null))).toBeNull();
  });

  it('goes first in the Markdown, in bold, with a blank line after it', () => {
    const embargo = embargoOf(london('2020-12-03T00:01:00Z'));
    expect(withEmbargoLine('# Headline\n', embargo)).toBe('**EMBARGOED UNTIL 00:01 Thursday 3 December 2020**\n\n# Headline\n');
    expect(withEmbargoLine('# Headline\n', null)).toBe('# Headline\n');
  });

  it.each([
    ['**EMBARGOED UNTIL 00:01 3 September**\n\n# Headline', true],
    ['Embargo: midnight\n', true],
    ['# Headline\n\nNot under embargo any more.', false],
  ])('a template that writes its own embargo line is noticed: %p → %p', (markdown, expected) => {
    expect(opensWithEmbargo(markdown)).toBe(expected);
  });
});

describe('embargo passed at the build date', () => {
  it.each([
    // BST: 00:01 on 3 September in London is 23:01 UTC on 2 September.
    ['2020-09-02T23:01:00Z', '2020-09-02', false],
    ['2020-09-02T23:01:00Z', '2020-09-03', false],
    ['2020-09-02T23:01:00Z', '2020-09-04', true],
    // 00:30 BST on 3 September: on a UTC reading of "3 September" it would already have passed.
    ['2020-09-02T23:30:00Z', '2020-09-03', false],
    // GMT: London time is UTC.
    ['2020-12-03T00:01:00Z', '2020-12-03', false],
    ['2020-12-03T00:01:00Z', '2020-12-04', true],
    ['2020-12-02T23:59:00Z', '2020-12-03', true],
  ])('embargo %p, build date %p → passed %p', (at, date, passed) => {
    const embargo = embargoOf(london(at))!;
    expect(embargoPassed(embargo, date, 'Europe/London')).toBe(passed);
  });
});
