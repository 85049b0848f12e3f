import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { error, type Diagnostic } from '../errors/diagnostic.js';

/** One generated file, its path relative to the output folder with `/` separators. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** Files in out/ that are not ours but belong there (the repository keeps out/ with a .gitkeep). */
const KEPT_FILES = ['.gitkeep'];

/**
 * Writes the whole output into a sibling staging folder, then swaps it in for
 * the old one, so a failed or interrupted run leaves either the previous out/
 * or the complete new one, and a run never leaves files from forces no longer
 * in the data.
 */
export async function writeStaged(outDir: string, files: readonly OutputFile[], cwd: string): Promise<Diagnostic[]> {
  const target = resolve(cwd, outDir);
  const parent = dirname(target);
  const name = basename(target);
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${name}.staging-${token}`);
  const previous = join(parent, `.${name}.previous-${token}`);
  try {
    await mkdir(parent, { recursive: true });
    await recoverInterruptedRun(parent, name, target);
    await mkdir(staging);
    const dirs = new Set(files.map((f) => dirname(join(staging, f.path))));
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
    for (const file of files) await writeFile(join(staging, file.path), file.content);
    const existed = await isDirectory(target);
    if (existed) {
      for (const kept of KEPT_FILES) {
        if (!files.some((f) => f.path === kept) && (await isFile(join(target, kept)))) await writeFile(join(staging, kept), '');
      }
      await rename(target, previous);
    }
    try {
      await rename(staging, target);
    } catch (cause) {
      if (existed) await rename(previous, target);
      throw cause;
    }
    if (existed) await rm(previous, { recursive: true, force: true });
    return [];
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    return [error(outDir, `could not write the output (${code}); ${outDir} was left as it was`, { hint: 'check the folder exists and can be written' })];
  }
}

/**
 * A run killed between its two renames leaves out/ missing and the previous
 * output beside it: put that back. Staging folders of dead runs are removed.
 */
async function recoverInterruptedRun(parent: string, name: string, target: string): Promise<void> {
  const entries = await readdir(parent);
  const leftovers = entries.filter((e) => e.startsWith(`.${name}.staging-`) || e.startsWith(`.${name}.previous-`));
  for (const entry of leftovers) {
    const pid = Number(/-(\d+)-[0-9a-f]+$/.exec(entry)?.[1]);
    if (pid && pid !== process.pid && isAlive(pid)) continue;
    if (entry.startsWith(`.${name}.previous-`) && !(await isDirectory(target))) await rename(join(parent, entry), target);
    else await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
