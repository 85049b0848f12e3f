import { error, warning, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';
import type { Newsroom, Region } from '../model.js';
import { readCsvRecords } from './csvRecords.js';
import { email as emailRule } from './fields.js';
import { closestName, nameKey, RESERVED_SLUGS, slugify, tidyName } from './names.js';

/** The file name in the campaign folder. */
export const NEWSROOMS_FILE = 'newsrooms.csv';

const COLUMNS = { name: 'newsroom', email: 'email', forces: 'forces' } as const;
/** Forces in one cell are separated by semicolons: force names may hold commas. */
const FORCE_SEPARATOR = ';';

/** The forces a newsroom may name: the rows of the primary measure's CSV. */
export interface KnownForces {
  regions: readonly Region[];
  /** Keys of every row name, with rows set aside for a problem already reported. */
  keys: ReadonlySet<string>;
  /** The primary measure's file, named in messages. */
  file: string;
}

/**
 * Reads `newsrooms.csv`: one newsroom a row, its email address, and the
 * forces it covers separated by `;`. Every problem is reported with its line;
 * a force name that is not in the data gets the closest real name as a hint.
 */
export function validateNewsrooms(file: SourceFile, known: KnownForces): { newsrooms: Newsroom[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsvRecords(file);
  if (diagnostics.length) return { newsrooms: [], diagnostics };
  const [header, ...body] = records;
  const expectedHeader = Object.values(COLUMNS).join(',');
  if (!header) return { newsrooms: [], diagnostics: [error(file.path, 'the file is empty', { hint: `the first line names the columns: ${expectedHeader}` })] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const index = (name: string): number => columns.indexOf(name);
  const missing = Object.values(COLUMNS).filter((c) => index(c) === -1);
  if (missing.length) {
    return {
      newsrooms: [],
      diagnostics: missing.map((c) => error(file.path, `missing column "${c}"`, { line: header.line, hint: `the header is: ${columns.join(',')}; expected ${expectedHeader}` })),
    };
  }

  const byKey = new Map(known.regions.map((r) => [nameKey(r.name), r]));
  const bySlug = new Map<string, { name: string; line: number }>();
  const newsrooms: Newsroom[] = [];
  body.forEach((record, i) => {
    const at = { line: record.line };
    const cell = (column: string): string => record.cells[index(column)] ?? '';
    const name = tidyName(cell(COLUMNS.name));
    const where = name ? `row ${i + 1} (newsroom "${name}")` : `row ${i + 1}`;
    const problems: Diagnostic[] = [];
    if (!name) problems.push(error(file.path, `${where}, column ${COLUMNS.name}: a newsroom name is required`, at));
    const slug = slugify(name);
    if (name && !slug) problems.push(error(file.path, `${where}: the name makes an empty folder name`, { ...at, hint: 'use letters or digits in the name' }));
    if (slug && RESERVED_SLUGS.has(slug)) problems.push(error(file.path, `${where}: its folder name "${slug}" is reserved`, { ...at, hint: 'add a word to the name' }));
    const clash = bySlug.get(slug);
    if (slug && clash) problems.push(error(file.path, `newsrooms "${clash.name}" (line ${clash.line}) and "${name}" both make the folder name "${slug}"`, { ...at, hint: 'each newsroom needs a distinct name' }));

    const address = cell(COLUMNS.email).trim();
    if (!address) problems.push(error(file.path, `${where}, column ${COLUMNS.email}: an email address is required`, at));
    else if (!emailRule.safeParse(address).success) problems.push(error(file.path, `${where}, column ${COLUMNS.email}: expected an email address, got ${JSON.stringify(address)}`, at));

    const forces: Region[] = [];
    const listed = cell(COLUMNS.forces).split(FORCE_SEPARATOR).map(tidyName).filter(Boolean);
    if (listed.length === 0) problems.push(error(file.path, `${where}, column ${COLUMNS.forces}: name at least one force`, { ...at, hint: `separate force names with "${FORCE_SEPARATOR}", e.g. Hampshire; Wiltshire` }));
    for (const force of listed) {
      const region = byKey.get(nameKey(force));
      if (region) {
        if (forces.includes(region)) diagnostics.push(warning(file.path, `${where}: force "${force}" is listed twice`, at));
        else forces.push(region);
      } else if (known.keys.size > 0 && !known.keys.has(nameKey(force))) {
        // No known forces: the figures file could not be read, which is reported already; every name would fail.
        const guess = closestName(force, known.regions.map((r) => r.name));
        problems.push(error(file.path, `${where}, column ${COLUMNS.forces}: force "${force}" is not in ${known.file}`, { ...at, hint: guess ? `did you mean "${guess}"?` : `the forces are the rows of ${known.file}` }));
      }
    }
    diagnostics.push(...problems);
    if (problems.length) return;
    bySlug.set(slug, { name, line: record.line });
    newsrooms.push({ name, slug, email: address, forces: forces.map((r) => r.name), line: record.line });
  });
  return { newsrooms, diagnostics };
}
