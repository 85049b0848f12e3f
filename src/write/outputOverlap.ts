import { relative, resolve, isAbsolute } from 'node:path';

/**
 * A build replaces its output folder whole, so the output folder must not be,
 * or hold, the folder patchpress runs in or its data or templates: `--out .`
 * would otherwise delete the campaign it was built from. Returns the usage
 * error, or null.
 *
 * @example outputOverlap('.', { data: 'data', templates: 'templates' }, '/campaign') // '--out . would replace the folder patchpress runs in'
 */
export function outputOverlap(outDir: string, inputs: { data: string; templates: string }, cwd: string): string | null {
  const out = resolve(cwd, outDir);
  if (holds(out, cwd)) return `--out ${outDir} would replace the folder patchpress runs in${out === cwd ? '' : ' (it holds it)'}`;
  for (const [option, dir] of Object.entries(inputs)) {
    if (holds(out, resolve(cwd, dir))) return `--out ${outDir} would replace the --${option} folder (${dir})`;
  }
  return null;
}

/** Whether `inner` is `outer` or lies inside it. */
function holds(outer: string, inner: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}
