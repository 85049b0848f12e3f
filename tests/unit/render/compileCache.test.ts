import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { generate, type GenerateResult } from '../../../src/generate.js';
import { createCompileCache } from '../../../src/render/compileCache.js';
import { parseSource } from '../../../src/render/parseSource.js';
import { pieceSource, type TemplatePiece } from '../../../src/render/piece.js';
import { createRenderer } from '../../../src/render/renderer.js';
import { repoRoot, tempDir } from '../../support/paths.js';

const config = { smallBase: 10, timeZone: 'Europe/London' };

function piece(file: string, text: string): TemplatePiece {
  const at = { line: 1, column: 1 };
  const { ast } = parseSource(Handlebars.create(), file, text, at);
  if (!ast) throw new Error(`could not parse ${file}`);
  return { file, ast, ...at, source: pieceSource('template', file, at, text) };
}

const textOf = (result: ReturnType<ReturnType<typeof createRenderer>['render']>): string => {
  if (!('text' in result)) throw new Error(result.diagnostic.message);
  return result.text;
};

describe('compile cache', () => {
  it('compiles a source once, however many renderers (builds) use it, and each renders with its own helpers', () => {
    const cache = createCompileCache();
    const template = '{{number offences.current}} offences';
    const first = createRenderer(new Map(), config, cache).render(piece('t.md.hbs', template), { offences: { current: 1234 } }, 'markdown', 'test');
    const second = createRenderer(new Map(), config, cache).render(piece('t.md.hbs', template), { offences: { current: 5 } }, 'markdown', 'test');
    expect([textOf(first), textOf(second)]).toEqual(['1,234 offences', '5 offences']);
    expect(cache.size).toBe(1);
  });

  it('keeps a piece escaped as Markdown apart from the same piece escaped as HTML', () => {
    const cache = createCompileCache();
    const renderer = createRenderer(new Map(), config, cache);
    const p = piece('t.hbs', '{{name}}');
    expect(textOf(renderer.render(p, { name: 'A & B' }, 'markdown', 'test'))).toBe('A & B');
    expect(textOf(createRenderer(new Map(), config, cache).render(p, { name: 'A & B' }, 'html', 'test'))).toBe('A &amp; B');
    expect(cache.size).toBe(2);
  });

  it('still reports a missing field at its line and column when the template came from the cache', () => {
    const cache = createCompileCache();
    const template = 'line one\n{{region.nmae}}';
    createRenderer(new Map(), config, cache).render(piece('t.md.hbs', template), { region: { nmae: 'x' } }, 'markdown', 'test');
    const cached = createRenderer(new Map(), config, cache).render(piece('t.md.hbs', template), { region: {} }, 'markdown', 'force "X"');
    const uncached = createRenderer(new Map(), config).render(piece('t.md.hbs', template), { region: {} }, 'markdown', 'force "X"');
    expect(cached).toEqual(uncached);
    expect(cached).toEqual({ diagnostic: expect.objectContaining({ file: 't.md.hbs', line: 2, column: 3 }) });
  });

  it('forgets the least recently used specification past its capacity', () => {
    const cache = createCompileCache(2);
    const compiled: string[] = [];
    const spec = (key: string): void => {
      cache.spec(key, () => {
        compiled.push(key);
        return Handlebars.precompile('x') as unknown as Parameters<typeof cache.spec>[1] extends () => infer S ? S : never;
      });
    };
    spec('a');
    spec('b');
    spec('a'); // a is now the most recently used
    spec('c'); // so b goes
    spec('a');
    spec('b');
    expect(compiled).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });
});

describe('builds with a compile cache (the preview)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('compile-cache');
    await cp(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
    await cp(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const build = (cache?: ReturnType<typeof createCompileCache>): Promise<GenerateResult> =>
    generate({ cwd: dir, write: false, date: '2020-09-03', ...(cache ? { cache } : {}) });
  const everything = (result: GenerateResult): string => JSON.stringify({ files: result.files, diagnostics: result.diagnostics, audit: result.audit });

  it('gives the same files, report and audit as a build without it, and a second build compiles nothing new', async () => {
    const cache = createCompileCache();
    const plain = await build();
    const cached = await build(cache);
    const compiled = cache.size;
    const again = await build(cache);
    expect(plain.ok).toBe(true);
    expect(everything(cached)).toBe(everything(plain));
    expect(everything(again)).toBe(everything(plain));
    expect(compiled).toBeGreaterThan(10);
    expect(cache.size).toBe(compiled);
  });

  it('after a template is edited, renders the edit, exactly as a fresh build does', async () => {
    const cache = createCompileCache();
    await build(cache);
    const before = cache.size;
    const file = join(dir, 'templates', 'partials', 'notes.md.hbs');
    const original = await readFile(file, 'utf8');
    try {
      await writeFile(file, `${original}\nEdited between builds.\n`);
      const cached = await build(cache);
      const fresh = await build();
      expect(everything(cached)).toBe(everything(fresh));
      expect(cached.files.find((f) => f.path === 'hampshire/release.md')?.content).toContain('Edited between builds.');
      // The partial as written and as marked, and the marked pieces numbered after it
      // (its new line shifts their marker ids); the rest came from the cache.
      expect(cache.size - before).toBeGreaterThanOrEqual(2);
      expect(cache.size - before).toBeLessThan(before / 2);
    } finally {
      await writeFile(file, original);
    }
  });
});
