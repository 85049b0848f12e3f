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
 *
 * Lines are counted here, not taken from csv-parse, whose count goes one too
 * far for every CRLF inside a quoted cell (it counts the CR and the LF).
 */
export function readCsvRecords(file: SourceFile): { records: CsvRecord[]; diagnostics: Diagnostic[] } {
  const records: CsvRecord[] = [];
  const diagnostics = eachCsvRecord(file, (record) => records.push(record));
  return { records: diagnostics.length ? [] : records, diagnostics };
}

/**
 * The same records handed to `visit` one at a time as they are parsed, none
 * kept: a file of 50,000 rows then never holds every parsed record (and
 * csv-parse's own per-record info) at once, which was the peak of a large
 * build's memory. When the file turns out not to be CSV, the diagnostic comes
 * back after `visit` has seen the records before the fault: a caller drops
 * what it made of them.
 */
export function eachCsvRecord(file: SourceFile, visit: (record: CsvRecord) => void): Diagnostic[] {
  // Parsed as bytes so the `bytes` offsets csv-parse reports index this same buffer.
  const bytes = Buffer.from(file.text, 'utf8');
  const lines = new LineCounter(bytes);
  let end = 0;
  // csv-parse reports an exception thrown in on_record as a parse error; ours are bugs, and rethrown as they are.
  let visitFailure: { cause: unknown } | null = null;
  const onRecord = (record: string[], info: { bytes: number }): undefined => {
    const line = lines.lineOfNextRecord(end);
    end = info.bytes;
    if (!record.some((cell) => cell.trim() !== '')) return undefined;
    try {
      visit({ cells: record, line });
    } catch (cause) {
      visitFailure = { cause };
      throw cause;
    }
    // Nothing returned: csv-parse keeps no record.
    return undefined;
  };
  try {
    // relax_quotes keeps a quote inside an unquoted cell (5" screen) as text, as spreadsheets read it.
    // Every line ending ends a record, even in a file that mixes them (a row added in another editor):
    // csv-parse otherwise takes the first line's ending as the only one.
    parse(bytes, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'], on_record: onRecord });
  } catch (cause) {
    if (visitFailure) throw (visitFailure as { cause: unknown }).cause;
    return [unreadable(file, cause as { code?: string; message?: string; lines?: number })];
  }
  return [];
}

function unreadable(file: SourceFile, e: { code?: string; message?: string; lines?: number }): Diagnostic {
  const hint = 'a cell with a comma, quote or line break is written in double quotes, with any quote inside doubled: "5 ""big"" forces"';
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse reports where the file ended; the reader needs where the quote opened.
    return error(file.path, 'not readable as CSV: a quote opened on this line is never closed', { line: unclosedQuoteLine(file.text), hint });
  }
  if (e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return error(file.path, 'not readable as CSV: a quoted cell has more text after its closing quote', { ...(e.lines === undefined ? {} : { line: e.lines }), hint });
  }
  const message = (e.message ?? String(e)).replace(/^[A-Za-z ]+: /, '').replace(/ at line \d+$/, '');
  return error(file.path, `not readable as CSV: ${message}`, { ...(e.lines === undefined ? {} : { line: e.lines }), hint });
}

/** The line of the quote still open at the end of the text ("" inside quotes toggles twice, so it cancels out). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedOn = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) openedOn = line;
    } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
  }
  return openedOn;
}

/** Counts lines forward through a buffer, once, however many records are asked about. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Uint8Array) {}

  /** The line of the first byte at or after `from` that is not a line break (empty lines are skipped, as the parser does). */
  lineOfNextRecord(from: number): number {
    this.advanceTo(from);
    while (this.offset < this.bytes.length && isLineBreak(this.bytes[this.offset]!)) this.step();
    return this.line;
  }

  private advanceTo(target: number): void {
    while (this.offset < target) this.step();
  }

  private step(): void {
    const byte = this.bytes[this.offset]!;
    if (byte === LF || (byte === CR && this.bytes[this.offset + 1] !== LF)) this.line += 1;
    this.offset += 1;
  }
}

const LF = 0x0a;
const CR = 0x0d;

function isLineBreak(byte: number): boolean {
  return byte === LF || byte === CR;
}
