import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { inWords } from '../errors/wording.js';
import { WriteError } from './sink.js';

export type { OutputFile } from './sink.js';

/** Files in out/ that are not ours but belong there (the repository keeps out/ with a .gitkeep). */
const KEPT_FILES = ['.gitkeep'];

/** Files a desktop leaves in any folder someone opens; safe to replace with the rest. */
const DESKTOP_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * A run's output on its way to disk: a sibling staging folder that files go
 * into as they are produced, then swapped in for the old out/ whole, so a
 * failed or interrupted run leaves either the previous out/ or the complete
 * new one, and a run never leaves files from forces no longer in the data.
 *
 * The swap is two renames (out/ → .out.previous-…, staging → out/): Node has
 * no atomic exchange of two folders. A run killed between them leaves no out/
 * for an instant and its previous contents beside it; the next run puts them
 * back before doing anything else (recoverInterruptedRun).
 *
 * Only a folder patchpress wrote is replaced: every file in it must be listed
 * in its manifest.json (or be .gitkeep or desktop litter), so `--out .` or a
 * folder of someone's documents is refused rather than deleted. Symbolic links
 * inside out/ are never followed: they go with the old output, and what they
 * point to is left alone. out/ itself may be a link: the folder it points to
 * is replaced, staged beside it (on the same file system, so files of the
 * previous build can be hard-linked into the new one).
 */
export interface Staging {
  /** The staging folder. */
  dir: string;
  /** The folder to be replaced (where out/ points, when it is a link). */
  target: string;
  /** Swaps the staging folder in for out/. */
  commit(): Promise<Diagnostic[]>;
  /** Removes the staging folder, leaving out/ as it was. */
  discard(): Promise<void>;
}

export async function openStaging(outDir: string, cwd: string): Promise<{ staging: Staging } | { diagnostics: Diagnostic[] }> {
  const located = await locateTarget(resolve(cwd, outDir));
  if ('problem' in located) return { diagnostics: [error(outDir, `${outDir} ${located.problem}`)] };
  const { target } = located;
  const parent = dirname(target);
  const name = basename(target);
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const dir = join(parent, `.${name}.staging-${token}`);
  const previous = join(parent, `.${name}.previous-${token}`);
  const discard = (): Promise<void> => rm(dir, { recursive: true, force: true });
  let existed: boolean;
  try {
    await mkdir(parent, { recursive: true });
    await recoverInterruptedRun(parent, name, target);
    const existing = await kindOf(target);
    if (existing === 'other') return { diagnostics: [error(outDir, `${outDir} is a file, not a folder`, { hint: 'choose a folder with --out' })] };
    if (existing === 'folder') {
      const foreign = await foreignFiles(target);
      if (foreign.length) return { diagnostics: [refusal(outDir, foreign)] };
    }
    existed = existing === 'folder';
    await mkdir(dir);
  } catch (cause) {
    await discard();
    return { diagnostics: [writeFailure(outDir, cause)] };
  }
  const commit = async (): Promise<Diagnostic[]> => {
    try {
      if (existed) {
        for (const kept of KEPT_FILES) {
          if (!(await isFile(join(target, kept))) || (await exists(join(dir, kept)))) continue;
          await link(join(target, kept), join(dir, kept)).catch(() => writeFile(join(dir, kept), ''));
        }
        await rename(target, previous);
      }
      try {
        await rename(dir, target);
      } catch (cause) {
        if (existed) await rename(previous, target);
        throw cause;
      }
      // rm does not follow symbolic links: a link in the old out/ goes, its target stays.
      if (existed) await rm(previous, { recursive: true, force: true });
      return [];
    } catch (cause) {
      await discard();
      return [writeFailure(outDir, cause)];
    }
  };
  return { staging: { dir, target, commit, discard } };
}

/** A failure to write, as the user sees it: out/ was left as it was. */
export function writeFailure(outDir: string, cause: unknown): Diagnostic {
  const code = cause instanceof WriteError ? cause.code : ((cause as NodeJS.ErrnoException).code ?? String(cause));
  return error(outDir, `could not write the output (${code}); ${outDir} was left as it was`, { hint: 'check the folder exists and can be written' });
}

/** The folder to replace: the path itself, or where it points when out/ is a symbolic link. */
async function locateTarget(path: string): Promise<{ target: string } | { problem: string }> {
  const link = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
  if (!link) return { target: path };
  try {
    return { target: await realpath(path) };
  } catch {
    return { problem: 'is a symbolic link to a folder that does not exist' };
  }
}

/**
 * Files in an existing out/ that patchpress did not write: not listed in its
 * manifest.json. Walks without following symbolic links.
 */
export async function foreignFiles(folder: string): Promise<string[]> {
  const listed = await manifestPaths(join(folder, 'manifest.json'));
  const foreign: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`);
      else if (entry.isSymbolicLink()) continue;
      else if (path === 'manifest.json' && listed.size > 0) continue;
      else if (!listed.has(path) && !KEPT_FILES.includes(path) && !DESKTOP_LITTER.has(entry.name)) foreign.push(path);
    }
  };
  await walk(folder, '');
  return foreign;
}

/** The paths a patchpress manifest lists; none when the file is absent or not one. */
async function manifestPaths(file: string): Promise<Set<string>> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as { sha256?: unknown };
    return manifest.sha256 && typeof manifest.sha256 === 'object' ? new Set(Object.keys(manifest.sha256)) : new Set();
  } catch {
    return new Set();
  }
}

function refusal(outDir: string, foreign: readonly string[]): Diagnostic {
  const files = foreign.length === 1 ? 'a file' : `${foreign.length} files`;
  return error(outDir, `${outDir} holds ${files} patchpress did not write (${inWords(foreign, 4)}); a build replaces the whole folder, so it will not touch this one`, {
    hint: `move ${foreign.length === 1 ? 'it' : 'them'} elsewhere, or choose an empty or new folder with --out`,
  });
}

/**
 * Puts back the output of a build killed between its two renames, and removes
 * the staging folders of dead runs; run first thing by every build, whether
 * or not it goes on to write. Never throws: a folder it cannot read is left
 * for the write to report.
 */
export async function recoverOutput(outDir: string, cwd: string): Promise<void> {
  const located = await locateTarget(resolve(cwd, outDir));
  if ('problem' in located) return;
  const { target } = located;
  await recoverInterruptedRun(dirname(target), basename(target), target).catch(() => undefined);
}

/**
 * A run killed between its two renames leaves out/ missing and the previous
 * output beside it: put that back. Staging folders of dead runs are removed.
 */
async function recoverInterruptedRun(parent: string, name: string, target: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  const leftovers = entries.filter((e) => e.startsWith(`.${name}.staging-`) || e.startsWith(`.${name}.previous-`));
  for (const entry of leftovers) {
    const pid = Number(/-(\d+)-[0-9a-f]+$/.exec(entry)?.[1]);
    if (pid && pid !== process.pid && isAlive(pid)) continue;
    if (entry.startsWith(`.${name}.previous-`) && (await kindOf(target)) === 'absent') await rename(join(parent, entry), target);
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

async function kindOf(path: string): Promise<'absent' | 'folder' | 'other'> {
  return stat(path).then(
    (s) => (s.isDirectory() ? 'folder' : 'other'),
    () => 'absent',
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}
