import { parse } from 'csv-parse/sync';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';

/** One CSV record with the line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Splits CSV text into records (quoted commas and newlines, CRLF), keeping the
 * first line of each record for messages. Rows of nothing but commas, which
 * spreadsheets leave at the end, are dropped.
 */
export function readCsvRecords(file: SourceFile): { records: CsvRecord[]; diagnostics: Diagnostic[] } {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info: true` csv-parse returns { record, info } objects, which its types do not model.
    rows = parse(file.text, { relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (cause) {
    const e = cause as { message?: string; lines?: number };
    const message = (e.message ?? String(cause)).replace(/^[A-Za-z ]+: /, '').replace(/ at line \d+$/, '');
    return {
      records: [],
      diagnostics: [error(file.path, `not readable as CSV: ${message}`, e.lines === undefined ? {} : { line: e.lines, hint: 'check the quotes on this line' })],
    };
  }
  const records = rows
    .filter((r) => r.record.some((cell) => cell.trim() !== ''))
    .map((r) => ({ cells: r.record, line: r.info.lines - countLineBreaks(r.record) }));
  return { records, diagnostics: [] };
}

function countLineBreaks(cells: readonly string[]): number {
  return cells.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}
