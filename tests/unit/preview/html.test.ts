import { escapeHtml, html, raw } from '../../../src/preview/pages/html.js';

describe('escapeHtml', () => {
  it.each([
    ['Hampshire', 'Hampshire'],
    ['Avon & Somerset', 'Avon &amp; Somerset'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &#39;single&#39;'],
    ['“curly” stays', '“curly” stays'],
  ])('%p => %p', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('html``', () => {
  it('escapes what it is given, in text and in attributes', () => {
    const name = '"><img src=x onerror=alert(1)>';
    expect(html`<a title="${name}">${name}</a>`.text).toBe(
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
    );
  });

  it('keeps markup it built itself, and lists joined', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>`.text).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(html`<p>${raw('<br>')}</p>`.text).toBe('<p><br></p>');
  });

  it.each([
    [null, '<b></b>'],
    [undefined, '<b></b>'],
    [false, '<b></b>'],
    [0, '<b>0</b>'],
    [88.55, '<b>88.55</b>'],
  ])('%p prints as %p', (value, expected) => {
    expect(html`<b>${value}</b>`.text).toBe(expected);
  });
});
