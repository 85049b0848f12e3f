import fc from 'fast-check';
import { describeChange } from '../../src/derive/change.js';
import { HelperError } from '../../src/errors/diagnostic.js';
import { approx } from '../../src/render/helpers/approx.js';
import { changeHeadline } from '../../src/render/helpers/changeHeadline.js';
import { fraction } from '../../src/render/helpers/fraction.js';
import { number } from '../../src/render/helpers/number.js';
import { perCent } from '../../src/render/helpers/perCentWords.js';
import { perDay } from '../../src/render/helpers/perDay.js';
import { percent } from '../../src/render/helpers/percent.js';
import { plural } from '../../src/render/helpers/plural.js';
import { hash, NEVER } from '../unit/render/helpers/thrown.js';

/**
 * Whatever number reaches a helper (NaN, ±Infinity, -0, 1e308, 5e-324 …), it
 * either prints clean copy or refuses with a HelperError that the renderer
 * turns into a message; it never prints NaN, Infinity or -0. (The unit tests
 * cover finite numbers of realistic size for the main helpers.)
 */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 0.05, -0.05, 0.5, -0.5, 1e21),
);

const HELPERS: Array<[string, (x: number) => string]> = [
  ['number', (x) => number(x)],
  ['number words', (x) => number(x, hash({ words: true }))],
  ['percent', (x) => percent(x)],
  ['percent signed', (x) => percent(x, hash({ signed: true }))],
  ['perCent', (x) => perCent(x)],
  ['approx', (x) => approx(x)],
  ['fraction', (x) => fraction(x)],
  ['perDay', (x) => perDay(x)],
  ['plural', (x) => plural(x, 'offence')],
];

/** The output, or null when the helper refused the value as a template mistake. */
function printed(helper: (x: number) => string, x: number): string | null {
  try {
    return helper(x);
  } catch (error) {
    if (error instanceof HelperError) return null;
    throw error;
  }
}

describe.each(HELPERS)('%s', (_name, helper) => {
  it('never prints NaN, Infinity or -0, whatever number it is given', () => {
    fc.assert(
      fc.property(anyNumber, (x) => {
        const text = printed(helper, x);
        if (text !== null) expect(text).not.toMatch(NEVER);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses NaN and the infinities rather than printing them', () => {
    for (const x of [Number.NaN, Infinity, -Infinity]) expect(printed(helper, x)).toBeNull();
  });
});

describe('changeHeadline', () => {
  it('never prints NaN, Infinity or -0 for any two counts', () => {
    const count = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100_000_000 }));
    fc.assert(
      fc.property(count, count, fc.integer({ min: 0, max: 20 }), (previous, current, smallBase) => {
        const figures = { kind: 'count', current, previous, change: describeChange(previous, current, true, smallBase) };
        const text = printed(() => changeHeadline(figures), 0);
        if (current === null) expect(text).toBeNull();
        else expect(text).not.toMatch(NEVER);
      }),
      { numRuns: 2000 },
    );
  });
});
