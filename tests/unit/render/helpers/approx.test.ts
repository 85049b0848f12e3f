import { approx } from '../../../../src/render/helpers/approx.js';
import { thrown } from './thrown.js';

describe('approx', () => {
  describe('rises and falls as a round figure (noun phrase: "a rise of …")', () => {
    it.each([
      [88.55, 'almost 90 per cent'],
      [((247 - 131) / 131) * 100, 'almost 90 per cent'],
      [18.18, 'more than 18 per cent'],
      [20, '20 per cent'],
      [20.04, '20 per cent'],
      [19.96, '20 per cent'],
      [19.94, 'almost 20 per cent'],
      [18.5, 'almost 20 per cent'],
      [21.4, 'more than 20 per cent'],
      [13.6, 'almost 15 per cent'],
      [16, 'more than 15 per cent'],
      [17, '17 per cent'],
      [12, '12 per cent'],
      [6.8, 'almost seven per cent'],
      [4.2, 'almost five per cent'],
      [1.2, 'more than one per cent'],
      [0.6, 'almost one per cent'],
      [0.4, '0.4 per cent'],
      [0.04, 'less than 0.1 per cent'],
      [0, '0 per cent'],
      [94, 'almost 95 per cent'],
      [94.9, 'almost 95 per cent'],
    ])('%p => %p', (input, expected) => {
      expect(approx(input)).toBe(expected);
    });
  });

  describe('falls: the size, with halving as a verb phrase', () => {
    it.each([
      [-18.18, 'more than 18 per cent'],
      [-20, '20 per cent'],
      [-50, 'halved'],
      [-50.04, 'halved'],
      [-48, 'almost halved'],
      [-47.5, 'almost halved'],
      [-52, 'more than halved'],
      [-52.5, 'more than halved'],
      [-47.4, 'more than 47 per cent'],
      [-53, '53 per cent'],
      [-96, 'more than 95 per cent'],
      [-100, '100 per cent'],
    ])('%p => %p', (input, expected) => {
      expect(approx(input)).toBe(expected);
    });
  });

  describe('rises of 95% or more as ratios (verb phrase: "have …")', () => {
    it.each([
      [95, 'almost doubled'],
      [96, 'almost doubled'],
      [100, 'doubled'],
      [100.04, 'doubled'],
      [103.7, 'more than doubled'],
      [105, 'more than doubled'],
      [160, 'more than doubled'],
      [190, 'more than doubled'],
      [196, 'almost trebled'],
      [200, 'trebled'],
      [210, 'more than trebled'],
      [296, 'almost quadrupled'],
      [300, 'quadrupled'],
      [396, 'risen almost five-fold'],
      [400, 'risen five-fold'],
      [420, 'risen more than five-fold'],
      [((43 - 6) / 6) * 100, 'risen more than seven-fold'],
      [900, 'risen ten-fold'],
      [1000, 'risen 11-fold'],
      [99900, 'risen 1,000-fold'],
    ])('%p => %p', (input, expected) => {
      expect(approx(input)).toBe(expected);
    });
  });

  it.each([null, undefined, NaN, Infinity, 'a lot'])('refuses %p', (input) => {
    expect(thrown(() => approx(input)).message).toMatch(/^approx: /);
  });

  it('points a missing change to an {{#if}}', () => {
    expect(thrown(() => approx(null)).hint).toContain('{{#if');
  });
});
