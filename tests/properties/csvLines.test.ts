import fc from 'fast-check';
import { readCsvRecords } from '../../src/validate/csvRecords.js';

/**
 * Every record comes back with its cells as written and the line it starts
 * on, however the file mixes CRLF and LF, blank lines, and quoted cells with
 * commas, quotes and line breaks inside. The expected lines are counted here
 * while the file is written.
 */
const plainCell = fc.stringMatching(/^[A-Za-z0-9 .%/-]{0,8}$/);
const quotedCell = fc.array(fc.constantFrom('a', '1', ',', '"', '\n', '\r\n', ' '), { maxLength: 8 }).map((parts) => parts.join(''));
const cell = fc.oneof(plainCell, quotedCell);
const record = fc.array(cell, { minLength: 1, maxLength: 5 }).filter((cells) => cells.some((c) => c.trim() !== ''));

function encode(value: string): string {
  return /[",\r\n]/.test(value) || value.trim() !== value ? `"${value.replace(/"/g, '""')}"` : value;
}

function linesIn(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

describe('readCsvRecords', () => {
  it('returns every record with its cells and the line it starts on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.constantFrom('\n', '\r\n'), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 }),
        (rows) => {
          let text = '';
          let line = 1;
          const expected: Array<{ cells: string[]; line: number }> = [];
          for (const [cells, newline, blankLinesAfter] of rows) {
            const written = cells.map(encode).join(',');
            expected.push({ cells, line });
            text += written + newline + newline.repeat(blankLinesAfter);
            line += linesIn(written) + 1 + blankLinesAfter;
          }
          const { records, diagnostics } = readCsvRecords({ path: 'x.csv', text });
          expect(diagnostics).toEqual([]);
          expect(records).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
