import { numberWord } from './numberWords.js';

/**
 * Thousands separators from an explicit en-GB formatter, never
 * `toLocaleString()`, whose output follows the machine's locale. Values are
 * rounded by `roundHalfAwayFromZero` before they get here, so the formatter's
 * own rounding never decides anything.
 */
const GROUPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, useGrouping: true });

/**
 * Removes binary floating-point noise: (247 − 131) / 131 × 100 and 1.005 × 100
 * are not the decimals a person computes, and rounding them as they are would
 * round some halves the wrong way. Twelve significant digits keep every real
 * figure and drop the noise in the last bits.
 */
export function clean(x: number): number {
  // Whole numbers of up to twelve digits have no noise to remove, and are most of what the audit prints.
  // (−0 comes back as 0, as toPrecision gives it.)
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}

/**
 * Rounds half away from zero (2.5 → 3, −2.5 → −3, 0.15 → 0.2) after
 * cleaning float noise. Never returns −0.
 */
export function roundHalfAwayFromZero(x: number, decimals = 0): number {
  const scale = 10 ** decimals;
  const scaled = clean(clean(Math.abs(x)) * scale);
  const rounded = Math.floor(scaled + 0.5) / scale;
  if (rounded === 0) return 0;
  return x < 0 ? -rounded : rounded;
}

/**
 * A number as copy prints it: separators, at most one decimal, no "-0";
 * with `words`, a result of one to nine in words.
 */
export function formatNumber(x: number, words = false): string {
  const rounded = roundHalfAwayFromZero(x, 1);
  const word = words ? numberWord(rounded) : null;
  if (word !== null) return word;
  // Below a thousand there is no separator to place: the formatter would print the digits as they are.
  return Number.isInteger(rounded) && Math.abs(rounded) < 1000 ? String(rounded) : GROUPED.format(rounded);
}

/** How a percentage prints under the house rules, before its unit is added. */
export type PercentFigure = { kind: 'lessThanOneTenth' } | { kind: 'value'; value: number };

/**
 * The house rule for printing a percentage's size (sign dropped): whole
 * numbers rounded half away from zero; between 0 and 1 one decimal (0.4),
 * unless that reaches 1 (0.96 → 1); below 0.05 "less than 0.1".
 */
export function percentFigure(x: number): PercentFigure {
  const size = clean(Math.abs(x));
  if (size > 0 && size < 1) {
    const tenths = roundHalfAwayFromZero(size, 1);
    if (tenths === 0) return { kind: 'lessThanOneTenth' };
    if (tenths < 1) return { kind: 'value', value: tenths };
  }
  return { kind: 'value', value: roundHalfAwayFromZero(size) };
}

/**
 * A percentage's size in body copy: "89 per cent", "seven per cent",
 * "0.4 per cent", "less than 0.1 per cent".
 */
export function perCentText(x: number): string {
  const figure = percentFigure(x);
  if (figure.kind === 'lessThanOneTenth') return 'less than 0.1 per cent';
  return `${formatNumber(figure.value, true)} per cent`;
}

/** "almost " when the true value is below the figure printed, "more than " above, "" when they agree. */
export function qualifier(actual: number, shown: number, agree: boolean): string {
  if (agree) return '';
  return actual < shown ? 'almost ' : 'more than ';
}
