import fc from 'fast-check';
import { Marked } from 'marked';
import { escapeMarkdown, unescapeMarkdown } from '../../../src/render/markdownEscape.js';

/** One instance, default GFM options, as the convert stage uses it. */
const marked = new Marked();

/** Text as marked writes it into HTML: the five characters it encodes. */
function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The reverse, for comparing rendered HTML with the input; any other entity stays and fails the comparison. */
function decodeHtmlText(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _m);
}

function renderInline(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}

function renderBlock(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

describe('escapeMarkdown', () => {
  describe('leaves ordinary text alone', () => {
    it.each([
      'Avon and Somerset',
      "O'Brien, Chief Constable. Tel 0300 456 0108",
      'Bedfordshire-based charity: 10,391 offences (up 16%).',
      'Devon & Cornwall',
      'AT&T',
      'press@nspcc.org.uk',
      'https://www.nspcc.org.uk/report?x=1',
      'Call 999! Then 101.',
      'a + b = c - d',
      'Dyfed-Powys 2019/20',
      'Ymchwil: “quoted” — dash',
    ])('%p => the same', (input) => {
      expect(escapeMarkdown(input)).toBe(input);
    });
  });

  describe('escapes what marked would read as syntax', () => {
    it.each([
      ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
      ['snake_case_name', 'snake\\_case\\_name'],
      ['`code`', '\\`code\\`'],
      ['[link](http://x.y)', '\\[link\\](http://x.y)'],
      ['![img](x.png)', '\\!\\[img\\](x.png)'],
      ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
      ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
      ['a | b', 'a \\| b'],
      ['~~struck~~', '\\~\\~struck\\~\\~'],
      ['C:\\path\\file', 'C:\\\\path\\\\file'],
      ['trailing backslash\\', 'trailing backslash\\\\'],
      ['&amp; &#39; &#x27; &copy; &nbsp;', '\\&amp; \\&#39; \\&#x27; \\&copy; \\&nbsp;'],
      ['Fish & Chips &c', 'Fish & Chips &c'],
      ['Hello! [world]', 'Hello! \\[world\\]'],
    ])('%p => %p', (input, expected) => {
      expect(escapeMarkdown(input)).toBe(expected);
    });
  });

  describe('escapes block openers at the start of the value', () => {
    it.each([
      ['# Heading', '\\# Heading'],
      ['#hashtag', '\\#hashtag'],
      ['- item', '\\- item'],
      ['--- rule', '\\--- rule'],
      ['+ item', '\\+ item'],
      ['=== underline', '\\=== underline'],
      ['> quote', '\\> quote'],
      ['2024. A record year', '2024\\. A record year'],
      ['1) first', '1\\) first'],
      ['   # indented', '   \\# indented'],
      ['  10. ten', '  10\\. ten'],
      ['Page 2. Then # and - and 3.', 'Page 2. Then # and - and 3.'],
      ['2024 was a record', '2024 was a record'],
    ])('%p => %p', (input, expected) => {
      expect(escapeMarkdown(input)).toBe(expected);
    });
  });

  describe('leaves autolinks whole, or plain text where marked would take a backslash into them', () => {
    it.each([
      ['https://example.org/report_abuse', 'https://example.org/report_abuse'],
      ['see https://example.org/a_b?x=1&y=2.', 'see https://example.org/a_b?x=1&y=2.'],
      ['www.example.org/~team', 'www.example.org/~team'],
      ['press_office@police.example', 'press_office@police.example'],
      ['*press_office@police.example*', '\\*press_office@police.example\\*'],
      ['https://example.org/a_', 'https\\://example.org/a\\_'],
      ['https://example.org/a|b', 'https\\://example.org/a\\|b'],
      ['https://example.org<b>', 'https\\://example.org\\<b\\>'],
      ['(www.example.org/a_b)_', '(www\\.example.org/a\\_b)\\_'],
    ])('%p => %p', (input, expected) => {
      expect(escapeMarkdown(input)).toBe(expected);
    });

    it.each([
      ['https://example.org/report_abuse', '<a href="https://example.org/report_abuse">https://example.org/report_abuse</a>'],
      ['www.example.org/~team', '<a href="http://www.example.org/~team">www.example.org/~team</a>'],
      ['press_office@police.example', '<a href="mailto:press_office@police.example">press_office@police.example</a>'],
      ['see https://example.org/a_b.', 'see <a href="https://example.org/a_b">https://example.org/a_b</a>.'],
      ['https://example.org/a_', 'https://example.org/a_'],
      ['https://example.org<b>', 'https://example.org&lt;b&gt;'],
    ])('%p renders as %p', (input, expected) => {
      expect(renderInline(escapeMarkdown(input))).toBe(expected);
    });
  });

  describe('turns newlines and tabs into single spaces', () => {
    it.each([
      ['one\ntwo', 'one two'],
      ['one\r\ntwo', 'one two'],
      ['one\rtwo', 'one two'],
      ['one\ttwo', 'one two'],
      ['one\n\ntwo', 'one  two'],
      ['line\n# heading', 'line # heading'],
    ])('%p => %p', (input, expected) => {
      expect(escapeMarkdown(input)).toBe(expected);
    });
  });

  describe('renders as literal text through marked', () => {
    const tricky = [
      '*bold* and **strong** and _em_ and __strong__',
      'snake_case_name and 2*3*4',
      '`code` and ``double``',
      '[link](page.html) and [ref][1] and [^note]',
      '![image](x.png)',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<b>bold</b> <!-- comment -->',
      'a | b | c',
      '~~struck~~ and ~single~',
      'C:\\path\\file and a trailing \\',
      '\\*not bold\\* already escaped',
      '&amp; &#39; &#x27; &copy; &nbsp; &notanentity',
      'Devon & Cornwall; AT&T',
      'Hello! [world]',
      "it's \"quoted\"",
      '2 < 3 > 1',
      '<page.html> and <mailto:x>',
      '\\',
      '[x]: page.html',
    ];

    it.each(tricky)('%p inline', (input) => {
      expect(renderInline(escapeMarkdown(input))).toBe(htmlText(input));
    });

    const lineStarts = ['# Heading', '###### Six', '- item', '* item', '+ item', '---', '***', '___', '===', '> quote', '2024. A record year', '1) first', '   # indented', '```js', '~~~', '| a | b |', '<div>block</div>', '[x]: page.html'];

    it.each([...lineStarts, ...tricky])('%p as a paragraph of its own', (input) => {
      expect(renderBlock(escapeMarkdown(input))).toBe(`<p>${htmlText(input)}</p>\n`);
    });

    it.each(['===', '---', '- item', '# Heading', '> quote', '1. first'])('%p on the line after a sentence', (input) => {
      // "Some text\n===" would make the sentence a heading (setext); "\n- item" would start a list.
      expect(renderBlock(`Some text\n${escapeMarkdown(input)}`)).toBe(`<p>Some text\n${htmlText(input)}</p>\n`);
    });

    it('keeps GFM autolinks of URLs and emails as links, as the design allows', () => {
      expect(renderInline(escapeMarkdown('press@nspcc.org.uk'))).toBe('<a href="mailto:press@nspcc.org.uk">press@nspcc.org.uk</a>');
      expect(renderInline(escapeMarkdown('www.nspcc.org.uk'))).toBe('<a href="http://www.nspcc.org.uk">www.nspcc.org.uk</a>');
    });
  });
});

describe('unescapeMarkdown', () => {
  it.each([
    ['2024\\. A \\*record\\* year', '2024. A *record* year'],
    ['C:\\\\path', 'C:\\path'],
    ['\\&amp;', '&amp;'],
    ['\\!\\[img\\]', '![img]'],
    ['https\\://example.org/a\\_', 'https://example.org/a_'],
    ['plain text', 'plain text'],
  ])('%p => %p', (input, expected) => {
    expect(unescapeMarkdown(input)).toBe(expected);
  });
});

describe('properties', () => {
  /** Characters and runs that mean something to Markdown, mixed with ordinary text. */
  const markdownish = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'\\`*_[]<>|~&#+-=.)(!:;/" \'0123456789aZ') },
    { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#39;', '&#x27;', '&copy;', '![', '](', '**', '__', '~~', '```', '<b>', '</b>', '1.', '2024)', '\\*', '\\\\') },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  );
  // Thousands of cases each: a second or two alone, but past Jest's 5 s when the suite runs beside others on a busy machine.
  const PROPERTY_TIMEOUT = 30_000;
  const printableAscii = fc.oneof(fc.string(), fc.string({ unit: markdownish }));
  /** GFM autolinks (emails, www., scheme://) are allowed to become links, so they are left out here. */
  const noAutolink = (s: string): boolean => !/@|www\.|:\/\//i.test(s);

  it('unescapeMarkdown(escapeMarkdown(s)) === s for any string without newlines or tabs', () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: markdownish }));
    fc.assert(
      fc.property(anyText.filter((s) => !/[\r\n\t]/.test(s)), (s) => {
        expect(unescapeMarkdown(escapeMarkdown(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);

  it('printable ASCII renders inline as exactly its own text', () => {
    fc.assert(
      fc.property(printableAscii.filter(noAutolink), (s) => {
        expect(decodeHtmlText(renderInline(escapeMarkdown(s)))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);

  it('text with URLs and emails renders as its own text, each autolink pointing at exactly its text', () => {
    const linky = fc.constantFrom(
      'http://', 'https://', 'HTTPS://', 'ftp://', 'www.', 'mailto:', '@', 'a', 'b', 'co', '.org', '.', '/', '_', '*', '~', '-', '+',
      '<', '>', '|', '\\', '&amp;', '&', ';', ' ', '(', ')', ',', '!', '?', '=', '#', '[', ']', '`', ':', "'", '"', '%', '1',
    );
    fc.assert(
      fc.property(fc.string({ unit: linky, maxLength: 30 }), (s) => {
        const html = renderInline(escapeMarkdown(s));
        const links = [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)];
        for (const [, href = '', text = ''] of links) {
          const shown = decodeHtmlText(text);
          const target = decodeHtmlText(href);
          // marked's cleanUrl: encodeURI, keeping any % already written.
          const asHref = (url: string): string => encodeURI(url).replace(/%25/g, '%');
          expect([asHref(shown), asHref(`http://${shown}`), asHref(`mailto:${shown}`)]).toContain(target);
        }
        expect(decodeHtmlText(html.replace(/<a href="[^"]*">|<\/a>/g, ''))).toBe(s);
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT);

  it('printable ASCII renders as a paragraph of exactly its own text', () => {
    // A value starting with four spaces would be an indented code block, and one of
    // spaces only a blank line: those are left out (the validate stage trims values).
    const paragraphText = printableAscii.filter((s) => noAutolink(s) && s.trim() !== '' && !/^ {4}/.test(s));
    fc.assert(
      fc.property(paragraphText, (s) => {
        expect(decodeHtmlText(renderBlock(escapeMarkdown(s)))).toBe(`<p>${s}</p>\n`);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);
});
