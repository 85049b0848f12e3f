import { embargoOf, embargoPassed, wrongEmbargoLine } from '../../../src/convert/embargo.js';

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

  it.each([
    ['the line the bundled template prints', '**EMBARGOED UNTIL 00:01 Thursday 3 September 2020**\n\n# Headline\n', null],
    ['the same words without bold', 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020\n', null],
    ['no embargo line (the template chose none)', '# Headline\n\nNot under embargo.\n', null],
    ['the time written in UTC', '**EMBARGOED UNTIL 23:01 Wednesday 2 September 2020**\n', '**EMBARGOED UNTIL 23:01 Wednesday 2 September 2020**'],
    ['a date typed into the template', 'Embargoed until 00:01 Thursday 10 September 2020\n', 'Embargoed until 00:01 Thursday 10 September 2020'],
  ])('a release opening with %s: %p → %p', (_case, markdown, expected) => {
    expect(wrongEmbargoLine(markdown, embargoOf(london('2020-09-03T00:01:00+01:00'))!)).toBe(expected);
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
