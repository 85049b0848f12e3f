import Handlebars from 'handlebars';
import { createCompileCache } from '../../../src/render/compileCache.js';
import { parseSource } from '../../../src/render/parseSource.js';
import { pieceSource, type TemplatePiece } from '../../../src/render/piece.js';
import { createRenderer } from '../../../src/render/renderer.js';

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
