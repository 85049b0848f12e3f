/**
 * `npm run bench`: patchpress against a hand-written render loop on synthetic
 * campaigns of N regions, plus incremental rebuilds and CLI start-up. Prints
 * Markdown tables to paste into README. Never part of `npm test`.
 *
 *   npm run bench                       # N = 45, 1,000, 10,000 and 50,000
 *   npm run bench -- --sizes 45,1000    # a quicker look
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, runNode, type Run } from './measure.js';
import { offencesCsv, syntheticRows, writeSyntheticCampaign, type SyntheticRow } from './syntheticCampaign.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(repoRoot, 'dist/cli/bin.js');
const LOOP = fileURLToPath(new URL('./minimalLoop.js', import.meta.url));
const DATE = '2020-09-03';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '45,1000,10000,50000' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = flags.sizes.split(',').map(Number);

interface SizeResult {
  regions: number;
  /** File creation cost just before this size's runs (see fileCreationProbe). */
  probeMicroseconds: number;
  build: Run;
  loop: Run;
  /** build ÷ loop of each alternated pair, lowest and highest. */
  ratios: { low: number; high: number; pairs: number };
  unchanged: Run;
  oneRow: Run;
  oneRowContentOnly: Run;
}

/**
 * Small campaigns are over in a blink: take the median of several runs. The
 * target is judged at 10,000, on a machine whose speed wanders by a third
 * within minutes: three alternated pairs there.
 */
const repeatsFor = (regions: number): number => (regions <= 1000 ? 5 : regions <= 10_000 ? 3 : 1);

/**
 * Deleting many files on this machine's disk (ext4 mounted with `discard`)
 * makes creating files slow for the next half minute or more: from about
 * 0.05 ms to over 1 ms of kernel time each. A run that followed the deletion
 * of the one before it paid for that deletion, so the order of the runs, not
 * the code, decided part of the ratio. Every timed run therefore writes into
 * a folder of its own, and the outputs are deleted only when the whole bench
 * is over (or, without room for that, after each size: then said so).
 */
const leftToDelete: string[] = [];
let deleteAsWeGo = false;

/** Rough bytes a size leaves on disk when nothing is deleted between runs (a build ~50 KB a region, the loop ~17 KB). */
const bytesFor = (regions: number): number => regions * (repeatsFor(regions) + 3) * 50_000 + regions * repeatsFor(regions) * 17_000;

/** Creating a small file on a quiet disk here takes 50 to 100 µs; above this, a deletion's discards are still being paid for. */
const QUIET_MICROSECONDS = 150;

/**
 * Microseconds of wall time to create one 4 KB file (synchronously, as the
 * build writes), over 400 files in a new folder: shows whether the disk was
 * in its slow state when a size began.
 */
function fileCreationProbe(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  for (let i = 0; i < 400; i++) writeFileSync(join(dir, `f${i}`), 'x'.repeat(4096));
  return ((performance.now() - started) * 1000) / 400;
}

/** Waits (up to two minutes) for file creation to be quiet again, and returns the last probe. */
async function settledDisk(parent: string): Promise<number> {
  let probe = fileCreationProbe(join(parent, 'probe-0'));
  for (let i = 1; probe > QUIET_MICROSECONDS && i <= 12; i++) {
    process.stderr.write(`  creating a file takes ${Math.round(probe)} µs: waiting for the disk to settle\n`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    probe = fileCreationProbe(join(parent, `probe-${i}`));
  }
  return probe;
}

async function measureSize(regions: number): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `patchpress-bench-${regions}-`));
  const rows = syntheticRows(regions);
  await writeSyntheticCampaign(dir, rows, join(repoRoot, 'templates'));
  const probeMicroseconds = await settledDisk(dir);
  const build = (out: string): Promise<Run> =>
    runNode([CLI, 'build', '--data', join(dir, 'data'), '--templates', join(dir, 'templates'), '--out', out, '--date', DATE], { cwd: dir });
  const loop = (loopOut: string): Promise<Run> => runNode([LOOP, dir, loopOut], { cwd: dir });

  // Alternate the two so neither always runs on a warmer cache.
  const builds: Run[] = [];
  const loops: Run[] = [];
  let out = '';
  let loopOut = '';
  for (let i = 0; i < repeatsFor(regions); i++) {
    out = join(dir, `out-${i + 1}`);
    builds.push(await build(out));
    loopOut = join(dir, `out-loop-${i + 1}`);
    loops.push(await loop(loopOut));
  }
  await assertSameReleases(rows, out, loopOut);

  // Incremental: out/ now holds a complete build of these inputs.
  const unchanged = await build(out);
  // The first region from the middle with a current count: add one to it.
  const target = rows.findIndex((r, i) => i >= Math.floor(regions / 2) && r.offences[4] !== null);
  const changed = rows.map((r, i) => (i === target ? { ...r, offences: r.offences.map((v, p) => (p === 4 && v !== null ? v + 1 : v)) } : r));
  const offencesFile = join(dir, 'data', 'offences.csv');
  await writeFile(offencesFile, offencesCsv(changed));
  const oneRow = await build(out);
  // The same one-row change again (back to the first figures), with the cache
  // keys taken out of the manifest: every region is rendered, and only files
  // whose bytes changed are written.
  await stripCacheKeys(join(out, 'manifest.json'));
  await writeFile(offencesFile, offencesCsv(rows));
  const oneRowContentOnly = await build(out);

  if (flags.keep) console.error(`kept ${dir}`);
  else if (deleteAsWeGo) await rm(dir, { recursive: true, force: true });
  else leftToDelete.push(dir);
  const ratios = builds.map((b, i) => b.seconds / loops[i]!.seconds);
  return { regions, probeMicroseconds, build: pick(builds), loop: pick(loops), ratios: { low: Math.min(...ratios), high: Math.max(...ratios), pairs: ratios.length }, unchanged, oneRow, oneRowContentOnly };
}

/**
 * The loop must do the same rendering work: a sample of its Markdown releases
 * must equal patchpress's byte for byte. (Its HTML pages lack the chart that
 * patchpress draws into each one, and the audit, index and manifest.)
 */
async function assertSameReleases(rows: readonly SyntheticRow[], out: string, loopOut: string): Promise<void> {
  const step = Math.max(1, Math.floor(rows.length / 40));
  for (let i = 0; i < rows.length; i += step) {
    const slug = rows[i]!.name.toLowerCase().replace(/ /g, '-');
    for (const file of ['release.md']) {
      const [built, looped] = await Promise.all([readFile(join(out, slug, file), 'utf8'), readFile(join(loopOut, slug, file), 'utf8')]);
      if (built !== looped) throw new Error(`the minimal loop's ${slug}/${file} differs from patchpress's: the comparison would not be fair`);
    }
  }
}

/** The run of median wall time, with the highest peak RSS of all runs. */
function pick(runs: Run[]): Run {
  const mid = median(runs.map((r) => r.seconds));
  const chosen = runs.reduce((best, r) => (Math.abs(r.seconds - mid) < Math.abs(best.seconds - mid) ? r : best));
  return { ...chosen, seconds: mid, peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

async function stripCacheKeys(manifestPath: string): Promise<void> {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.inputHashes;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, i) => kept[i]);
}

interface StartUp {
  bareNode: number;
  dependencies: number;
  cli: number;
}

/** The CLI on the example campaign against importing its dependencies and nothing else. */
async function measureStartUp(): Promise<StartUp> {
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  // Every dependency with code to import (the DejaVu font package is only a folder of .ttf files).
  const importable = await filterAsync(Object.keys(pkg.dependencies), (name) => import(name).then(() => true, () => false));
  const imports = importable.map((name) => `import(${JSON.stringify(name)})`).join(', ');
  const scratch = await mkdtemp(join(tmpdir(), 'patchpress-bench-startup-'));
  const runs: Record<keyof StartUp, number[]> = { bareNode: [], dependencies: [], cli: [] };
  for (let i = 0; i < 9; i++) {
    runs.bareNode.push((await runNode(['-e', '0'], { cwd: repoRoot })).seconds);
    runs.dependencies.push((await runNode(['--input-type=module', '-e', `await Promise.all([${imports}])`], { cwd: repoRoot })).seconds);
    runs.cli.push((await runNode([CLI, 'build', '--out', join(scratch, 'out'), '--date', DATE], { cwd: repoRoot })).seconds);
  }
  await rm(scratch, { recursive: true, force: true });
  return { bareNode: median(runs.bareNode), dependencies: median(runs.dependencies), cli: median(runs.cli) };
}

const n = (value: number): string => value.toLocaleString('en-GB');
const s = (seconds: number): string => `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
const mb = (value: number): string => `${Math.round(value)} MB`;
const perSecond = (regions: number, seconds: number): string => n(Math.round(regions / seconds));
const pairs = ({ low, high, pairs: count }: SizeResult['ratios']): string => (count === 1 ? `${low.toFixed(2)}× (1)` : `${low.toFixed(2)}–${high.toFixed(2)}× (${count})`);
/** The CLI's own summary line, e.g. "Wrote 3 files, 19 unchanged (10 releases) to out/ in 0.2 s." */
const summary = (run: Run): string => /Wrote (\d+) files?, (\d+) unchanged/.exec(run.stdout)?.slice(1, 3).join(' written, ') ?? run.stdout.trim();

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const free = await statfs(tmpdir()).then((fs) => fs.bavail * fs.bsize);
  const needed = sizes.reduce((sum, regions) => sum + bytesFor(regions), 0);
  if (free < 2 * needed) {
    deleteAsWeGo = true;
    process.stderr.write(`only ${mb(free / 2 ** 20)} free in ${tmpdir()} for some ${mb(needed / 2 ** 20)} of output: each size's output is deleted before the next, whose first runs may then be slower\n`);
  }
  const results: SizeResult[] = [];
  for (const regions of sizes) {
    process.stderr.write(`N = ${n(regions)} …\n`);
    const result = await measureSize(regions);
    results.push(result);
    process.stderr.write(`  build ${s(result.build.seconds)}, ${mb(result.build.peakMb)}; loop ${s(result.loop.seconds)}, ${mb(result.loop.peakMb)}; unchanged rebuild ${s(result.unchanged.seconds)}; one row ${s(result.oneRow.seconds)}\n`);
  }
  process.stderr.write('CLI start-up …\n');
  const startUp = await measureStartUp();
  const loadAfter = loadavg();
  for (const dir of leftToDelete) await rm(dir, { recursive: true, force: true });

  const lines = [
    `patchpress ${JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).version} bench, ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores (os.availableParallelism()), ${n(Math.round(totalmem() / 2 ** 30))} GB, Node ${process.version}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after.`,
    `Each run wrote into a new folder, ${deleteAsWeGo ? "each size's deleted before the next size" : 'none deleted until the end'}. Creating a 4 KB file just before each size (after waiting up to two minutes for it to be under ${QUIET_MICROSECONDS} µs): ${results.map((r) => `${Math.round(r.probeMicroseconds)} µs`).join(', ')} (${results.map((r) => n(r.regions)).join(', ')} regions).`,
    '',
    '| regions | `patchpress build` | releases/s | peak RSS | minimal loop | releases/s | peak RSS | build ÷ loop | each pair (runs) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) =>
      `| ${n(r.regions)} | ${s(r.build.seconds)} | ${perSecond(r.regions, r.build.seconds)} | ${mb(r.build.peakMb)} | ${s(r.loop.seconds)} | ${perSecond(r.regions, r.loop.seconds)} | ${mb(r.loop.peakMb)} | ${(r.build.seconds / r.loop.seconds).toFixed(2)}× | ${pairs(r.ratios)} |`,
    ),
    '',
    '| regions | full build | unchanged rebuild | one row changed | one row changed, no cache keys |',
    '|---:|---:|---:|---:|---:|',
    ...results.map((r) =>
      `| ${n(r.regions)} | ${s(r.build.seconds)} | ${s(r.unchanged.seconds)} (${summary(r.unchanged)}) | ${s(r.oneRow.seconds)} (${summary(r.oneRow)}) | ${s(r.oneRowContentOnly.seconds)} (${summary(r.oneRowContentOnly)}) |`,
    ),
    '',
    '| CLI start-up, example campaign (median of 9) | wall time |',
    '|---|---:|',
    `| \`node -e 0\` | ${s(startUp.bareNode)} |`,
    `| importing every dependency, nothing else | ${s(startUp.dependencies)} |`,
    `| \`patchpress build\` on the example campaign (10 forces) | ${s(startUp.cli)} (${(startUp.cli / startUp.dependencies).toFixed(2)}× the imports) |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
