/**
 * Incremental builds: a second build rewrites only what changed. "Rewritten"
 * is judged as a newsroom's sync tool would: a file that was not rewritten
 * keeps its inode and its modification time.
 */
import { cp, lstat, readFile, rm, stat, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate, type GenerateResult } from '../../src/generate.js';
import { fixtureCopy, runCli } from '../support/fixture.js';
import { readTree } from '../support/paths.js';

interface FileIdentity {
  ino: number;
  mtimeMs: number;
}

/** A region's files: its release, its chart and its audit. */
const regionFiles = (slug: string): string[] => [`${slug}/audit.json`, `${slug}/chart.svg`, `${slug}/release.html`, `${slug}/release.md`];
const EVERY_FILE = ['index.html', 'manifest.json', ...['synthetic-area-00001', 'synthetic-area-00002', 'synthetic-area-00003'].flatMap(regionFiles)];

async function identities(out: string): Promise<Map<string, FileIdentity>> {
  const tree = await readTree(out);
  const entries = await Promise.all([...tree.keys()].map(async (path) => {
    const s = await stat(join(out, path));
    return [path, { ino: s.ino, mtimeMs: s.mtimeMs }] as const;
  }));
  return new Map(entries);
}

/** Paths whose inode or modification time changed between two snapshots, or that are new. */
function rewritten(before: Map<string, FileIdentity>, after: Map<string, FileIdentity>): string[] {
  return [...after]
    .filter(([path, now]) => {
      const then = before.get(path);
      return !then || then.ino !== now.ino || then.mtimeMs !== now.mtimeMs;
    })
    .map(([path]) => path)
    .sort();
}

async function build(dir: string, extra: { fresh?: boolean } = {}): Promise<GenerateResult> {
  const result = await generate({ cwd: dir, date: '2020-09-03', ...extra });
  expect(result.diagnostics).toEqual([]);
  return result;
}

/** A fixture copy built once, with the identity of every file it wrote. */
async function builtFixture(): Promise<{ dir: string; out: string; before: Map<string, FileIdentity> }> {
  const dir = await fixtureCopy('synthetic');
  await build(dir);
  const out = join(dir, 'out');
  return { dir, out, before: await identities(out) };
}

describe('a second build', () => {
  it('with unchanged inputs rewrites nothing and says so', async () => {
    const { dir, out, before } = await builtFixture();
    const tree = await readTree(out);
    const result = await build(dir);
    expect(result.counts).toEqual({ releases: 3, files: 14, written: 0, unchanged: 14, rendered: 0, reused: 3 });
    expect(rewritten(before, await identities(out))).toEqual([]);
    expect(await readTree(out)).toEqual(tree);
  });

  it('with unchanged inputs, from the command line: "Wrote 0 files, 14 unchanged"', async () => {
    const { dir } = await builtFixture();
    const run = await runCli(dir, ['build', '--date', '2020-09-03']);
    expect(run.stdout).toMatch(/^Wrote 0 files, 14 unchanged \(3 releases\) to out\/ in \d+\.\d s\.\n$/);
  });

  it('after one row changes rewrites that region, the index and the manifest, and renders no other region', async () => {
    const { dir, out, before } = await builtFixture();
    const csv = join(dir, 'data/offences.csv');
    // Synthetic Area 00002: 80 → 60 becomes 80 → 61 (a fall of 24%, not 25%: the index headline changes too).
    await writeFile(csv, (await readFile(csv, 'utf8')).replace('Synthetic Area 00002,Wales,80,60', 'Synthetic Area 00002,Wales,80,61'));
    const result = await build(dir);
    expect(result.counts).toEqual({ releases: 3, files: 14, written: 6, unchanged: 8, rendered: 1, reused: 2 });
    expect(rewritten(before, await identities(out))).toEqual(['index.html', 'manifest.json', ...regionFiles('synthetic-area-00002')]);
    expect(await readFile(join(out, 'synthetic-area-00002/release.md'), 'utf8')).toContain('recorded 61 synthetic offences');
  });

  it('after a partial every release uses changes, renders every region and rewrites every release, not its chart, audit or the index', async () => {
    const { dir, out, before } = await builtFixture();
    const partial = join(dir, 'templates/partials/contacts.md.hbs');
    await writeFile(partial, (await readFile(partial, 'utf8')).replace('in an emergency', 'if a child is in danger'));
    const result = await build(dir);
    expect(result.counts).toMatchObject({ written: 7, unchanged: 7, rendered: 3, reused: 0 });
    expect(rewritten(before, await identities(out))).toEqual(EVERY_FILE.filter((path) => /manifest|release/.test(path)));
  });

  it('after the page layout changes rewrites every HTML page and no Markdown file', async () => {
    const { dir, out, before } = await builtFixture();
    const layout = join(dir, 'templates/layouts/page.html.hbs');
    await writeFile(layout, (await readFile(layout, 'utf8')).replace('<body>', '<body class="release">'));
    const result = await build(dir);
    expect(result.counts).toMatchObject({ written: 4, unchanged: 10, rendered: 3, reused: 0 });
    expect(rewritten(before, await identities(out))).toEqual([
      'manifest.json',
      'synthetic-area-00001/release.html',
      'synthetic-area-00002/release.html',
      'synthetic-area-00003/release.html',
    ]);
  });

  it('rewrites a release someone edited by hand in out/, and nothing else', async () => {
    const { dir, out, before } = await builtFixture();
    const edited = join(out, 'synthetic-area-00003/release.md');
    const original = await readFile(edited, 'utf8');
    await writeFile(edited, 'edited by hand\n');
    // Edited after the build (file times are coarse: a test could otherwise edit within the same tick).
    const later = new Date((await stat(join(out, 'manifest.json'))).mtimeMs + 2000);
    await utimes(edited, later, later);
    const result = await build(dir);
    expect(result.counts).toMatchObject({ written: 1, unchanged: 13 });
    expect(await readFile(edited, 'utf8')).toBe(original);
    expect(rewritten(before, await identities(out))).toEqual(['synthetic-area-00003/release.md']);
  });

  it('replaces a symlink left where a release was with the release itself', async () => {
    const { dir, out } = await builtFixture();
    const link = join(out, 'synthetic-area-00001/release.md');
    const original = await readFile(link, 'utf8');
    await unlink(link);
    await writeFile(join(dir, 'elsewhere.md'), 'not a release\n');
    await symlink(join(dir, 'elsewhere.md'), link);
    await build(dir);
    expect((await stat(link)).isFile()).toBe(true);
    expect(await readFile(link, 'utf8')).toBe(original);
    expect(await readFile(join(dir, 'elsewhere.md'), 'utf8')).toBe('not a release\n');
  });

  it('never reuses a file through a folder of out/ that became a link, however old the file looks', async () => {
    const { dir, out } = await builtFixture();
    const folder = join(out, 'synthetic-area-00001');
    const original = await readFile(join(folder, 'release.md'), 'utf8');
    const outside = join(dir, 'elsewhere');
    await cp(folder, outside, { recursive: true });
    await writeFile(join(outside, 'release.md'), 'not a release\n');
    const older = new Date((await stat(join(out, 'manifest.json'))).mtimeMs - 60_000);
    await utimes(join(outside, 'release.md'), older, older);
    await rm(folder, { recursive: true });
    await symlink(outside, folder);
    await build(dir);
    expect((await lstat(folder)).isDirectory()).toBe(true);
    expect(await readFile(join(folder, 'release.md'), 'utf8')).toBe(original);
    expect(await readFile(join(outside, 'release.md'), 'utf8')).toBe('not a release\n');
  });

  it('with fresh: true rewrites every file', async () => {
    const { dir, out, before } = await builtFixture();
    const result = await build(dir, { fresh: true });
    expect(result.counts).toEqual({ releases: 3, files: 14, written: 14, unchanged: 0, rendered: 3, reused: 0 });
    expect(rewritten(before, await identities(out))).toEqual(EVERY_FILE);
  });

  it('reuses nothing from a manifest it cannot read, and writes everything', async () => {
    const { dir, out } = await builtFixture();
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    // Still lists every file (so out/ is recognised as patchpress's), but its releases are not what a build writes.
    await writeFile(join(out, 'manifest.json'), JSON.stringify({ ...manifest, releases: 'not a list' }));
    const result = await build(dir);
    expect(result.counts).toMatchObject({ written: 14, unchanged: 0, rendered: 3 });
  });
});
