import { isScratchFile, watchedFolders } from '../../../src/preview/watchFolders.js';

describe('isScratchFile', () => {
  it.each([
    ['release.md.hbs', false],
    ['offences.csv', false],
    ['quotes', false],
    ['rise.md', false],
    [null, false],
    ['.release.md.hbs.swp', true],
    ['.release.md.hbs.swx', true],
    ['4913', true],
    ['release.md.hbs~', true],
    ['#rise.md#', true],
    ['.#rise.md', true],
    ['.DS_Store', true],
  ])('%p => %p', (name, scratch) => {
    expect(isScratchFile(name)).toBe(scratch);
  });
});

describe('watchedFolders', () => {
  it('is every folder the loaders read, one level each', () => {
    expect(watchedFolders('data', 'templates')).toEqual(['data', 'data/quotes', 'templates', 'templates/partials', 'templates/layouts']);
  });
});
