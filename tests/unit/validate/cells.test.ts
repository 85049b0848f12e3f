import { parseExtraCell, parseFigure } from '../../../src/validate/cells.js';

describe('parseFigure for counts', () => {
  it.each([
    ['247', 247],
    [' 247 ', 247],
    ['10391', 10391],
    ['10,391', 10391],
    ['0', 0],
    ['', null],
    ['   ', null],
  ])('%j reads as %p', (raw, expected) => {
    expect(parseFigure(raw, 'count')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1,2O3', 'a whole number'],
    ['12abc', 'a whole number'],
    ['1,23', 'a whole number'],
    ['12.5', 'a whole number'],
    ['-4', 'a whole number, not negative'],
    ['n/a', 'a whole number or a blank'],
    ['N/A', 'a whole number or a blank'],
    ['..', 'a whole number or a blank'],
    ['100000001', 'a whole number up to 100,000,000'],
  ])('%j is refused: expected %s', (raw, expected) => {
    expect(parseFigure(raw, 'count')).toMatchObject({ ok: false, expected });
  });
});

describe('parseFigure for percentages', () => {
  it.each([
    ['18', 18],
    ['18%', 18],
    ['0.4', 0.4],
    ['100', 100],
    ['', null],
  ])('%j reads as %p', (raw, expected) => {
    expect(parseFigure(raw, 'percent')).toEqual({ ok: true, value: expected });
  });

  it.each(['101', '-3', 'eighteen', '18 per cent'])('%j is refused', (raw) => {
    expect(parseFigure(raw, 'percent').ok).toBe(false);
  });
});

describe('parseExtraCell', () => {
  it.each([
    ['714', 714],
    ['', null],
    ['Hampshire Constabulary', 'Hampshire Constabulary'],
    ['0300 456 0108', '0300 456 0108'],
    ['007', '007'],
  ])('%j reaches templates as %p', (raw, expected) => {
    expect(parseExtraCell(raw)).toBe(expected);
  });
});
