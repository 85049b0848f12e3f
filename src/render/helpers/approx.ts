import { readArgs, readNumber } from './args.js';
import { clean, formatNumber, perCentText, qualifier, roundHalfAwayFromZero } from './format.js';
import { numberWord } from './numberWords.js';

/**
 * A percentage change as a round figure a reader keeps in mind: "almost 90
 * per cent", "more than 18 per cent". Rises of 95% or more (the count at
 * least 1.95 times what it was) become ratios ("more than doubled",
 * "trebled", "risen five-fold"); falls near 50% become "halved".
 *
 * Ratio and halving phrases are verb phrases ("offences have more than
 * doubled"); the others are noun phrases ("a rise of almost 90 per cent").
 * Templates choose the sentence with `(gte offences.change.ratio 1.95)` for
 * rises and `(and (gte offences.change.ratio 0.475) (lte offences.change.ratio 0.525))`
 * for halving.
 *
 * @example {{approx 88.55}} → almost 90 per cent
 * @example {{approx 18.18}} → more than 18 per cent
 * @example {{approx 20}} → 20 per cent
 * @example {{approx 6.8}} → almost seven per cent
 * @example {{approx 100}} → doubled
 * @example {{approx 103.7}} → more than doubled
 * @example {{approx 96}} → almost doubled
 * @example {{approx 160}} → more than doubled
 * @example {{approx 200}} → trebled
 * @example {{approx 300}} → quadrupled
 * @example {{approx 400}} → risen five-fold
 * @example {{approx 1000}} → risen 11-fold
 * @example {{approx -18.18}} → more than 18 per cent
 * @example {{approx -50}} → halved
 * @example {{approx -48}} → almost halved
 * @example {{approx -52}} → more than halved
 */
export function approx(...args: unknown[]): string {
  const { values } = readArgs('approx', args, { usage: '{{approx offences.change.percent}}', min: 1, max: 1 });
  const change = clean(readNumber('approx', values[0]));
  if (change > 0 && clean(1 + change / 100) >= RATIO_FROM) return ratioPhrase(change);
  if (change < 0 && clean(Math.abs(-change - 50)) <= HALVED_WITHIN) {
    return `${qualifier(-change, 50, roundHalfAwayFromZero(-change, 1) === 50)}halved`;
  }
  return roundFigurePhrase(Math.abs(change));
}

/** A rise to 1.95 times or more reads as a ratio: 1.95 rounds to "almost doubled". */
const RATIO_FROM = 1.95;
/** How close a ratio must be to a whole number to be named after it. */
const RATIO_WITHIN = 0.05;
/** Falls within this many points of 50% read as "(almost / more than) halved". */
const HALVED_WITHIN = 2.5;
/** How close a change must be to a multiple of 10 (then of 5) to be rounded to it. */
const ROUND_WITHIN = 1.5;

const RATIO_VERBS: Readonly<Record<number, string>> = { 2: 'doubled', 3: 'trebled', 4: 'quadrupled' };

function ratioPhrase(change: number): string {
  const ratio = clean(1 + change / 100);
  const nearest = Math.round(ratio);
  const close = clean(Math.abs(ratio - nearest)) <= RATIO_WITHIN;
  // Far from a whole ratio (2.6 times), name the whole ratio it has passed.
  const times = close ? nearest : Math.floor(ratio);
  const exact = close && roundHalfAwayFromZero(change, 1) === (times - 1) * 100;
  const q = qualifier(ratio, times, exact);
  const verb = RATIO_VERBS[times];
  if (verb !== undefined) return `${q}${verb}`;
  return `risen ${q}${numberWord(times, 10) ?? formatNumber(times)}-fold`;
}

function roundFigurePhrase(size: number): string {
  // Below 0.5 there is no whole figure to round to: print it as perCent does.
  if (roundHalfAwayFromZero(size) === 0) return perCentText(size);
  const figure = nearestMultiple(size, 10) ?? nearestMultiple(size, 5) ?? roundHalfAwayFromZero(size);
  const q = qualifier(size, figure, roundHalfAwayFromZero(size, 1) === figure);
  return `${q}${formatNumber(figure, true)} per cent`;
}

/** The multiple of `step` within ROUND_WITHIN of `size`; zero never counts ("more than 0 per cent"). */
function nearestMultiple(size: number, step: number): number | null {
  const multiple = Math.round(size / step) * step;
  return multiple > 0 && clean(Math.abs(size - multiple)) <= ROUND_WITHIN ? multiple : null;
}
