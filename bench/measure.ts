import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RSS_HOOK = fileURLToPath(new URL('./rssHook.js', import.meta.url));

export interface Run {
  /** Wall time from spawn to exit, seconds. */
  seconds: number;
  /** Peak resident set size, MB (all threads of the process). */
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** Runs `node args…` as a separate process, as a user would, timing it and reading its peak RSS. */
export async function runNode(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  const scratch = await mkdtemp(join(tmpdir(), 'patchpress-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PATCHPRESS_BENCH_RSS: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}\n${stderr}`);
  const peakMb = Number(await readFile(rssFile, 'utf8')) / 1024;
  await rm(scratch, { recursive: true, force: true });
  return { seconds, peakMb, stdout, stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
