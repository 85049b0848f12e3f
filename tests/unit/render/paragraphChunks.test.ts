import { paragraphChunks } from '../../../src/render/paragraphChunks.js';

describe('paragraphChunks', () => {
  it('cuts after each run of blank lines, each piece keeping the breaks that end it', () => {
    expect(paragraphChunks('a\n\nb\n\n\nc\nd\n', () => true)).toEqual(['a\n\n', 'b\n\n\n', 'c\nd\n']);
  });

  it('cuts only where allowed, handing over the piece so far and where the next begins', () => {
    const asked: Array<[string, number]> = [];
    const chunks = paragraphChunks('one\n\ntwo\n\nthree', (before, after) => {
      asked.push([before, after]);
      return before !== 'one\n\n';
    });
    expect(asked).toEqual([['one\n\n', 5], ['one\n\ntwo\n\n', 10]]);
    expect(chunks).toEqual(['one\n\ntwo\n\n', 'three']);
  });

  it('does not cut before trailing line breaks, nor in a text without blank lines', () => {
    expect(paragraphChunks('a\n\n', () => true)).toEqual(['a\n\n']);
    expect(paragraphChunks('a\nb', () => true)).toEqual(['a\nb']);
    expect(paragraphChunks('', () => true)).toEqual(['']);
  });
});
