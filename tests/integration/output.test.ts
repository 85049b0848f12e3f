import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaignAt } from '../support/campaign.js';
import { runCli } from '../support/fixture.js';
import { cleanUp, hashTree, leftovers } from '../support/tree.js';
import { tempDir } from '../support/paths.js';
import { completeOutput } from '../support/manifest.js';

const BUILD = ['build', '--date', '2020-09-03'];

let work: string;
beforeEach(async () => {
  work = await tempDir('output');
});
afterEach(() => cleanUp(work));

/** The base campaign, built once into out/. */
async function builtCampaign(): Promise<string> {
  const dir = campaignAt(join(work, 'campaign'));
  const run = await runCli(dir, BUILD);
  expect(run.code).toBe(0);
  return dir;
}

/** A process id that was just in use and is not any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('symbolic links', () => {
  it('inside out/ are not followed: the build replaces the link and leaves what it points to untouched', async () => {
    const dir = await builtCampaign();
    const outside = join(work, 'someone-elses-folder');
    mkdirSync(outside);
    writeFileSync(join(outside, 'release.md'), 'Not patchpress’s to overwrite.\n');
    writeFileSync(join(outside, 'precious.txt'), 'Not patchpress’s to delete.\n');
    const before = hashTree(outside);
    const linked = join(dir, 'out', 'synthetic-area-00001');
    cleanUp(linked);
    symlinkSync(outside, linked);

    const run = await runCli(dir, BUILD);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(hashTree(outside)).toEqual(before);
    expect(lstatSync(linked).isDirectory()).toBe(true);
    expect(completeOutput(join(dir, 'out'))).toEqual([]);
  });

  it('out/ itself may be a link: the folder it points to gets the new output, and the link stays', async () => {
    const dir = campaignAt(join(work, 'campaign'));
    const shared = join(work, 'shared-drive', 'releases');
    mkdirSync(shared, { recursive: true });
    symlinkSync(shared, join(dir, 'out'));

    const run = await runCli(dir, BUILD);

    expect(run.code).toBe(0);
    expect(readlinkSync(join(dir, 'out'))).toBe(shared);
    expect(completeOutput(shared)).toEqual([]);
    expect(leftovers(join(work, 'shared-drive'))).toEqual([]);
  });
});

describe('an output folder that is not patchpress’s to replace', () => {
  it.each([
    ['.', '--out . would replace the folder patchpress runs in'],
    ['..', '--out .. would replace the folder patchpress runs in (it holds it)'],
    ['data', '--out data would replace the --data folder (data)'],
    ['templates/..', '--out templates/.. would replace the folder patchpress runs in'],
  ])('--out %s is refused as bad usage, and nothing is touched', async (out, message) => {
    const dir = campaignAt(join(work, 'campaign'));
    const before = hashTree(work);
    const run = await runCli(dir, [...BUILD, '--out', out]);
    expect(run.stderr).toBe(`patchpress: ${message}\n`);
    expect(run.code).toBe(2);
    expect(hashTree(work)).toEqual(before);
  });
});

describe('a build killed between its two renames', () => {
  /** What a kill in that instant leaves: no out/, the previous output beside it, maybe a staging folder. */
  async function interrupted(): Promise<{ dir: string; previous: Record<string, string> }> {
    const dir = await builtCampaign();
    const previous = hashTree(join(dir, 'out'));
    const pid = deadPid();
    spawnSync('mv', [join(dir, 'out'), join(dir, `.out.previous-${pid}-0badc0de`)]);
    mkdirSync(join(dir, `.out.staging-${pid}-0badc0df`, 'synthetic-area-00001'), { recursive: true });
    writeFileSync(join(dir, `.out.staging-${pid}-0badc0df`, 'synthetic-area-00001', 'release.md'), '# half');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    return { dir, previous };
  }

  it('is recovered by the next run even when that run finds a problem: the previous out/ is back as it was', async () => {
    const { dir, previous } = await interrupted();
    writeFileSync(join(dir, 'data', 'offences.csv'), 'force,nation,2018/19,2019/20\nSynthetic Area 00001,England,100,n/a\n');

    const run = await runCli(dir, BUILD);

    expect(run.code).toBe(1);
    expect(hashTree(join(dir, 'out'))).toEqual(previous);
    expect(leftovers(dir)).toEqual([]);
  });

  it('is recovered by the next good run, which then writes the complete new output', async () => {
    const { dir } = await interrupted();
    writeFileSync(join(dir, 'data', 'offences.csv'), readFileSync(join(dir, 'data', 'offences.csv'), 'utf8').replace('100,150', '100,160'));

    const run = await runCli(dir, BUILD);

    expect(run.code).toBe(0);
    expect(completeOutput(join(dir, 'out'))).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'synthetic-area-00001', 'release.md'), 'utf8')).toContain('recorded 160 synthetic offences');
    expect(leftovers(dir)).toEqual([]);
  });
});
