import { fixed } from '../../../../src/render/helpers/fixed.js';
import { hash, thrown } from './thrown.js';

describe('fixed', () => {
  it.each([
    ['24/7', '24/7'],
    ['aged 11 to 17', 'aged 11 to 17'],
  ])('%p => %p', (text, expected) => {
    expect(fixed(text, hash({}))).toBe(expected);
  });

  it('refuses a figure from the data: those are traced without it', () => {
    const e = thrown(() => fixed(14, hash({})));
    expect(e.message).toBe('fixed: expected text in quotes, got 14');
    expect(e.hint).toMatch(/\{\{fixed "24\/7"\}\}/);
  });
});
