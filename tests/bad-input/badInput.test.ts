import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBinary } from '../support/cli.js';
import { runCli } from '../support/fixture.js';
import { cleanUp, hashTree, leftovers, overlay } from '../support/tree.js';
import { tempDir } from '../support/paths.js';

/**
 * Each folder in cases/ is one broken or hostile input: files laid over the
 * synthetic campaign in base/ (its own data/, templates/, and out/ for files
 * already in the output folder), the exact stderr patchpress must print in
 * expected.txt, and optionally args.txt (default: build --date 2020-09-03)
 * and remove.txt (base files the case deletes). Every case must exit 1, print
 * exactly the expected report, and leave the previous out/ byte-identical.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const BASE = join(HERE, 'base');
const CASES = join(HERE, 'cases');
const DEFAULT_ARGS = ['build', '--date', '2020-09-03'];

const caseNames = readdirSync(CASES).sort();
let work: string;
let previousOut: string;

beforeAll(async () => {
  work = await tempDir('bad-input');
  // The out/ every case starts from: a real earlier build of the base campaign.
  const first = join(work, 'first-build');
  overlay(BASE, first);
  const built = await runCli(first, DEFAULT_ARGS);
  if (built.code !== 0) throw new Error(`the base campaign does not build:\n${built.stderr}`);
  previousOut = join(first, 'out');
});

afterAll(() => cleanUp(work));

/** The case's campaign and a copy of the previous out/, in a folder of its own. */
function prepare(name: string, label = name): { dir: string; args: string[]; expected: string } {
  const source = join(CASES, name);
  const dir = join(work, label);
  overlay(BASE, dir);
  overlay(join(source, 'data'), join(dir, 'data'));
  overlay(join(source, 'templates'), join(dir, 'templates'));
  mkdirSync(join(dir, 'out'), { recursive: true });
  overlay(previousOut, join(dir, 'out'));
  overlay(join(source, 'out'), join(dir, 'out'));
  for (const path of lines(join(source, 'remove.txt'))) rmSync(join(dir, path), { recursive: true });
  const args = lines(join(source, 'args.txt')).join(' ').split(' ').filter(Boolean);
  return { dir, args: args.length ? args : DEFAULT_ARGS, expected: readFileSync(join(source, 'expected.txt'), 'utf8') };
}

function lines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
}

it('has at least 30 cases', () => {
  expect(caseNames.length).toBeGreaterThanOrEqual(30);
});

describe.each(caseNames)('%s', (name) => {
  it('exits 1 with exactly the expected report and leaves out/ as it was', async () => {
    const { dir, args, expected } = prepare(name);
    const before = hashTree(join(dir, 'out'));
    const run = await runCli(dir, args);
    expect(run.stderr).toBe(expected);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(hashTree(join(dir, 'out'))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('JavaScript front matter', () => {
  it('never runs: the code in cases/js-front-matter would set a global and write a file', async () => {
    const marker = join(tmpdir(), 'patchpress-front-matter-ran');
    rmSync(marker, { force: true });
    const { dir, args } = prepare('js-front-matter', 'js-front-matter-proof');
    const run = await runCli(dir, args);
    expect(run.code).toBe(1);
    expect((globalThis as Record<string, unknown>).patchpressFrontMatterRan).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });
});

describe('through the compiled command line', () => {
  it.each(['csv-not-utf8', 'partial-outside-folder'])('%s prints the same report and exits 1', async (name) => {
    const { dir, args, expected } = prepare(name, `${name}-binary`);
    const before = hashTree(join(dir, 'out'));
    const run = await runBinary(args, dir);
    expect(run.stderr).toBe(expected);
    expect(run.code).toBe(1);
    expect(hashTree(join(dir, 'out'))).toEqual(before);
  }, 120_000);
});
