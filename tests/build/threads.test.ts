/**
 * Worker threads change how fast a build runs, never what it writes. The
 * threads live in the compiled package, so this runs the built command line
 * (npm test builds it first) as a user would.
 */
import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readTree, repoRoot, tempDir } from '../support/paths.js';

const run = promisify(execFile);
const CLI = join(repoRoot, 'dist/cli/bin.js');

async function buildWith(dir: string, threads: number, formats: string): Promise<{ stdout: string; tree: Map<string, Buffer> }> {
  const out = join(dir, `out-${threads}`);
  const { stdout } = await run(process.execPath, [CLI, 'build', '--data', join(dir, 'data'), '--templates', join(dir, 'templates'), '--out', out, '--date', '2020-09-03', '--formats', formats, '--threads', String(threads)]);
  return { stdout, tree: await readTree(out) };
}

describe('a build on worker threads', () => {
  // The example campaign: every branch of the bundled templates, contacts, quotes with helpers, newsrooms.
  it.each([
    [2, 'md,html,svg', 77],
    [3, 'md,html,svg,png,docx,eml', 124],
  ])('with --threads %i and --formats %s writes the same bytes as on one thread', async (threads, formats, files) => {
    const dir = await tempDir('threads');
    await cp(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
    await cp(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
    const single = await buildWith(dir, 1, formats);
    const threaded = await buildWith(dir, threads, formats);
    expect(threaded.stdout).toMatch(new RegExp(`^Wrote ${files} files, 0 unchanged \\(10 releases\\)`));
    expect([...threaded.tree.keys()]).toEqual([...single.tree.keys()]);
    expect(threaded.tree).toEqual(single.tree);
  }, 120_000);
});
