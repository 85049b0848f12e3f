import { closestName, nameKey, slugify } from '../../../src/validate/names.js';

describe('slugify', () => {
  it.each([
    ['Avon and Somerset', 'avon-and-somerset'],
    ['Avon & Somerset', 'avon-and-somerset'],
    ['Devon and Cornwall', 'devon-and-cornwall'],
    ['  West   Midlands ', 'west-midlands'],
    ['Ynys Môn', 'ynys-mon'],
    ['Police Service of Northern Ireland (PSNI)', 'police-service-of-northern-ireland-psni'],
    ['../../etc', 'etc'],
    ['***', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('nameKey', () => {
  it('matches names across files after NFC, trimming and case-folding', () => {
    const composed = 'Ynys M\u00f4n';
    const decomposed = 'Ynys Mo\u0302n';
    expect(nameKey(` ${decomposed}  `)).toBe(nameKey(composed));
    expect(nameKey('DEVON AND  CORNWALL')).toBe(nameKey('Devon and Cornwall'));
  });

  it('ignores what copying from web pages and PDFs leaves in a name: invisible characters and non-breaking spaces', () => {
    expect(nameKey('G\u200bwent')).toBe('gwent');
    expect(nameKey('\ufeffDevon\u00a0and\u00adCornwall\u200e')).toBe('devon andcornwall');
  });
});

describe('closestName', () => {
  it.each([
    ['Hamshire', 'Hampshire'],
    ['wiltshre', 'Wiltshire'],
    ['Northumbria', null],
  ])('%j → %p', (name, expected) => {
    expect(closestName(name, ['Hampshire', 'Wiltshire', 'Cumbria'])).toBe(expected);
  });
});
