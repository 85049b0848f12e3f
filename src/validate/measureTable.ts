import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';
import type { MeasureDefinition } from '../model.js';
import { parseExtraCell, parseFigure } from './cells.js';
import { eachCsvRecord, type CsvRecord } from './csvRecords.js';
import { quoted } from './describeValue.js';
import { nameKey, tidyName } from './names.js';
import { FORBIDDEN_KEYS } from './yaml.js';

/** One region's row in one measure's CSV. */
export interface TableRow {
  name: string;
  key: string;
  nation: string;
  values: Record<string, number | null>;
  extra: Record<string, string | number | null>;
  line: number;
}

export interface MeasureTable {
  measure: MeasureDefinition;
  file: string;
  /** Period columns in the order of the header. */
  periods: string[];
  rows: TableRow[];
  /** Keys of rows set aside for a problem already reported: other files may still name them. */
  setAside: Set<string>;
}

/** A header is a period when it reads like a financial ("2019/20") or calendar ("2020") year. */
const PERIOD_HEADER = /^\d{4}(\/\d{2})?$/;
const REGION_COLUMN = 'force';
/** Fields of `region` patchpress sets itself; extra columns reach templates beside them. */
const RESERVED_REGION_FIELDS = ['name', 'slug', 'nation', 'contacts'];
const NATION_COLUMN = 'nation';

/**
 * Reads one measure's CSV: `force`, `nation`, one column per period, any other
 * columns kept as extras. Every bad cell, duplicate and ragged row is reported.
 */
export function validateMeasureTable(
  file: SourceFile,
  measure: MeasureDefinition,
  requiredPeriods: readonly string[],
): { table: MeasureTable | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rows: TableRow[] = [];
  const setAside = new Set<string>();
  // The first record is the header; every later one is read into a row as csv-parse makes it, so the
  // file's records are never all held at once. A header with problems leaves the rows unread.
  const read: { header: Header | null; row: ((record: CsvRecord) => void) | null } = { header: null, row: null };
  const unreadable = eachCsvRecord(file, (record) => {
    if (read.row) return read.row(record);
    read.header = readHeader(file.path, record, requiredPeriods, diagnostics);
    read.row = read.header ? rowReader(file.path, measure, read.header, { rows, setAside, diagnostics }) : () => undefined;
  });
  if (unreadable.length) return { table: null, diagnostics: unreadable };
  if (!read.row) return { table: null, diagnostics: [error(file.path, 'the file is empty', { hint: `the first line names the columns: ${REGION_COLUMN},${NATION_COLUMN},${requiredPeriods.join(',')}` })] };
  if (!read.header) return { table: null, diagnostics };
  if (rows.length === 0 && diagnostics.length === 0) diagnostics.push(error(file.path, 'no rows of figures below the header'));
  return { table: { measure, file: file.path, periods: read.header.periods, rows, setAside }, diagnostics };
}

/** What the header says: where each column is, which are periods and which are extras. */
interface Header {
  columns: string[];
  /** Column name → its index. */
  seen: Map<string, number>;
  periods: string[];
  extras: string[];
}

/** The header's columns, or null (its problems in `diagnostics`) when rows cannot be read by it. */
function readHeader(path: string, header: CsvRecord, requiredPeriods: readonly string[], diagnostics: Diagnostic[]): Header | null {
  const before = diagnostics.length;
  const columns = header.cells.map((c) => c.trim());
  const seen = new Map<string, number>();
  columns.forEach((name, index) => {
    if (name === '') diagnostics.push(error(path, `column ${index + 1} has no name`, { line: header.line }));
    else if (FORBIDDEN_KEYS.has(name)) diagnostics.push(error(path, `column ${index + 1} is named "${name}", which is not allowed`, { line: header.line, hint: 'rename the column: as a field name it would change how every object behaves' }));
    else if (seen.has(name)) diagnostics.push(error(path, `column "${name}" appears twice (columns ${(seen.get(name) ?? 0) + 1} and ${index + 1})`, { line: header.line }));
    else seen.set(name, index);
  });
  for (const required of [REGION_COLUMN, NATION_COLUMN, ...requiredPeriods]) {
    if (!seen.has(required)) {
      diagnostics.push(error(path, `missing column "${required}"`, { line: header.line, hint: `the header is: ${columns.join(',')}` }));
    }
  }
  if (diagnostics.length > before) return null;

  const periods = columns.filter((c) => PERIOD_HEADER.test(c));
  const extras = columns.filter((c) => c !== REGION_COLUMN && c !== NATION_COLUMN && !PERIOD_HEADER.test(c));
  for (const column of extras.filter((c) => RESERVED_REGION_FIELDS.includes(c))) {
    diagnostics.push(error(path, `column "${column}" would hide the region's own \`${column}\` in templates`, { line: header.line, hint: 'rename the column' }));
  }
  return diagnostics.length > before ? null : { columns, seen, periods, extras };
}

/** Reads each record after the header into a row, or reports why it cannot be one. */
function rowReader(
  path: string,
  measure: MeasureDefinition,
  { columns, seen, periods, extras }: Header,
  into: { rows: TableRow[]; setAside: Set<string>; diagnostics: Diagnostic[] },
): (record: CsvRecord) => void {
  const { rows, setAside, diagnostics } = into;
  const firstLineOfKey = new Map<string, number>();
  // Every row names one of a few nations: one string each, not one per row.
  const nations = new Map<string, string>();
  let rowNumber = 0;
  return (record) => {
    rowNumber += 1;
    const cell = (column: string): string => record.cells[seen.get(column) ?? -1] ?? '';
    const name = tidyName(cell(REGION_COLUMN));
    const where = name ? `row ${rowNumber} (force "${name}")` : `row ${rowNumber}`;
    if (record.cells.length !== columns.length) {
      if (name) setAside.add(nameKey(name));
      diagnostics.push(error(path, `${where} has ${record.cells.length} cells; the header has ${columns.length}`, { line: record.line, hint: 'a missing or extra comma, or an unquoted comma inside a value' }));
      return;
    }
    if (!name) {
      diagnostics.push(error(path, `${where}, column ${REGION_COLUMN}: a force name is required`, { line: record.line }));
      return;
    }
    const written = tidyName(cell(NATION_COLUMN));
    const nation = nations.get(written) ?? (nations.set(written, written), written);
    if (!nation) diagnostics.push(error(path, `${where}, column ${NATION_COLUMN}: a nation is required`, { line: record.line, hint: 'e.g. England, Wales, Scotland or Northern Ireland' }));

    const values: Record<string, number | null> = {};
    for (const period of periods) {
      const raw = cell(period);
      const result = parseFigure(raw, measure.kind);
      if (result.ok) values[period] = result.value;
      else diagnostics.push(error(path, `${where}, column ${period}: expected ${result.expected}, got ${quoted(raw)}`, { line: record.line, ...(result.hint ? { hint: result.hint } : {}) }));
    }
    const extra: Record<string, string | number | null> = {};
    for (const column of extras) extra[column] = parseExtraCell(cell(column));

    const key = nameKey(name);
    const first = firstLineOfKey.get(key);
    if (first !== undefined) {
      diagnostics.push(error(path, `${where}: force "${name}" appears twice (lines ${first} and ${record.line})`, { line: record.line, hint: 'keep one row per force' }));
      return;
    }
    firstLineOfKey.set(key, record.line);
    rows.push({ name, key, nation, values, extra, line: record.line });
  };
}
