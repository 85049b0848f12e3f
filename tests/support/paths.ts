import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder jest was started from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Folders tempDir made for this test file (Jest gives each file its own copy of this module). */
const made: string[] = [];

/** A new folder in the system's temporary folder, removed when the test file is done (tests/support/removeTempDirs.ts). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `patchpress-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made so far. */
export async function removeTempDirs(): Promise<void> {
  const dirs = made.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Every file under `dir`, as relative path → bytes, for comparing whole trees. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.set(relative(dir, path), await readFile(path));
    }
  };
  await walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
