import { between, seededRandom } from '../../bench/prng.js';

/**
 * Pieces of copy that sit badly across a blank line: list items (tight and
 * loose), indented lines, block quotes, headings, fences, a link reference,
 * raw HTML, a link target split over lines, qualifiers, days and months at a
 * paragraph's end, numbered-list markers at its end.
 */
const PIECES = [
  'Para one with 12 figures.', 'It rose almost', '90 per cent', 'on 3', 'September 2020', 'in September,', '2020 it was', 'risen', 'five-fold',
  '- item a', '- item b', '* star item', '+ plus item', '1. first', '2) second', '  indented continuation 5', '    code 42', '> quote 7', '> more quote',
  '# Heading 1', '## Heading', 'Setext', '===', '---', '***', '```', 'code 3 in fence', '~~~', '[ref]: https://example.org',
  'See [ref] and [link](https://a.example/x', 'y) done.', '<b>bold</b>', 'a <script>x</script>', 'www.example.org/page', 'mail press@x.example.org',
  '| a | b |', '|---|---|', '| 1 | 2 |', 'Text with trailing two spaces  ', 'Back\\', 'ENDS', 'under', 'over', '1,709,000', 'one in', 'eight',
  '“A quote.”', '— A spokesperson, Charity', '*(Sample copy.)*', '\tTabbed 9', '[x](javascript:alert(1))', '1.', '12th', 'MARCH', 'a half', 'x',
];
const SEPARATORS = ['\n', '\n\n', '\n\n', '\n\n\n', ' '];

/** `count` documents of 2 to 11 pieces, the same on every run; pieces repeat, so paragraphs are met again. */
export function paragraphDocuments(count: number, seed = 42): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[between(random, 0, list.length - 1)]!;
  return Array.from({ length: count }, () => {
    const pieces = between(random, 2, 11);
    let doc = '';
    for (let k = 0; k < pieces; k++) doc += pick(PIECES) + (k < pieces - 1 ? pick(SEPARATORS) : pick(['', '\n']));
    return doc;
  });
}
