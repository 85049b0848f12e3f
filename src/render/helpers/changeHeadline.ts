import { HelperError } from '../../errors/diagnostic.js';
import type { Direction, MeasureFigures } from '../../model.js';
import { describeValue, readArgs } from './args.js';
import { formatNumber } from './format.js';
import { percent } from './percent.js';

/**
 * The words completing "<subject> ___" in a headline, for one measure's
 * figures (e.g. `offences`): "Hampshire up 89%". Small bases (either count
 * under the house-style minimum) and published percentages state the figures
 * instead of a percentage change, which would mislead ("up from six to 43",
 * not "up 617%"). A change that is not known prints the current figure only.
 *
 * @example {{changeHeadline offences}} (131 → 247) → up 89%
 * @example {{changeHeadline offences}} (22 → 18) → down 18%
 * @example {{changeHeadline offences}} (6 → 43, small base) → up from six to 43
 * @example {{changeHeadline offences}} (12 → 7, small base) → down from 12 to seven
 * @example {{changeHeadline offences}} (12 → 12) → unchanged at 12
 * @example {{changeHeadline offences}} (0 → 12) → up from none to 12
 * @example {{changeHeadline offences}} (not known → 194) → at 194
 * @example {{changeHeadline onlineShare}} (20% → 18%, a percent measure) → down from 20% to 18%
 */
export function changeHeadline(...args: unknown[]): string {
  const { values } = readArgs('changeHeadline', args, { usage: '{{changeHeadline offences}}', min: 1, max: 1 });
  const figures = readFigures(values[0]);
  const { current, previous, change, kind } = figures;
  if (current === null) {
    throw new HelperError('changeHeadline: the current figure is not known', 'this region has no figure for the current period: wrap the headline in {{#if offences.current}}…{{/if}}');
  }
  const show = (n: number): string => (kind === 'percent' ? `${formatNumber(n)}%` : formatNumber(n, true));
  switch (change.direction) {
    case 'unknown':
      return `at ${show(current)}`;
    case 'unchanged':
      return `unchanged at ${show(current)}`;
    case 'new':
      return kind === 'percent' ? `up from ${show(previous ?? 0)} to ${show(current)}` : `up from none to ${show(current)}`;
    case 'up':
    case 'down': {
      if (previous === null) throw inconsistent(figures);
      if (change.smallBase || kind === 'percent') return `${change.direction} from ${show(previous)} to ${show(current)}`;
      if (change.percent === null || !Number.isFinite(change.percent)) throw inconsistent(figures);
      return `${change.direction} ${percent(change.percent)}`;
    }
  }
}

const DIRECTIONS: readonly Direction[] = ['up', 'down', 'unchanged', 'new', 'unknown'];

function readFigures(value: unknown): MeasureFigures {
  const usage = 'pass a measure\'s figures, e.g. {{changeHeadline offences}}';
  if (typeof value !== 'object' || value === null || !('change' in value) || typeof value.change !== 'object' || value.change === null) {
    throw new HelperError(`changeHeadline: expected a measure's figures, got ${describeValue(value)}`, usage);
  }
  const { change } = value;
  if (!('direction' in change) || !(DIRECTIONS as unknown[]).includes(change.direction)) {
    throw new HelperError(`changeHeadline: unknown direction ${describeValue('direction' in change ? change.direction : undefined)}`, usage);
  }
  for (const key of ['current', 'previous'] as const) {
    const figure = key in value ? (value as Record<string, unknown>)[key] : undefined;
    if (figure !== null && (typeof figure !== 'number' || !Number.isFinite(figure))) {
      throw new HelperError(`changeHeadline: ${key} must be a number or null, got ${describeValue(figure)}`, usage);
    }
  }
  // Checked above: the fields the headline reads have MeasureFigures' types.
  return value as MeasureFigures;
}

function inconsistent(figures: MeasureFigures): HelperError {
  const { previous, current, change } = figures;
  return new HelperError(
    `changeHeadline: direction "${change.direction}" from ${describeValue(previous)} to ${describeValue(current)} with change ${describeValue(change.percent)}`,
    'these figures do not agree with each other: this is a bug in the derive stage, please report it',
  );
}
