import fc from 'fast-check';
import { slugify } from '../../src/validate/names.js';

/**
 * Whatever a force is called, its folder name is made of a-z, 0-9 and single
 * dashes, with no dash at either end: it cannot climb out of out/ (no '.',
 * '/', '\\'), hide (no leading dot) or differ only in case. An empty result is
 * possible ("???") and refused by validation with its own message.
 */
const SAFE = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;

const awkward = fc.constantFrom('..', '../', '/', '\\', '.', '&', ' ', '-', '\u0000', '\u200b', 'İ', 'ß', 'Å', 'ŵ', '\u0301', 'ﬁ', '１', 'Ⅻ', 'con', 'A', 'z', '9');
const names = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: awkward, maxLength: 20 }),
);

describe('slugify', () => {
  it('always gives a safe folder name', () => {
    fc.assert(
      fc.property(names, (name) => {
        const slug = slugify(name);
        expect(slug).toMatch(SAFE);
        expect(slug).not.toContain('..');
      }),
      { numRuns: 5000 },
    );
  });

  it('is the same for names that differ only in case, accents, spacing or punctuation', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/), (name) => {
        const variant = name.toUpperCase().replace(/ /g, ' - ').replace(/A/g, 'Á');
        expect(slugify(variant)).toBe(slugify(name));
      }),
    );
  });
});
