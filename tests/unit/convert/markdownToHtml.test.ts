import { createMarkdownConverter } from '../../../src/convert/markdownToHtml.js';

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
