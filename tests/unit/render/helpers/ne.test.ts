import { ne } from '../../../../src/render/helpers/ne.js';
import { hash, thrown } from './thrown.js';

describe('ne', () => {
  it.each([
    ['up', 'unknown', true],
    ['up', 'up', false],
    [10, 11, true],
    [10, 10, false],
    [10, '10', true],
    [null, 10, false],
    [null, null, false],
    [10, undefined, false],
  ])('(ne %p %p) => %p', (a, b, expected) => {
    expect(ne(a, b)).toBe(expected);
    expect(ne(a, b, hash({}))).toBe(expected);
  });

  it('refuses an object', () => {
    expect(thrown(() => ne({ direction: 'up' }, 'up')).message).toBe('ne: cannot compare an object with keys direction');
  });
});
