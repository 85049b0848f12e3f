import { HelperError } from '../../errors/diagnostic.js';
import type { Direction } from '../../model.js';
import { describeValue, readArgs } from './args.js';

type Form = 'rise' | 'increase' | 'up' | 'rose' | 'rising';
type Worded = Exclude<Direction, 'new' | 'unknown'>;

const WORDS: Readonly<Record<Form, Readonly<Record<Worded, string>>>> = {
  rise: { up: 'rise', down: 'fall', unchanged: 'no change' },
  increase: { up: 'increase', down: 'decrease', unchanged: 'no change' },
  up: { up: 'up', down: 'down', unchanged: 'unchanged' },
  rose: { up: 'rose', down: 'fell', unchanged: 'unchanged' },
  rising: { up: 'rising', down: 'falling', unchanged: 'unchanged' },
};

const FORMS = Object.keys(WORDS) as Form[];

function isForm(value: unknown): value is Form {
  return typeof value === 'string' && (FORMS as string[]).includes(value);
}

/**
 * The word for a direction of change, so one sentence serves rises and
 * falls ("a {{changeWord offences.change}} of {{perCent …}}") and a fall is
 * never printed as "up -4%". Takes a direction or anything with a
 * `direction` (e.g. `offences.change`). `new` (from zero) reads as a rise;
 * `unknown` has no word: templates branch on `offences.change.direction`.
 *
 * @example {{changeWord "up"}} → rise
 * @example {{changeWord "down"}} → fall
 * @example {{changeWord "down" form="increase"}} → decrease
 * @example {{changeWord "up" form="up"}} → up
 * @example {{changeWord "down" form="rose"}} → fell
 * @example {{changeWord "down" form="rising"}} → falling
 * @example {{changeWord "new"}} → rise
 * @example {{changeWord "unchanged"}} → no change
 * @example {{changeWord "unchanged" form="up"}} → unchanged
 */
export function changeWord(...args: unknown[]): string {
  const usage = '{{changeWord offences.change}} or {{changeWord offences.change form="rose"}}';
  const { values, hash } = readArgs('changeWord', args, { usage, min: 1, max: 1, options: ['form'] });
  const form = hash.form ?? 'rise';
  if (!isForm(form)) {
    throw new HelperError(`changeWord: unknown form ${describeValue(form)}`, `forms: ${FORMS.map((f) => `"${f}"`).join(', ')}`);
  }
  const given = values[0];
  const direction = typeof given === 'object' && given !== null && 'direction' in given ? given.direction : given;
  if (direction === 'up' || direction === 'new') return WORDS[form].up;
  if (direction === 'down' || direction === 'unchanged') return WORDS[form][direction];
  throw new HelperError(
    `changeWord: no word for direction ${describeValue(direction)}`,
    'the change is not known for every region: branch on it, e.g. {{#if (eq offences.change.direction "unknown")}}…{{else}}…{{/if}}',
  );
}
