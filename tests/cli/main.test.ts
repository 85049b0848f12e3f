import { execFile } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixtureCopy, runCli } from '../support/fixture.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { syntheticCampaign } from '../support/syntheticCampaign.js';

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

describe('a failed run with many warnings', () => {
  /** 30 synthetic areas, `jumps` of them up tenfold (a plausibility warning each), and a template naming a field no force has (an error). */
  function campaignWith(name: string, jumps: number): Promise<string> {
    return tempDir(name).then((dir) => {
      syntheticCampaign(dir, 30);
      const file = join(dir, 'data', 'offences.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let row = 1; row <= jumps; row++) lines[row] = lines[row]!.replace(/,\d+,\d+$/, ',10,100');
      writeFileSync(file, lines.join('\n'));
      appendFileSync(join(dir, 'templates', 'release.md.hbs'), '\n{{offences.nonsense}}\n');
      return dir;
    });
  }

  it('lists its errors again after the warnings, so none is lost among them', async () => {
    const result = await runCli(await campaignWith('errors-again', 12), ['build', '--date', '2020-09-03']);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    const errors = lines.filter((l) => /^\s+[\d:]*\s+error\s/.test(l));
    expect(lines.filter((l) => /^\s+[\d:]*\s+warning\s/.test(l)).length).toBeGreaterThanOrEqual(10);
    expect(errors.length).toBe(2); // once in its place, once again at the end
    const again = lines.indexOf('The error again, without the warnings:');
    expect(again).toBeGreaterThan(lines.indexOf(errors[0]!));
    expect(lines.slice(again + 1, again + 3)).toEqual(['templates/release.md.hbs', errors[0]]);
    expect(lines.at(-2)).toMatch(/^1 error and \d+ warnings\. Nothing was written to out\/\.$/);
  });

  it('does not repeat them when the warnings are few', async () => {
    const result = await runCli(await campaignWith('errors-once', 0), ['build', '--date', '2020-09-03']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ error /);
    expect(result.stderr).not.toContain('again');
  });
});
