import type { MeasureKind } from '../model.js';

export type CellResult = { ok: true; value: number | null } | { ok: false; expected: string; hint?: string };

/** Counts beyond this are a slip of the keyboard, not a police force's year. */
export const MAX_COUNT = 100_000_000;

/** Spreadsheet ways of saying "not known"; we ask for a blank so there is one way. */
const NOT_KNOWN_MARKERS = /^(n\/?a|na|-|–|—|\.\.|\.|x|\[x\]|\*|\?|null|none|unknown)$/i;

/**
 * Reads one figure as published: a whole number (thousands commas allowed when
 * correctly grouped) for counts, a number from 0 to 100 (an optional %) for
 * percentages; blank means not known.
 */
export function parseFigure(raw: string, kind: MeasureKind): CellResult {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (NOT_KNOWN_MARKERS.test(text)) {
    return { ok: false, expected: expectedFor(kind), hint: 'leave the cell blank where the figure is not known' };
  }
  if (kind === 'count') {
    if (/^-\s*\d/.test(text)) return { ok: false, expected: 'a whole number, not negative' };
    if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(text)) {
      return { ok: false, expected: 'a whole number', ...(/\d\.\d/.test(text) ? { hint: 'counts have no decimals' } : {}) };
    }
    const value = Number(text.replaceAll(',', ''));
    if (value > MAX_COUNT) return { ok: false, expected: `a whole number up to ${MAX_COUNT.toLocaleString('en-GB')}` };
    return { ok: true, value };
  }
  const match = /^(-?\d+(\.\d+)?)\s*%?$/.exec(text);
  if (!match) return { ok: false, expected: 'a percentage such as 18 or 18.5' };
  const value = Number(match[1]);
  if (value < 0 || value > 100) return { ok: false, expected: 'a percentage from 0 to 100' };
  return { ok: true, value };
}

function expectedFor(kind: MeasureKind): string {
  return kind === 'count' ? 'a whole number or a blank' : 'a percentage or a blank';
}

/** Extra columns reach templates as numbers when they are whole numbers, else as text. */
export function parseExtraCell(raw: string): string | number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (/^(0|[1-9]\d{0,14})$/.test(text)) return Number(text);
  return text.replace(/\s+/g, ' ');
}
