import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { repoRoot, tempDir } from './paths.js';

/**
 * Copies a fixture campaign (data/ and templates/) to a temp folder and
 * applies `changes` (path → new content), so each test states only what it
 * breaks.
 */
export async function fixtureCopy(name: string, changes: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir(name);
  await cp(join(repoRoot, 'tests/fixtures', name), dir, { recursive: true });
  for (const [path, content] of Object.entries(changes)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a fake process, as a user would from `cwd`. */
export async function runCli(cwd: string, argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}
