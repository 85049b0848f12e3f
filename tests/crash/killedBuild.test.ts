import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recoverOutput } from '../../src/write/stagedOutput.js';
import { BIN } from '../support/cli.js';
import { runCli } from '../support/fixture.js';
import { completeOutput } from '../support/manifest.js';
import { syntheticCampaign, writeSyntheticFigures } from '../support/syntheticCampaign.js';
import { cleanUp, hashTree, leftovers } from '../support/tree.js';
import { tempDir } from '../support/paths.js';

/**
 * A large build killed with SIGKILL at several moments must leave out/ either
 * exactly as it was or complete (every file as its manifest's sha256 says),
 * and the next run must leave no temporary folders behind. The early kills
 * land in start-up, reading and rendering; the later ones are triggered by
 * what the build does on disk (its staging folder appears, half the areas are
 * written, the old output is moved aside), so they land while files are
 * written and swapped however fast the machine is. Nothing asserts a duration.
 */
const REGIONS = 2000;
const BUILD = ['build', '--date', '2020-09-03'];

/** A whole build takes seconds on a busy machine; this test makes eight. */
const TIMEOUT_MS = 600_000;

let dir: string;

beforeAll(async () => {
  dir = syntheticCampaign(join(await tempDir('killed-build'), 'campaign'), REGIONS, 0);
  const first = await buildKilledWhen(() => false);
  expect(first.killed).toBe(false);
  expect(completeOutput(join(dir, 'out'))).toEqual([]);
}, TIMEOUT_MS);

afterAll(() => cleanUp(join(dir, '..')));

interface Moment {
  label: string;
  /** Checked every few milliseconds while the build runs; true kills it. */
  reached(elapsedMs: number): boolean;
}

const staging = (): string | undefined => readdirSync(dir).find((name) => name.startsWith('.out.staging-'));

const MOMENTS: Moment[] = [
  { label: 'after 50 ms', reached: (ms) => ms >= 50 },
  { label: 'after 150 ms', reached: (ms) => ms >= 150 },
  { label: 'after 400 ms', reached: (ms) => ms >= 400 },
  { label: 'as its staging folder appears', reached: () => staging() !== undefined },
  {
    label: 'with half the areas staged',
    reached: () => {
      const folder = staging();
      return folder !== undefined && readdirSync(join(dir, folder)).length >= REGIONS / 2;
    },
  },
  { label: 'once the old output is moved aside', reached: () => readdirSync(dir).some((name) => name.startsWith('.out.previous-')) },
];

/** Runs the compiled CLI on the campaign, killing it with SIGKILL as soon as `reached` says so. */
function buildKilledWhen(reached: Moment['reached']): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...BUILD], { cwd: dir, stdio: 'ignore' });
    let killed = false;
    const poll = setInterval(() => {
      if (!killed && reached(Date.now() - started)) {
        killed = child.kill('SIGKILL');
      }
    }, 2);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

/** The current figure the manifest records for the first area, which names the edition built. */
function editionInOutput(): number {
  const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as { releases: Array<{ region: string; figures: { current: number } }> };
  const first = manifest.releases.find((r) => r.region === 'Synthetic Area 00001');
  return (first?.figures.current ?? 0) - 100;
}

it('leaves out/ as it was or complete, whenever the build is killed, and the next run leaves nothing behind', async () => {
  const seen: string[] = [];
  for (const [index, moment] of MOMENTS.entries()) {
    // Each attempt builds a new edition of the figures, so a complete new output differs from the old one.
    const edition = index + 1;
    writeSyntheticFigures(dir, REGIONS, edition);
    const before = hashTree(join(dir, 'out'));

    const { killed } = await buildKilledWhen(moment.reached);

    const left = leftovers(dir).length ? `, leaving ${leftovers(dir).map((n) => n.replace(/-\d+-[0-9a-f]+$/, '')).join(' and ')}` : '';
    if (!existsSync(join(dir, 'out'))) {
      // Killed in the instant between the two renames: the old output waits beside out/,
      // and the next run puts it back before anything else.
      expect(leftovers(dir).some((name) => name.startsWith('.out.previous-'))).toBe(true);
      await recoverOutput('out', dir);
      expect(hashTree(join(dir, 'out'))).toEqual(before);
      seen.push(`${moment.label}: between the renames${left}; recovered`);
    } else if (JSON.stringify(hashTree(join(dir, 'out'))) === JSON.stringify(before)) {
      seen.push(`${moment.label}: ${killed ? 'killed' : 'finished'}, out/ as before${left}`);
    } else {
      expect(completeOutput(join(dir, 'out'))).toEqual([]);
      expect(editionInOutput()).toBe(edition);
      seen.push(`${moment.label}: ${killed ? 'killed' : 'finished'}, out/ complete${left}`);
    }
  }
  expect(seen).toHaveLength(MOMENTS.length);

  const next = await runCli(dir, BUILD);
  expect(next.code).toBe(0);
  expect(completeOutput(join(dir, 'out'))).toEqual([]);
  expect(editionInOutput()).toBe(MOMENTS.length);
  expect(leftovers(dir)).toEqual([]);
  // PATCHPRESS_SHOW_KILLS=1 prints where each kill landed, for a person reading the run.
  if (process.env.PATCHPRESS_SHOW_KILLS) process.stdout.write(`${seen.join('\n')}\n`);
}, TIMEOUT_MS);
