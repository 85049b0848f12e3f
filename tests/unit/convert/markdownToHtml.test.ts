import { createMarkdownConverter, createWholeMarkdownConverter } from '../../../src/convert/markdownToHtml.js';
import { paragraphDocuments } from '../../support/paragraphDocuments.js';

const toHtml = createMarkdownConverter();

describe('createMarkdownConverter', () => {
  it('converts Markdown and reports nothing removed', () => {
    expect(toHtml('# Title\n\nA [link](https://example.org), **bold**, [mail](mailto:a@b.org).')).toEqual({
      html: '<h1>Title</h1>\n<p>A <a href="https://example.org">link</a>, <strong>bold</strong>, <a href="mailto:a@b.org">mail</a>.</p>\n',
      removed: [],
    });
  });

  it('links a bare www. address with https, which the sanitizer keeps', () => {
    expect(toHtml('See www.nspcc.org.uk for help.')).toEqual({ html: '<p>See <a href="https://www.nspcc.org.uk">www.nspcc.org.uk</a> for help.</p>\n', removed: [] });
  });

  it('drops an HTML comment without a report: invisible in both the HTML and the Markdown (templates refuse them with their line)', () => {
    expect(toHtml('<!-- a note -->\n\nText')).toEqual({ html: '<p>Text</p>\n', removed: [] });
  });

  it.each([
    ['<script>alert(1)</script>', ['<script>']],
    ['Text <img src=x onerror=alert(1)> more', ['<img>']],
    ['A <b onclick="x()">bold</b> word', ['<b>']],
    ['[click](javascript:alert(1))', ['a javascript: link']],
    ['[plain web](http://example.org)', ['a http: link']],
  ])('says what the sanitizer removes from %p', (markdown, removed) => {
    const result = toHtml(markdown);
    expect(result.removed).toEqual(removed);
    expect(result.html).not.toMatch(/<script|onerror|onclick|javascript:/);
  });
});

describe('createMarkdownConverter, paragraph by paragraph', () => {
  const whole = createWholeMarkdownConverter();

  it.each([
    ['a list loosened by a blank line', '- a\n- b\n\n- c\n\nAfter.'],
    ['a list item\'s second paragraph', '- a\n\n  more of a\n\nAfter.'],
    ['an ordered list over a blank line', '1. a\n\n2) b\n\n3. c'],
    ['indented code after a paragraph', 'Para.\n\n    code\n\nAfter.'],
    ['a block quote over a blank line', '> a\n\n> b'],
    ['a fenced block holding a blank line', '```\nline 1\n\nline 2\n```\n\nAfter.'],
    ['a link reference defined further down', 'See [the charity].\n\n[the charity]: https://example.org'],
    ['raw HTML the sanitizer removes', 'Para.\n\n<script>x()</script>\n\nAfter.'],
    ['a javascript: link in one paragraph', 'Para.\n\n[x](javascript:alert(1))\n\nAfter.'],
    ['the character kept to separate runs', 'Para \uE0FF one.\n\nPara two.\n\nPara three.'],
  ])('gives what the whole text gives for %s, each time it is met', (_, markdown) => {
    const toHtml = createMarkdownConverter();
    const expected = whole(markdown);
    for (let i = 0; i < 3; i++) expect(toHtml(markdown)).toEqual(expected);
  });

  it('puts a remembered paragraph between new ones', () => {
    const toHtml = createMarkdownConverter();
    const shared = '## Notes to editors\n\n1. Source: the charity.\n2. Figures are for 2019/20.\n\n';
    for (const region of ['Hampshire', 'Wiltshire', 'Kent']) {
      const markdown = `# ${region}\n\nUp 5 per cent in ${region}.\n\n${shared}Media enquiries for ${region}.`;
      expect(toHtml(markdown)).toEqual(whole(markdown));
    }
  });

  it('is not misled by the character that separates runs in the copy itself', () => {
    const toHtml = createMarkdownConverter();
    const shared = 'A paragraph every release prints.\n\n';
    toHtml(`One.\n\n${shared}`);
    toHtml(`Two.\n\n${shared}`);
    const markdown = `Three \uE0FF and more.\n\n${shared}Four \uE0FF.`;
    expect(toHtml(markdown)).toEqual(whole(markdown));
  });

  it('gives what the whole text gives for 5,000 documents built to cut badly, each converted twice', () => {
    const toHtml = createMarkdownConverter();
    const differ = paragraphDocuments(5000).filter((doc) => {
      const expected = JSON.stringify(whole(doc));
      return JSON.stringify(toHtml(doc)) !== expected || JSON.stringify(toHtml(doc)) !== expected;
    });
    expect(differ).toEqual([]);
  });
});
