import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBuildCache, type BuildCache } from '../../src/build/buildCache.js';
import { generate, type GenerateResult } from '../../src/generate.js';
import { engineId } from '../../src/load/engineId.js';
import { repoRoot, tempDir } from '../support/paths.js';

/**
 * The preview builds the example again after every save, with a cache: the
 * result must be what a build without one gives, while rendering only the
 * regions a change affects and compiling only the templates it changed.
 */
describe('in-memory builds with a build cache (the preview)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('build-cache');
    await cp(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
    await cp(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const build = (cache?: BuildCache): Promise<GenerateResult> => generate({ cwd: dir, write: false, date: '2020-09-03', ...(cache ? { cache } : {}) });
  /** Everything a build gives the preview and `check`: its files, its report and its audit. */
  const everything = (result: GenerateResult): string => JSON.stringify({ files: result.files, diagnostics: result.diagnostics, audit: result.audit, manifest: result.manifest });
  const edit = async (path: string, change: (text: string) => string): Promise<void> => {
    const file = join(dir, path);
    const text = await readFile(file, 'utf8');
    const changed = change(text);
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
  };

  it('with nothing changed, renders no region again and gives what a build without the cache gives', async () => {
    const cache = createBuildCache();
    const first = await build(cache);
    const compiled = cache.templates.size;
    const again = await build(cache);
    const plain = await build();
    expect(first.ok).toBe(true);
    expect([first.counts.rendered, first.counts.reused]).toEqual([10, 0]);
    expect([again.counts.rendered, again.counts.reused]).toEqual([0, 10]);
    expect(everything(again)).toBe(everything(plain));
    expect(everything(first)).toBe(everything(plain));
    expect(cache.templates.size).toBe(compiled);
    expect(cache.regions.size).toBe(10);
  });

  it("works out patchpress's own code hash once, and every input hash of a build is made with it", async () => {
    const cache = createBuildCache();
    const first = await build(cache);
    expect(await cache.engine).toBe(await engineId());
    // A different engine (the code changed) is a different input hash for every force.
    const other = createBuildCache();
    other.engine = Promise.resolve('0'.repeat(64));
    const changed = await build(other);
    const hashes = (result: GenerateResult): string[] => Object.values(result.manifest?.inputHashes ?? {});
    expect(hashes(first)).toHaveLength(10);
    const before = new Set(hashes(first));
    expect(hashes(changed).filter((hash) => before.has(hash))).toEqual([]);
    expect(hashes(await build(cache))).toEqual(hashes(first));
  });

  it("after one force's row changes, renders that force alone, and the result is a fresh build's", async () => {
    const cache = createBuildCache();
    await build(cache);
    await edit('data/offences.csv', (text) => text.replace('Dorset,England,Dorset Police,', 'Dorset,England,Dorset Police Service,'));
    const cached = await build(cache);
    const fresh = await build();
    expect([cached.counts.rendered, cached.counts.reused]).toEqual([1, 9]);
    expect(everything(cached)).toBe(everything(fresh));
    expect(cached.files.find((f) => f.path === 'dorset/release.md')?.content).toContain('Dorset Police Service');
  });

  it('after a partial is edited, renders every force with the edit, compiling again only what the edit changed', async () => {
    const cache = createBuildCache();
    await build(cache);
    const before = cache.templates.size;
    await edit('templates/partials/notes.md.hbs', (text) => `${text}\nEdited between builds.\n`);
    const cached = await build(cache);
    const fresh = await build();
    expect([cached.counts.rendered, cached.counts.reused]).toEqual([10, 0]);
    expect(everything(cached)).toBe(everything(fresh));
    expect(cached.files.find((f) => f.path === 'hampshire/release.md')?.content).toContain('Edited between builds.');
    // The partial as written and as marked, and the marked pieces numbered after it
    // (its new line shifts their marker ids); the rest came from the cache.
    expect(cache.templates.size - before).toBeGreaterThanOrEqual(2);
    expect(cache.templates.size - before).toBeLessThan(before / 2);
  });

  it('a region whose build had something to report is rendered again next time, so it is reported again', async () => {
    const cache = createBuildCache();
    // A typed figure no data holds: the accuracy guard's error, in every release.
    await edit('templates/partials/notes.md.hbs', (text) => `${text}\nAbout 14 per cent of them.\n`);
    const broken = await build(cache);
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.some((d) => d.severity === 'error' && d.message.includes('"About 14 per cent" matches no figure'))).toBe(true);
    expect(cache.regions.size).toBe(0);
    const again = await build(cache);
    expect(again.diagnostics).toEqual(broken.diagnostics);
  });
});
