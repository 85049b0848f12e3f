import { perDay } from '../../../../src/render/helpers/perDay.js';
import { hash, thrown } from './thrown.js';

describe('perDay', () => {
  it.each([
    [8244, '22'],
    [8224, '22'],
    [10391, '28'],
    [10220, '28'],
    [10584, '28'],
    [365, '1'],
    [364, '0'],
    [0, '0'],
    [3650000, '10,000'],
  ])('%p => %p', (input, expected) => {
    expect(perDay(input)).toBe(expected);
  });

  it.each([
    [366, 366, '1'],
    [365, 366, '0'],
    [10391, 366, '28'],
    [10248, 366, '28'],
  ])('%p with days=%p => %p', (input, days, expected) => {
    expect(perDay(input, hash({ days }))).toBe(expected);
  });

  it.each([
    [1095, 'three'],
    [3650, '10'],
    [8244, '22'],
  ])('%p with words=true => %p', (input, expected) => {
    expect(perDay(input, hash({ words: true }))).toBe(expected);
  });

  it.each([null, undefined, NaN, Infinity, -365, 'many'])('refuses %p', (input) => {
    expect(thrown(() => perDay(input)).message).toMatch(/^perDay: /);
  });

  it.each([0, -1, 365.5, '366', null])('refuses days=%p', (days) => {
    expect(thrown(() => perDay(8244, hash({ days }))).message).toMatch(/^perDay: option `days` must be a whole number of days/);
  });
});
