import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBinary } from '../support/cli.js';
import { cleanUp, hashTree } from '../support/tree.js';
import { tempDir } from '../support/paths.js';

/**
 * Same inputs and --date give byte-identical files, whatever the machine's
 * time zone and language: the example campaign built as a child process on
 * the other side of the world in German, and in UTC with the C locale.
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Child processes on a busy machine take seconds to start. */
const CHILD_PROCESS_MS = 120_000;

const MACHINES = {
  auckland: { TZ: 'Pacific/Auckland', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  utc: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
};

let work: string;
beforeAll(async () => {
  work = await tempDir('determinism');
  cpSync(join(REPO, 'data'), join(work, 'data'), { recursive: true });
  cpSync(join(REPO, 'templates'), join(work, 'templates'), { recursive: true });
});
afterAll(() => cleanUp(work));

it('the two machines really differ: local time and number formatting follow TZ and LANG', async () => {
  const probe = 'process.stdout.write(new Date(Date.UTC(2020, 8, 2, 23, 1)).getHours() + " " + (10391.5).toLocaleString())';
  const run = async (env: Record<string, string>): Promise<string> => (await promisify(execFile)(process.execPath, ['-e', probe], { env: { ...process.env, ...env } })).stdout;
  expect(await run(MACHINES.auckland)).toBe('11 10.391,5');
  expect(await run(MACHINES.utc)).toBe('23 10,391.5');
}, CHILD_PROCESS_MS);

it('builds the example campaign byte for byte the same on both', async () => {
  const trees: Record<string, Record<string, string>> = {};
  for (const [name, env] of Object.entries(MACHINES)) {
    const run = await runBinary(['build', '--date', '2020-09-03', '--out', `out-${name}`], work, { ...process.env, ...env });
    expect(run.code).toBe(0);
    trees[name] = hashTree(join(work, `out-${name}`));
  }
  expect(Object.keys(trees.auckland ?? {}).length).toBeGreaterThan(20);
  expect(trees.auckland).toEqual(trees.utc);
}, CHILD_PROCESS_MS);
