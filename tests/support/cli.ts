import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliRun } from './fixture.js';

/** The compiled command line (`npm test` builds it first). */
export const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

/** Runs the compiled patchpress as a child process, with `env` as its whole environment. */
export function runBinary(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
