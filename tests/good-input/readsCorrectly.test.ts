import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { campaignAt } from '../support/campaign.js';
import { runCli } from '../support/fixture.js';
import { cleanUp } from '../support/tree.js';
import { tempDir } from '../support/paths.js';

/** Awkward but valid input: patchpress must read it as meant, and write pages that run nothing. */
const CASES = fileURLToPath(new URL('./cases', import.meta.url));
const BUILD = ['build', '--date', '2020-09-03'];

let work: string;
beforeAll(async () => {
  work = await tempDir('good-input');
});
afterAll(() => cleanUp(work));

async function build(name: string): Promise<{ dir: string; stderr: string; code: number; read: (path: string) => string }> {
  const dir = campaignAt(join(work, name), join(CASES, name));
  const run = await runCli(dir, BUILD);
  return { dir, stderr: run.stderr, code: run.code, read: (path) => readFileSync(join(dir, 'out', path), 'utf8') };
}

describe('a CSV as spreadsheets save it: byte-order mark, CRLF, quoted commas, quotes and line breaks', () => {
  it('is read cell by cell as written', async () => {
    const { code, stderr, read } = await build('csv-bom-crlf-quotes');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(read('synthetic-area-00001/release.md')).toBe('# Synthetic Area 00001 up 50%\n\nSynthetic Constabulary recorded 150 synthetic offences.\n');
    // The quoted line break becomes a space: a value is one run of text in the copy.
    expect(read('synthetic-area-00002/release.md')).toBe('# Synthetic Area 00002 down 10%\n\nSynthetic Police, Coast and Hills recorded 180 synthetic offences (Two lines, with "quotes").\n');
  });
});

describe('force names written differently in different files', () => {
  it('match after Unicode normalisation, trimming, spacing, invisible characters and case', async () => {
    const { code, stderr, read } = await build('names-normalised');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(read('synthetic-area-00001/release.md')).toBe('# Synthetic Área 00001 up 50%\n\nShare 12 per cent. Support: Synthetic Support Line.\n');
    expect(read('synthetic-area-00002/release.md')).toContain('Share 18 per cent.');
    expect(read('synthetic-area-00003/release.md')).toContain('Share 33 per cent.');
  });
});

describe('text that looks like Markdown or HTML, in data and in quotes', () => {
  let out: { code: number; stderr: string; read: (path: string) => string; dir: string };
  beforeAll(async () => {
    out = await build('literal-content');
  });

  it('builds', () => {
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
  });

  it('stays literal in the HTML: no numbered list, no emphasis', () => {
    const html = out.read('2024-a-record-year/release.html');
    expect(html).toContain('<h1>2024. A record year down 10%</h1>');
    expect(html).toContain('<p>2024. A record year is how the data names this area, and *stars*, _underscores_ or `code` typed here stay as written.</p>');
    const stars = out.read('5-3-2/release.html');
    expect(stars).toContain('<h1>5 * 3 * 2 unchanged at 40</h1>');
    expect(stars).toContain('<p>5 * 3 * 2 is how the data names this area,');
    for (const page of [html, stars]) expect(page).not.toMatch(/<ol|<ul|<em>|<code>/);
  });

  it('shows HTML and script links in the data and quotes as text, never as markup', () => {
    const html = out.read('synthetic-area-00001/release.html');
    expect(html).toContain('<p>&lt;a href="javascript:alert(3)" onclick="alert(4)"&gt;click&lt;/a&gt; &amp;amp; [x](javascript:alert(5)) <a href="https://www.example.org">www.example.org</a></p>');
    expect(html).toContain('<p>&lt;script&gt;alert("quoted")&lt;/script&gt; [a link](javascript:alert(document.domain)) &lt;img src=x onerror=alert(document.cookie)&gt;</p>');
    expect(html).toContain('<p>— A synthetic spokesperson &lt;img src=x onerror=alert(document.cookie)&gt;</p>');
  });

  it('writes no page with a script, an on… attribute or a javascript: link', () => {
    for (const path of htmlFiles(join(out.dir, 'out'))) {
      const html = readFileSync(path, 'utf8');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/<[^>]*(href|src)\s*=\s*["']?\s*javascript:/i);
    }
  });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}
