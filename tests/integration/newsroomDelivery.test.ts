import { simpleParser } from 'mailparser';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { FORMATS } from '../../src/convert/formats.js';
import { readZip } from '../../src/convert/zip.js';
import { generate, type GenerateResult } from '../../src/generate.js';
import { docxParagraphs } from '../support/docx.js';
import { readTree, repoRoot } from '../support/paths.js';

const EMBARGO = 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020';
let dir: string;
let first: GenerateResult;
let second: GenerateResult;

const build = (out: string): Promise<GenerateResult> => generate({ cwd: repoRoot, out: join(dir, out), date: '2020-09-03', formats: FORMATS });
const file = (out: string, path: string): Promise<Buffer> => readFile(join(dir, out, path));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patchpress-delivery-'));
  first = await build('one');
  second = await build('two');
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a build with every format', () => {
  it('succeeds, with only the plausibility report\'s two notes on the example data', () => {
    expect(first.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual(['warning data/offences.csv:2', 'warning data/offences.csv:7']);
    expect(first.ok && first.written).toBe(true);
  });

  it("gives each newsroom a zip holding exactly its forces' files, its email drafts and figures", async () => {
    const zip = readZip(await file('one', 'newsrooms/southern-example-gazette/southern-example-gazette.zip'));
    const forceFiles = (slug: string): string[] => [`${slug}/chart.png`, `${slug}/chart.svg`, `${slug}/release.docx`, `${slug}/release.html`, `${slug}/release.md`];
    expect(zip.map((e) => e.path)).toEqual(
      [
        'dorset.eml',
        ...forceFiles('dorset'),
        'figures.csv',
        'hampshire.eml',
        ...forceFiles('hampshire'),
        'wiltshire.eml',
        ...forceFiles('wiltshire'),
      ].map((p) => `southern-example-gazette/${p}`),
    );
    // The copies are the files under out/<force>/, byte for byte.
    const release = zip.find((e) => e.path === 'southern-example-gazette/hampshire/release.docx')!;
    expect(Buffer.from(release.content as Uint8Array).equals(await file('one', 'hampshire/release.docx'))).toBe(true);
  });

  it.each([
    ['example-valleys-radio', ['gwent']],
    ['northern-example-daily', ['cumbria', 'south-yorkshire']],
    ['midlands-example-post', ['kent', 'staffordshire', 'west-midlands']],
  ])('the %s zip holds only %p', async (newsroom, forces) => {
    const zip = readZip(await file('one', `newsrooms/${newsroom}/${newsroom}.zip`));
    const slugs = new Set(zip.map((e) => e.path.split('/')[1]!.replace(/\.eml$/, '')).filter((s) => s !== 'figures.csv'));
    expect([...slugs].sort()).toEqual(forces);
  });

  it('gives the same bytes in two builds, zips included', async () => {
    expect(second.manifest).toEqual(first.manifest);
    for (const zip of first.manifest!.newsrooms.map((n) => n.zip)) {
      expect((await file('two', zip)).equals(await file('one', zip))).toBe(true);
    }
  });

  it('lists every new file in the manifest with its sha256, and the embargo', async () => {
    const manifest = first.manifest!;
    expect(manifest.embargo).toEqual({ at: '2020-09-03T00:01:00+01:00', line: EMBARGO });
    expect(manifest.formats).toEqual(['md', 'html', 'svg', 'png', 'docx', 'eml']);
    expect(manifest.releases.find((r) => r.slug === 'hampshire')!.files).toEqual({
      md: 'hampshire/release.md',
      html: 'hampshire/release.html',
      svg: 'hampshire/chart.svg',
      png: 'hampshire/chart.png',
      docx: 'hampshire/release.docx',
    });
    const gazette = manifest.newsrooms.find((n) => n.slug === 'southern-example-gazette')!;
    expect(gazette).toMatchObject({ newsroom: 'Southern Example Gazette', email: 'news@southern-gazette.example.org', forces: ['Hampshire', 'Dorset', 'Wiltshire'] });
    for (const path of [...gazette.files, 'hampshire/chart.png', 'hampshire/release.docx']) expect(manifest.sha256[path]).toMatch(/^[0-9a-f]{64}$/);
    // Every file written but the manifest itself (a build streams its files to disk: they are not in the result).
    expect(Object.keys(manifest.sha256).sort()).toEqual([...(await readTree(join(dir, 'one'))).keys()].filter((p) => p !== 'manifest.json').sort());
  });
});

describe('each format opens with the embargo line', () => {
  it('Markdown', async () => {
    expect((await file('one', 'hampshire/release.md')).toString('utf8').split('\n')[0]).toBe(`**${EMBARGO}**`);
  });

  it('HTML', async () => {
    const html = (await file('one', 'hampshire/release.html')).toString('utf8');
    expect(html).toContain(`<main>\n<p><strong>${EMBARGO}</strong></p>`);
  });

  it('Word', async () => {
    expect(docxParagraphs(await file('one', 'hampshire/release.docx'))[0]!.text).toBe(EMBARGO);
  });

  it('email, in both alternatives', async () => {
    const mail = await simpleParser(await file('one', 'newsrooms/southern-example-gazette/hampshire.eml'));
    expect(String(mail.text).split('\n')[0]).toBe(EMBARGO);
    expect(String(mail.html)).toMatch(new RegExp(`<div[^>]*>\\n<p><strong>${EMBARGO}</strong></p>`));
  });
});

describe("Hampshire's release in each format", () => {
  it('HTML carries the accessible chart inline, after the standfirst', async () => {
    const html = (await file('one', 'hampshire/release.html')).toString('utf8');
    const standfirst = html.indexOf('NSPCC figures reveal.</strong></p>');
    const chart = html.indexOf('<figure class="chart">\n<svg');
    expect(standfirst).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(standfirst);
    expect(html.indexOf('Freedom of Information requests')).toBeGreaterThan(chart);
    expect(html).toContain('role="img" aria-labelledby="chart-hampshire-title chart-hampshire-desc"');
  });

  it('chart.svg is the chart, and chart.png decodes to twice its size', async () => {
    const svg = (await file('one', 'hampshire/chart.svg')).toString('utf8');
    expect(svg).toContain('<title id="chart-hampshire-title">Online child sex offences in Hampshire</title>');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [number, number, number];
    const png = PNG.sync.read(await file('one', 'hampshire/chart.png'));
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
  });

  it("the Word document holds the headline as Heading 1 and the force's figures", async () => {
    const paragraphs = docxParagraphs(await file('one', 'hampshire/release.docx'));
    expect(paragraphs[1]).toMatchObject({ style: 'Heading1', text: 'Online child sex offences in Hampshire up 89%' });
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Hampshire Constabulary recorded 247 online child sex offences in 2019/20, up from 131 in 2018/19: a rise of 89 per cent.');
    expect(text).toContain('Hampshire Constabulary, five years to 2019/20: 714');
    expect(paragraphs.some((p) => p.hasPicture)).toBe(true);
    expect(paragraphs.filter((p) => p.list === 'decimal').map((p) => p.text.slice(0, 24))).toEqual([
      'Source: Freedom of Infor',
      'Where a figure for a for',
      'The figures are likely t',
      'In its previous release,',
      'Adults who are worried a',
      'This release was generat',
    ]);
    expect(paragraphs.filter((p) => p.list === 'bullet')).toHaveLength(11);
  });

  it('the email is a draft to the newsroom, subject the headline, chart attached inline', async () => {
    const mail = await simpleParser(await file('one', 'newsrooms/southern-example-gazette/hampshire.eml'), { keepCidLinks: true });
    expect(mail.subject).toBe('Online child sex offences in Hampshire up 89%');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('"Southern Example Gazette" <news@southern-gazette.example.org>');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toContain('up from 131 in 2018/19: a rise of 89 per cent.');
    const [chart] = mail.attachments;
    expect(chart!.contentType).toBe('image/png');
    expect(String(mail.html)).toContain(`src="cid:${chart!.cid}"`);
    expect(Buffer.from(chart!.content).equals(await file('one', 'hampshire/chart.png'))).toBe(true);
  });
});

describe('choosing formats', () => {
  it('makes Markdown, HTML and the chart SVG by default, and nothing heavier', async () => {
    const result = await generate({ cwd: repoRoot, date: '2020-09-03', write: false });
    const kinds = new Set(result.files.map((f) => f.path.replace(/^.*\./, '')));
    expect([...kinds].sort()).toEqual(['csv', 'html', 'json', 'md', 'svg', 'zip']);
    expect(result.manifest!.formats).toEqual(['md', 'html', 'svg']);
  });

  it('--only leaves out the newsrooms that cover none of the forces built', async () => {
    const result = await generate({ cwd: repoRoot, date: '2020-09-03', write: false, only: ['hampshire'], formats: ['md'] });
    expect(result.manifest!.newsrooms.map((n) => [n.slug, n.forces])).toEqual([['southern-example-gazette', ['Hampshire']]]);
    expect(result.files.map((f) => f.path).filter((p) => p.startsWith('newsrooms/'))).toEqual([
      'newsrooms/southern-example-gazette/figures.csv',
      'newsrooms/southern-example-gazette/hampshire/release.md',
      'newsrooms/southern-example-gazette/southern-example-gazette.zip',
    ]);
  });
});
