import Handlebars from 'handlebars';
import { parseSource } from '../../../src/render/parseSource.js';
import type { TemplatePiece } from '../../../src/render/piece.js';
import { createRenderer } from '../../../src/render/renderer.js';
import { tidyMarkdown } from '../../../src/render/renderRelease.js';
import { createSourceTable, isWhiteSpace, markPiece, provenance, readMarkers, tidyMarked, withoutMarkers, type SourceTable } from '../../../src/render/sourceMarkers.js';

const config = { smallBase: 10, timeZone: 'Europe/London' };

function piece(file: string, source: string, line = 1): TemplatePiece {
  const { ast } = parseSource(Handlebars.create(), file, source, { line, column: 1 });
  if (!ast) throw new Error(`could not parse ${file}`);
  return { file, ast, line, column: 1 };
}

/** Renders a template as written and marked, and returns a lookup from visible text to the place that wrote it. */
function traced(template: TemplatePiece, context: object, partials: Record<string, TemplatePiece> = {}): { text: string; placeOf: (needle: string) => string; table: SourceTable; ways: Map<string, string[]> } {
  const plain = createRenderer(new Map(Object.entries(partials)), config).render(template, context, 'markdown', 'test');
  if (!('text' in plain)) throw new Error(plain.diagnostic.message);
  const table = createSourceTable();
  const markedPartials = new Map(Object.entries(partials).map(([name, p]) => [name, markPiece(p, table)]));
  const marked = createRenderer(markedPartials, config).render(markPiece(template, table), context, 'markdown', 'test');
  if (!('text' in marked)) throw new Error(marked.diagnostic.message);
  const read = readMarkers(marked.text, table);
  const look = provenance(plain.text, read);
  if (!look) throw new Error('the marked render does not line up with the plain one');
  const placeOf = (needle: string): string => {
    const source = look(plain.text.indexOf(needle)).source;
    return source ? `${source.file}:${source.line}` : 'nowhere';
  };
  const ways = new Map([...read.branches].map(([id, set]) => [`${table.branches[id]!.file}:${table.branches[id]!.line} ${table.branches[id]!.label}`, [...set].sort()]));
  return { text: plain.text, placeOf, table, ways };
}

describe('source markers', () => {
  it('place text typed on each line, and helper output, at its own line', () => {
    const template = piece('templates/release.md.hbs', '# {{region.name}}\n\nA first line\nand 14 per cent on the second,\n{{number offences.current}} on the third.\n', 8);
    const { text, placeOf } = traced(template, { region: { name: 'Hampshire' }, offences: { current: 10391 } });
    expect(text).toBe('# Hampshire\n\nA first line\nand 14 per cent on the second,\n10,391 on the third.\n');
    expect(placeOf('Hampshire')).toBe('templates/release.md.hbs:8');
    expect(placeOf('14 per cent')).toBe('templates/release.md.hbs:11');
    expect(placeOf('10,391')).toBe('templates/release.md.hbs:12');
  });

  it('place text from a partial in the partial', () => {
    const template = piece('templates/release.md.hbs', 'Intro.\n{{> lead}} 247 recorded.\n');
    const lead = piece('templates/partials/lead.md.hbs', '{{!-- a comment --}}\nFigures show that');
    const { text, placeOf } = traced(template, {}, { lead });
    expect(text).toBe('Intro.\nFigures show that 247 recorded.\n');
    expect(placeOf('Figures')).toBe('templates/partials/lead.md.hbs:2');
    expect(placeOf('247')).toBe('templates/release.md.hbs:2');
  });

  it('record which way each block went, else-if chains included', () => {
    const template = piece(
      't.md.hbs',
      '{{#if (eq d "up")}}\nrise\n{{else if (eq d "down")}}\nfall\n{{else}}\nsame\n{{/if}}\n{{#if extra}}extra{{/if}}\n{{#each items}}{{this}}{{/each}}\n',
    );
    const { text, ways } = traced(template, { d: 'down', extra: null, items: ['a', 'b'] });
    expect(text).toBe('fall\n\nab\n');
    expect(ways).toEqual(
      new Map([
        ['t.md.hbs:1 #if (eq d "up")', ['else', 'visit']],
        ['t.md.hbs:3 else if (eq d "down")', ['then', 'visit']],
        ['t.md.hbs:8 #if extra', ['visit']],
        ['t.md.hbs:9 #each items', ['then', 'visit']],
      ]),
    );
  });

  it('mark the text {{fixed}} prints, and only that', () => {
    const template = piece('t.md.hbs', 'Call {{fixed "0800 1111"}}, open {{fixed "24/7"}}, on 999.');
    const table = createSourceTable();
    const marked = createRenderer(new Map(), config).render(markPiece(template, table), {}, 'markdown', 'test');
    if (!('text' in marked)) throw new Error(marked.diagnostic.message);
    const read = readMarkers(marked.text, table);
    const look = provenance('Call 0800 1111, open 24/7, on 999.', read)!;
    expect(read.text).toBe('Call 0800 1111, open 24/7, on 999.');
    expect([0, 5, 21, 30].map((offset) => look(offset).fixed)).toEqual([false, true, true, false]);
  });

  it('leave the template it marks as it was', () => {
    const template = piece('t.md.hbs', 'Plain {{#if x}}yes{{/if}}');
    const before = JSON.stringify(template.ast);
    markPiece(template, createSourceTable());
    expect(JSON.stringify(template.ast)).toBe(before);
  });

  it('refuse to line up a text whose visible characters differ', () => {
    const read = readMarkers('a b c', createSourceTable());
    expect(provenance('a  b\nc', read)).not.toBeNull();
    expect(provenance('a b d', read)).toBeNull();
  });
});

describe('isWhiteSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });

  it.each([
    [' ', true],
    ['\t', true],
    ['\u00a0', true],
    ['\u2028', true],
    ['\ufeff', true],
    ['a', false],
    ['\u200b', false],
  ])('%j → %p', (char, expected) => {
    expect(isWhiteSpace(char.charCodeAt(0))).toBe(expected);
  });
});

/**
 * A release is rendered once, from the marked templates, and written with the
 * markers taken out: that must be exactly the release the template as
 * written gives, for the whitespace Handlebars and tidying handle too.
 */
describe('a release from the marked render', () => {
  const lead = piece('templates/partials/lead.md.hbs', 'Figures show\n{{#if up}}\n  a rise\n{{/if}}\n');
  const partials = new Map([['lead', lead]]);
  const context = { up: true, down: false, d: 'down', name: 'Hampshire', items: ['a', 'b'], empty: '' };
  const sources: Array<[string, string]> = [
    ['a block alone on its line, then a blank line', 'Intro.\n\n{{#if up}}\nRise.\n{{/if}}\n\nAfter.\n'],
    ['a block closed and opened on one line', 'A\n{{#if up}}\nB\n{{/if}}{{#if down}}\nC\n{{/if}}\n\nD\n'],
    ['an else-if chain with blank lines inside', '{{#if (eq d "up")}}\n\nrise\n\n{{else if (eq d "down")}}\n\nfall\n\n{{else}}\nsame\n{{/if}}\n\nEnd.\n'],
    ['a standalone partial, indented', 'Start.\n  {{> lead}}\nEnd.\n'],
    ['each with blank lines around', '{{#each items}}\n\n- {{this}}\n\n{{/each}}\n\nDone.\n'],
    ['tilde whitespace control', 'A   {{~#if up~}}   B   {{~/if~}}   C\n'],
    ['an empty value at the end of a line, then three line breaks', 'Name: {{empty}}\n\n\n\n{{name}}  \n'],
    ['a comment alone on its line', 'A\n{{!-- note --}}\nB\n'],
  ];

  it.each(sources)('%s', (_label, source) => {
    const template = piece('templates/release.md.hbs', source);
    const plain = createRenderer(partials, config).render(template, context, 'markdown', 'test');
    const table = createSourceTable();
    const markedPartials = new Map([...partials].map(([name, p]) => [name, markPiece(p, table)]));
    const marked = createRenderer(markedPartials, config).render(markPiece(template, table), context, 'markdown', 'test');
    if (!('text' in plain) || !('text' in marked)) throw new Error('render failed');
    expect(withoutMarkers(marked.text)).toBe(plain.text);
    expect(tidyMarkdown(withoutMarkers(marked.text))).toBe(tidyMarkdown(plain.text));
  });

  it('renders each source as Handlebars itself does from the text, whitespace pass run once', () => {
    for (const [, source] of sources) {
      const hb = Handlebars.create();
      hb.registerPartial('lead', 'Figures show\n{{#if up}}\n  a rise\n{{/if}}\n');
      hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
      const own = hb.compile(source, { noEscape: true })(context);
      const ours = createRenderer(partials, config).render(piece('t.md.hbs', source), context, 'markdown', 'test');
      expect(ours).toEqual({ text: own });
    }
  });
});

describe('tidyMarked', () => {
  const table = createSourceTable();
  const at = (id: number): string => `\uE000${id.toString(36)}\uE001`;

  it('tidies the text and keeps each marker before the visible character it stood before', () => {
    const marked = `${at(1)}Hello   ${at(2)}\n\n\n${at(3)}world  \n${at(4)}`;
    const tidied = tidyMarked(marked, (text) => tidyMarkdown(text).trimEnd());
    expect(withoutMarkers(tidied)).toBe('Hello\n\nworld');
    expect(tidied).toBe(`${at(1)}Hello${at(2)}${at(3)}\n\nworld${at(4)}`);
    table.points.push(...[0, 1, 2, 3, 4].map((line) => ({ file: 'q.md', line, column: 1 })));
    const read = readMarkers(tidied, table);
    const look = provenance('Hello\n\nworld', read)!;
    expect(look(0).source?.line).toBe(1);
    expect(look(7).source?.line).toBe(3);
  });

  it('keeps the markers of a block that printed nothing visible', () => {
    const branch = '\uE0041:t\uE005';
    expect(tidyMarked(`Text. ${branch}  \n`, (text) => text.trim())).toBe(`Text.${branch}`);
  });

  it('is the tidy text itself when there are no markers', () => {
    expect(tidyMarked('a  b \n', (text) => text.replace(/\s+/g, ' ').trim())).toBe('a b');
  });

  it('refuses a tidy that changes a visible character', () => {
    expect(() => tidyMarked(`${at(0)}abc`, (text) => text.toUpperCase())).toThrow(/changed a visible character/);
    expect(() => tidyMarked(`${at(0)}abc`, (text) => `${text}d`)).toThrow(/added a visible character/);
  });
});
