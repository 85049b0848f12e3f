import { comparable, jaccard, ownParagraphs, similarPairs } from '../../../src/audit/similarity.js';

describe('jaccard', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['c', 'd'], 0],
    [['a', 'b', 'c'], ['b', 'c', 'd'], 0.5],
  ])('%p and %p => %p', (a, b, expected) => {
    expect(jaccard(new Set(a), new Set(b))).toBe(expected);
  });
});

describe('comparable', () => {
  it('sets figures and names aside, so releases differing only in those are the same', () => {
    const kent = comparable('Kent', 'Kent Police recorded 735 offences in 2019/20, a rise of 50 per cent.', ['Kent Police', 'Kent']);
    const hants = comparable('Hampshire', 'Hampshire Constabulary recorded 247 offences in 2019/20, a rise of almost 90 per cent.', ['Hampshire Constabulary', 'Hampshire']);
    expect(jaccard(kent.shingles, hants.shingles)).toBe(1);
  });

  it('tells different wording apart', () => {
    const a = comparable('A', 'The force recorded 735 offences in the year to March.', []);
    const b = comparable('B', 'The force logged 735 offences in the year to March.', []);
    expect(jaccard(a.shingles, b.shingles)).toBeLessThan(0.5);
  });
});

describe('ownParagraphs', () => {
  it('drops the paragraphs every release shares word for word', () => {
    expect(ownParagraphs(['Kent rose.\n\nNotes to editors.', 'Hampshire rose.\n\nNotes to editors.'])).toEqual(['Kent rose.', 'Hampshire rose.']);
  });
});

describe('similarPairs', () => {
  it('lists the pairs above the threshold, most alike first', () => {
    const items = [comparable('A', 'red green blue cyan magenta yellow', []), comparable('B', 'red green blue cyan magenta yellow', []), comparable('C', 'apple pear plum fig lime kiwi', [])];
    expect(similarPairs(items, 0.9)).toEqual([{ a: 'A', b: 'B', similarity: 1 }]);
  });
});
