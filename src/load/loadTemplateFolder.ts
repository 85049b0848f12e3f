import { join } from 'node:path';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { listFiles } from './listFolder.js';
import { isDiagnostic, readSourceFile, type SourceFile } from './readSourceFile.js';

/** Every file of a templates folder, read but not yet parsed. */
export interface TemplateFolder {
  dir: string;
  /** `*.md.hbs` directly in the folder: one release per region each. */
  templates: SourceFile[];
  /** partial name (file name less `.md.hbs`) → file */
  partials: Map<string, SourceFile>;
  /** layout name (file name less `.html.hbs`) → file */
  layouts: Map<string, SourceFile>;
}

const TEMPLATE_SUFFIX = '.md.hbs';
const LAYOUT_SUFFIX = '.html.hbs';

export async function loadTemplateFolder(
  dir: string,
  cwd: string,
): Promise<{ folder: TemplateFolder | null; diagnostics: Diagnostic[] }> {
  const names = await listFiles(dir, cwd);
  if (names === null) {
    return { folder: null, diagnostics: [error(dir, 'templates folder not found', { hint: 'pass --templates DIR' })] };
  }
  const diagnostics: Diagnostic[] = [];
  const readAll = async (folder: string, files: string[]): Promise<SourceFile[]> => {
    const out: SourceFile[] = [];
    for (const name of files) {
      const result = await readSourceFile(join(folder, name), cwd);
      if (isDiagnostic(result)) diagnostics.push(result);
      else out.push(result);
    }
    return out;
  };
  const templateNames = names.filter((n) => n.endsWith(TEMPLATE_SUFFIX));
  const templates = await readAll(dir, templateNames);
  // Templates there but unreadable are reported each on its own, not again as none found.
  if (templateNames.length === 0) {
    diagnostics.push(error(dir, `no templates found (files named *${TEMPLATE_SUFFIX})`));
  }
  const byName = async (sub: string, suffix: string): Promise<Map<string, SourceFile>> => {
    const folder = join(dir, sub);
    const files = ((await listFiles(folder, cwd)) ?? []).filter((n) => n.endsWith(suffix));
    const read = await readAll(folder, files);
    return new Map(read.map((f) => [baseName(f.path, suffix), f]));
  };
  const partials = await byName('partials', TEMPLATE_SUFFIX);
  const layouts = await byName('layouts', LAYOUT_SUFFIX);
  return { folder: { dir, templates, partials, layouts }, diagnostics };
}

function baseName(path: string, suffix: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.slice(0, -suffix.length);
}
