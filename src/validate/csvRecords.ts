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
  // Parsed as bytes so the `bytes` offsets csv-parse reports index this same buffer.
  const bytes = Buffer.from(file.text, 'utf8');
  let rows: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    // With `info: true` csv-parse returns { record, info } objects, which its types do not model.
    rows = parse(bytes, { relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (cause) {
    const e = cause as { message?: string; lines?: number };
    const message = (e.message ?? String(cause)).replace(/^[A-Za-z ]+: /, '').replace(/ at line \d+$/, '');
    return {
      records: [],
      diagnostics: [error(file.path, `not readable as CSV: ${message}`, e.lines === undefined ? {} : { line: e.lines, hint: 'check the quotes on this line' })],
    };
  }
  const lines = new LineCounter(bytes);
  const records: CsvRecord[] = [];
  let end = 0;
  for (const row of rows) {
    const line = lines.lineOfNextRecord(end);
    end = row.info.bytes;
    if (row.record.some((cell) => cell.trim() !== '')) records.push({ cells: row.record, line });
  }
  return { records, diagnostics: [] };
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
