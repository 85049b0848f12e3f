import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What is wrong with an output folder judged against its own manifest.json:
 * files whose sha256 differs, files listed but missing, files present but not
 * listed. Empty when the folder is one complete build.
 */
export function completeOutput(out: string): string[] {
  let listed: Record<string, string>;
  try {
    listed = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { sha256: Record<string, string> }).sha256;
  } catch {
    return ['manifest.json missing or unreadable'];
  }
  const problems: string[] = [];
  const present = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(out.length + 1).split('\\').join('/'))
    .filter((path) => path !== 'manifest.json' && path !== '.gitkeep');
  for (const path of present) if (!(path in listed)) problems.push(`not in the manifest: ${path}`);
  for (const [path, sha] of Object.entries(listed)) {
    let actual: string;
    try {
      actual = createHash('sha256').update(readFileSync(join(out, path))).digest('hex');
    } catch {
      problems.push(`missing: ${path}`);
      continue;
    }
    if (actual !== sha) problems.push(`changed: ${path}`);
  }
  return problems;
}
