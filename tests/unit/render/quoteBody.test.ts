import Handlebars from 'handlebars';
import { Marked } from 'marked';
import { escapeQuoteBody } from '../../../src/render/quoteBody.js';

/** A quote body as patchpress renders it: parsed, its typed text escaped, compiled with the renderer's options. */
function render(body: string, context: object = {}): string {
  const hb = Handlebars.create();
  const ast = hb.parse(body);
  escapeQuoteBody(ast);
  return hb.compile(ast, { strict: true, noEscape: true })(context);
}

const toHtml = (markdown: string): string => new Marked().parse(markdown, { async: false });

describe('escapeQuoteBody: typed text in a quote prints as written', () => {
  it.each([
    ['2024. A record year for reports.', '2024\\. A record year for reports.'],
    ['5 * 3 * 2 and 5*3*2', '5 \\* 3 \\* 2 and 5\\*3\\*2'],
    ['“Figures,” she said. <script>x()</script>', '“Figures,” she said. \\<script\\>x()\\</script\\>'],
    ['# Not a heading\n\n- not a list\n    not code', '\\# Not a heading\n\n\\- not a list\nnot code'],
    ['[a link](javascript:x())', '\\[a link\\](javascript:x())'],
  ])('%p => %p', (body, expected) => {
    expect(render(body)).toBe(expected);
  });

  it('escapes a line start after a block tag alone on its line, and only inline text after a {{…}} on the same line', () => {
    expect(render('{{#if a}}\n2024. A record year\n{{/if}}\n{{b}} - 1. and more', { a: true, b: 'Rise' })).toBe('2024\\. A record year\nRise - 1. and more');
  });

  it('leaves values from the context as the context gives them (already escaped there)', () => {
    expect(render('{{name}} said it.', { name: '2024\\. A record year' })).toBe('2024\\. A record year said it.');
  });

  it('keeps paragraphs, so the HTML shows each as written', () => {
    expect(toHtml(render('2024. A record year\n\n5 * 3 * 2 and 5*3*2'))).toBe('<p>2024. A record year</p>\n<p>5 * 3 * 2 and 5*3*2</p>\n');
  });
});
