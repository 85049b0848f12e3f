import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixtureCopy, runCli } from '../support/fixture.js';
import { repoRoot } from '../support/paths.js';

const run = promisify(execFile);

describe('patchpress build', () => {
  it('writes every release, the index and the manifest, and says so on one line', async () => {
    const dir = await fixtureCopy('synthetic');
    const result = await runCli(dir, ['build', '--date', '2020-09-03']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Wrote 14 files, 0 unchanged \(3 releases\) to out\/ in \d+\.\d s\.\n$/);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['index.html', 'manifest.json', 'synthetic-area-00001', 'synthetic-area-00002', 'synthetic-area-00003']);
  });

  it('--only limits the run to the slugs given, and removes releases of the last run', async () => {
    const dir = await fixtureCopy('synthetic');
    await runCli(dir, ['build', '--date', '2020-09-03']);
    const result = await runCli(dir, ['build', '--date', '2020-09-03', '--only', 'synthetic-area-00001', 'synthetic-area-00003']);
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['index.html', 'manifest.json', 'synthetic-area-00001', 'synthetic-area-00003']);
  });

  it('honours --data, --templates and --out', async () => {
    const dir = await fixtureCopy('synthetic');
    const result = await runCli(repoRoot, ['build', '--data', join(dir, 'data'), '--templates', join(dir, 'templates'), '--out', join(dir, 'elsewhere'), '--date', '2020-09-03']);
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'elsewhere', 'synthetic-area-00002'))).sort()).toEqual(['audit.json', 'chart.svg', 'release.html', 'release.md']);
  });
});

describe('patchpress check', () => {
  it('validates, renders and audits everything, prints the paths each release took, and writes nothing', async () => {
    const dir = await fixtureCopy('synthetic');
    const result = await runCli(dir, ['check', '--date', '2020-09-03']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Paths taken by 3 releases\n/);
    expect(result.stdout).toMatch(/\nChecked 3 releases: no problems\.\n$/);
    expect(await readdir(dir)).not.toContain('out');
  });
});

describe('bad usage exits 2 with the reason and the usage', () => {
  it.each([
    [[], 'patchpress: name a command: build, check or preview'],
    [['publish'], 'patchpress: unknown command "publish" (commands: build, check, preview)'],
    [['build', '--colour'], "patchpress: Unknown option '--colour'"],
    [['build', '--date', '3/9/2020'], 'patchpress: --date: expected a date written YYYY-MM-DD, got "3/9/2020"'],
    [['build', '--date', '2020-02-30'], 'patchpress: --date: expected a date written YYYY-MM-DD, got "2020-02-30"'],
    [['build', 'extra'], 'patchpress: unexpected argument "extra"'],
    [['check', '--out', 'x'], 'patchpress: check writes nothing: --out and --only belong to build'],
  ])('%j', async (argv, firstLine) => {
    const result = await runCli(repoRoot, argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(firstLine);
    expect(result.stderr).toContain('Usage:\n  patchpress build');
  });

  it('names an unknown --only slug', async () => {
    const dir = await fixtureCopy('synthetic');
    const result = await runCli(dir, ['build', '--only', 'synthetic-area-9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('patchpress: --only: no force with the slug "synthetic-area-9" (slugs: synthetic-area-00001, synthetic-area-00002, synthetic-area-00003)\n');
  });
});

it('--help prints the usage and exits 0', async () => {
  const result = await runCli(repoRoot, ['--help']);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Usage:/);
});

describe('the compiled binary', () => {
  it('reports a user mistake without a stack trace and exits 1', async () => {
    const dir = await fixtureCopy('synthetic', { 'data/offences.csv': 'force,nation,2018/19,2019/20\nSynthetic Area 00001,England,12abc,5\nSynthetic Area 00002,Wales,80,60\n' });
    const failure = await run(process.execPath, [join(repoRoot, 'dist/cli/bin.js'), 'build'], { cwd: dir }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe(
      'data/offences.csv\n  2  error  row 1 (force "Synthetic Area 00001"), column 2018/19: expected a whole number, got "12abc"\n\n1 error. Nothing was written to out/.\n',
    );
  });
});
