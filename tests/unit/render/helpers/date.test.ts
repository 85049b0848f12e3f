import { createDate } from '../../../../src/render/helpers/date.js';
import { thrown } from './thrown.js';

const date = createDate('Europe/London');

describe('date', () => {
  it.each([
    ['2020-09-03', undefined, '3 September 2020'],
    ['2020-09-03', 'd MMMM yyyy', '3 September 2020'],
    ['2020-09-03', 'EEEE d MMMM yyyy', 'Thursday 3 September 2020'],
    ['2020-01-01', 'd MMMM yyyy', '1 January 2020'],
    ['2020-12-31', 'd MMMM yyyy', '31 December 2020'],
    ['2020-02-29', 'd MMM yyyy', '29 Feb 2020'],
    ['2020-09-03', 'do MMMM', '3rd September'],
    ['2020-09-03', 'dd/MM/yyyy', '03/09/2020'],
    ['2020-09-03', "EEEE d MMMM 'at' HH:mm", 'Thursday 3 September at 00:00'],
  ])('(%p, %p) => %p', (iso, format, expected) => {
    expect(format === undefined ? date(iso) : date(iso, format)).toBe(expected);
  });

  describe('date-times are shown in the configured zone', () => {
    it.each([
      ['2020-09-02T23:01:00Z', 'HH:mm EEEE d MMMM yyyy', '00:01 Thursday 3 September 2020'],
      ['2020-09-03T00:01:00+01:00', 'HH:mm EEEE d MMMM yyyy', '00:01 Thursday 3 September 2020'],
      ['2020-09-03T00:01+01:00', 'HH:mm d MMMM yyyy', '00:01 3 September 2020'],
      ['2020-12-01T00:01:00Z', 'HH:mm d MMMM yyyy', '00:01 1 December 2020'],
      ['2020-12-01T00:01:00.000Z', 'HH:mm d MMMM yyyy', '00:01 1 December 2020'],
      ['2020-03-29T00:30:00Z', 'HH:mm', '00:30'],
      ['2020-03-29T01:30:00Z', 'HH:mm', '02:30'],
    ])('(%p, %p) => %p', (iso, format, expected) => {
      expect(date(iso, format)).toBe(expected);
    });

    it('shows the same instant in another zone when configured so', () => {
      expect(createDate('UTC')('2020-09-03T00:01:00+01:00', 'HH:mm d MMMM yyyy')).toBe('23:01 2 September 2020');
      expect(createDate('America/New_York')('2020-09-02T23:01:00Z', 'HH:mm d MMMM yyyy')).toBe('19:01 2 September 2020');
    });

    it('keeps a date-only value on its calendar day in any zone', () => {
      expect(createDate('Pacific/Kiritimati')('2020-01-01')).toBe('1 January 2020');
      expect(createDate('Pacific/Pago_Pago')('2020-01-01')).toBe('1 January 2020');
    });
  });

  describe('moment-style tokens are refused with the date-fns token to use', () => {
    it.each([
      ['DD/MM/YYYY', 'date: "DD/MM/YYYY" uses moment-style tokens (DD, YYYY)', 'use `dd` instead of `DD`, `yyyy` instead of `YYYY`'],
      ['D MMMM YYYY', 'date: "D MMMM YYYY" uses moment-style tokens (D, YYYY)', 'use `d` instead of `D`, `yyyy` instead of `YYYY`'],
      ['Do MMMM', 'date: "Do MMMM" uses moment-style tokens (Do)', 'use `do` instead of `Do`'],
      ['dddd d MMMM yyyy', 'date: "dddd d MMMM yyyy" uses moment-style tokens (dddd)', 'use `EEEE` instead of `dddd`'],
      ['d MMM YY', 'date: "d MMM YY" uses moment-style tokens (YY)', 'use `yy` instead of `YY`'],
      ['h:mm A', 'date: "h:mm A" uses moment-style tokens (A)', 'use `a` instead of `A`'],
    ])('%p', (format, message, hint) => {
      const error = thrown(() => date('2020-09-03', format));
      expect(error.message).toBe(message);
      expect(error.hint).toContain(hint);
      expect(error.hint).toContain('date-fns tokens');
    });

    it('allows those letters inside quoted literal text', () => {
      expect(date('2020-09-03', "d MMMM yyyy 'DD'")).toBe('3 September 2020 DD');
    });
  });

  it.each([
    [null, /^date: expected an ISO date string, got null/],
    [undefined, /^date: expected an ISO date string, got undefined/],
    [20200903, /^date: expected an ISO date string, got 20200903/],
    ['3 September 2020', /^date: "3 September 2020" is not an ISO date/],
    ['2020-9-3', /^date: "2020-9-3" is not an ISO date/],
    ['2020-02-30', /^date: "2020-02-30" is not a real date/],
    ['2019-02-29', /^date: "2019-02-29" is not a real date/],
    ['2020-13-01', /^date: "2020-13-01" is not a real date/],
    ['2020-09-03T24:00:00Z', /^date: "2020-09-03T24:00:00Z" is not a valid time/],
    ['2020-09-03T00:01:00', /^date: "2020-09-03T00:01:00" has no UTC offset/],
  ])('refuses %p', (iso, message) => {
    expect(thrown(() => date(iso)).message).toMatch(message);
  });

  it('refuses a format that is not a string, and letters date-fns does not know', () => {
    expect(thrown(() => date('2020-09-03', 12)).message).toBe('date: the format must be a string, got 12');
    const error = thrown(() => date('2020-09-03', 'd MMMM yyyy on HH:mm'));
    expect(error.message).toBe('date: cannot format with "d MMMM yyyy on HH:mm"');
    expect(error.hint).toContain('unescaped latin alphabet character `o`');
    expect(error.hint).toContain("'at'");
  });

  it('refuses an unquoted "at", which date-fns would print as AM and a Unix timestamp', () => {
    const error = thrown(() => date('2020-09-03', 'd MMMM yyyy at HH:mm'));
    expect(error.message).toBe('date: "d MMMM yyyy at HH:mm" would print a Unix timestamp for `t`');
    expect(error.hint).toBe(`wrap literal words in single quotes: "d MMMM yyyy 'at' HH:mm"`);
  });

  it('refuses an unknown time zone when the helper is made', () => {
    expect(thrown(() => createDate('Europe/Londres')).message).toBe('date: unknown time zone "Europe/Londres"');
  });
});
