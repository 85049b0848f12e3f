// Not perCent.test.ts: it would differ from percent.test.ts only in case.
import { perCent } from '../../../../src/render/helpers/perCentWords.js';
import { hash, thrown } from './thrown.js';

describe('perCent', () => {
  it.each([
    [88.55, '89 per cent'],
    [-88.55, '89 per cent'],
    [-18.18, '18 per cent'],
    [7.29, 'seven per cent'],
    [1, 'one per cent'],
    [9.4, 'nine per cent'],
    [9.5, '10 per cent'],
    [10, '10 per cent'],
    [16, '16 per cent'],
    [0.4, '0.4 per cent'],
    [0.96, 'one per cent'],
    [0.04, 'less than 0.1 per cent'],
    [0, '0 per cent'],
    [-0, '0 per cent'],
    [1234, '1,234 per cent'],
  ])('%p => %p', (input, expected) => {
    expect(perCent(input)).toBe(expected);
  });

  it('refuses signed, pointing to changeWord and percent', () => {
    const error = thrown(() => perCent(4, hash({ signed: true })));
    expect(error.message).toBe('perCent: option `signed` is not supported');
    expect(error.hint).toContain('changeWord');
    expect(error.hint).toContain('signed=true');
  });

  it.each([null, undefined, NaN, Infinity, 'seven'])('refuses %p', (input) => {
    expect(thrown(() => perCent(input)).message).toMatch(/^perCent: /);
  });
});
