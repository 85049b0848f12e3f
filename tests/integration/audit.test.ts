import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateResult } from '../../src/generate.js';
import { runCli } from '../support/fixture.js';
import { repoRoot } from '../support/paths.js';

/** The forces in the bundled example, by slug. */
const EXAMPLE_FORCES = ['cumbria', 'devon-and-cornwall', 'dorset', 'gwent', 'hampshire', 'kent', 'south-yorkshire', 'staffordshire', 'west-midlands', 'wiltshire'];
const EXAMPLE_NAMES = ['Cumbria', 'Devon and Cornwall', 'Dorset', 'Gwent', 'Hampshire', 'Kent', 'South Yorkshire', 'Staffordshire', 'West Midlands', 'Wiltshire'];

const errors = (result: GenerateResult): string[] => result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`);

describe('the numbers audit on the bundled example', () => {
  let result: GenerateResult;
  beforeAll(async () => {
    result = await generate({ write: false, date: '2020-09-03', cwd: repoRoot });
  });

  it('finds no errors', () => {
    expect(errors(result)).toEqual([]);
  });

  it.each(EXAMPLE_FORCES)('traces every number in the release for %s', (slug) => {
    const audit = result.audit!.releases.find((r) => r.slug === slug)!;
    expect(audit.summary.untraced).toBe(0);
    expect(audit.summary.fixed).toBe(0);
    expect(audit.summary.traced).toBe(audit.summary.figures);
    expect(audit.summary.figures).toBeGreaterThan(40);
    expect(audit.figures.every((f) => f.template !== null && f.trace !== null)).toBe(true);
  });

  it('says which figure, periods, formula and helper each number came from', () => {
    const hampshire = result.audit!.releases.find((r) => r.slug === 'hampshire')!;
    const trace = (text: string): string | null | undefined => hampshire.figures.find((f) => f.part === 'body' && f.text === text)?.trace;
    expect(trace('89 per cent')).toBe('offences.change.percent (2018/19 → 2019/20) = (247 − 131) ÷ 131 × 100 = 88.55, via perCent → "89 per cent"');
    expect(trace('almost 90 per cent')).toBe('offences.change.percent (2018/19 → 2019/20) = (247 − 131) ÷ 131 × 100 = 88.55, via approx → "almost 90 per cent"');
    expect(trace('247')).toBe('offences.current (2019/20) = 247, via number → "247"');
    expect(trace('714')).toBe('region.five_year_total = 714, via number → "714"');
    expect(trace('28')).toBe('national.uk.current = 10,391 ÷ 365 = 28.47, via perDay → "28"');
    expect(trace('101')).toBe('region.contacts.nonEmergency = "101", via as in the data → "101"');
    expect(trace('0808 800 5000')).toBe('campaign.publisher.helpline = "0808 800 5000", via as in the data → "0808 800 5000"');
    expect(trace('3 September 2020')).toBe('campaign.releaseDate = "2020-09-03", via date → "3 September 2020"');
  });

  it('names the template line that printed each number', async () => {
    const hampshire = result.audit!.releases.find((r) => r.slug === 'hampshire')!;
    const figure = hampshire.figures.find((f) => f.part === 'body' && f.text === '89 per cent' && f.template?.startsWith('templates/release.md.hbs'))!;
    const [file, line] = figure.template!.split(':') as [string, string];
    const source = (await readFile(join(repoRoot, file), 'utf8')).split('\n')[Number(line) - 1];
    expect(source).toContain('{{perCent offences.change.percent}}');
  });

  it('writes audit.json beside each release, and the manifest counts and seeds each release', () => {
    const paths = result.files.map((f) => f.path);
    for (const slug of EXAMPLE_FORCES) expect(paths).toContain(`${slug}/audit.json`);
    const hampshire = result.manifest!.releases.find((r) => r.slug === 'hampshire')!;
    const counts = result.audit!.releases.find((r) => r.slug === 'hampshire')!.summary;
    expect(hampshire.audit).toEqual({ figures: counts.figures, traced: counts.figures, fixed: 0, untraced: 0 });
    expect(hampshire.varySeed).toBe('online-child-sex-offences-2019-20/hampshire');
    const file = JSON.parse(String(result.files.find((f) => f.path === 'hampshire/audit.json')!.content)) as { releases: Array<{ summary: unknown; figures: unknown[] }> };
    expect(file.releases[0]!.summary).toEqual(hampshire.audit);
    expect(file.releases[0]!.figures).toHaveLength(counts.figures);
  });

  it('records the path each force took', () => {
    const paths = Object.fromEntries(result.audit!.releases.map((r) => [r.slug, r.path.story]));
    expect(paths).toEqual({
      cumbria: 'unknown',
      'devon-and-cornwall': 'rise',
      dorset: 'rise',
      gwent: 'fall',
      hampshire: 'rise',
      kent: 'rise',
      'south-yorkshire': 'rise',
      staffordshire: 'fall',
      'west-midlands': 'rise',
      wiltshire: 'fall',
    });
  });

  it('keeps neighbouring forces from reading alike', () => {
    expect(result.audit!.similar).toEqual([]);
  });
});

describe('patchpress check prints the paths table', () => {
  it('with every example force', async () => {
    const run = await runCli(repoRoot, ['check']);
    expect(run.code).toBe(0);
    const table = run.stdout.split('\n');
    for (const name of EXAMPLE_NAMES) expect(table.some((line) => line.startsWith(`${name} `))).toBe(true);
    expect(run.stdout).toContain('Paths no release takes: unchanged, new, not published, small base, quote draft-lockdown');
    expect(run.stdout).toMatch(/templates\/release\.md\.hbs\n\s+\d+\s+#if campaign\.embargo\s+then: all · else: 0/);
  });

  it('as JSON on stdout with --json', async () => {
    const run = await runCli(repoRoot, ['check', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { releases: Array<{ region: string; path: { story: string } }>; paths: Array<{ name: string; releases: string[] }> };
    expect(report.releases.map((r) => r.region)).toEqual(EXAMPLE_NAMES);
    expect(report.paths.find((p) => p.name === 'unknown')!.releases).toEqual(['Cumbria']);
    expect(run.stderr).toContain('Checked 10 releases');
  });

  it('refuses --json for build', async () => {
    const run = await runCli(repoRoot, ['build', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--json belongs to check');
  });
});

describe('a small base: 6 → 43', () => {
  let result: GenerateResult;
  beforeAll(async () => {
    result = await generate({ data: 'tests/fixtures/accuracy/data', write: false, date: '2020-09-03', cwd: repoRoot });
  });

  it('states both counts and prints no percentage of the change', () => {
    expect(errors(result)).toEqual([]);
    const release = result.releases.find((r) => r.story.region.slug === 'synthetic-area-00042')!;
    expect(release.headline).toBe('Online child sex offences in Synthetic Area 00042 up from six to 43');
    expect(release.standfirst).toContain('recorded 43 online child sex offences in 2019/20, up from six in 2018/19');
    expect(release.markdown).toContain('- **Change:** up from six to 43');
    const audit = result.audit!.releases.find((r) => r.slug === 'synthetic-area-00042')!;
    const changes = audit.figures.filter((f) => f.kind === 'percent' || f.kind === 'ratio');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((f) => f.source!.startsWith('national.'))).toBe(true);
    expect(release.markdown).not.toMatch(/617|616|seven-fold/);
    expect(audit.path).toMatchObject({ story: 'rise', smallBase: true, quotes: [] });
  });

  it('warns before rendering that the change is beyond ±300%', () => {
    expect(result.diagnostics.map((d) => d.message)).toContain('force "Synthetic Area 00042": offences changed by 616.7% (6 → 43), more than ±300%');
  });
});

describe('a figure typed into a template', () => {
  const data = 'tests/fixtures/hard-coded/data';
  const templates = 'tests/fixtures/hard-coded/templates';
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patchpress-audit-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const wrong = 'tests/fixtures/hard-coded/templates/release.md.hbs:12 "14 per cent" matches no figure in the data (Synthetic Area 00001: synthetic-area-00001/release.md:5; Synthetic Area 00002: synthetic-area-00002/release.md:5)';

  it('fails check with the template file and line', async () => {
    const result = await generate({ data, templates, write: false, cwd: repoRoot });
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([wrong]);
  });

  it('fails build with the template file and line, and writes nothing', async () => {
    const out = join(dir, 'out');
    const result = await generate({ data, templates, out, write: true, date: '2020-09-03', cwd: repoRoot });
    expect(errors(result)).toEqual([wrong]);
    expect(result.written).toBe(false);
    await expect(readFile(join(out, 'manifest.json'), 'utf8')).rejects.toThrow();
  });

  /** The fixture's templates with the release template's text changed. */
  async function variant(change: (source: string) => string): Promise<string> {
    const copy = join(dir, 'templates');
    await cp(join(repoRoot, templates), copy, { recursive: true });
    const file = join(copy, 'release.md.hbs');
    await writeFile(file, change(await readFile(file, 'utf8')));
    return copy;
  }

  it('passes when the figure is marked with {{fixed}}, and counts it as fixed', async () => {
    const copy = await variant((s) => s.replace('14 per cent', '{{fixed "14 per cent"}}'));
    const result = await generate({ data, templates: copy, write: false, cwd: repoRoot });
    expect(errors(result)).toEqual([]);
    expect(result.manifest!.releases.map((r) => r.audit)).toEqual([
      // title: the name's 00001 and 90%; body: the same heading, then 00001, 226, 2019/20, 119, 2018/19, and 14 per cent.
      { figures: 10, traced: 9, fixed: 1, untraced: 0 },
      { figures: 10, traced: 9, fixed: 1, untraced: 0 },
    ]);
  });

  it('cannot be passed off as fixed with the characters the audit marks fixed text by', async () => {
    const copy = await variant((s) => s.replace('14 per cent', '\uE00214 per cent\uE003'));
    const source = await readFile(join(copy, 'release.md.hbs'), 'utf8');
    const line = source.slice(0, source.indexOf('\uE002')).split('\n').length;
    const result = await generate({ data, templates: copy, write: false, cwd: repoRoot });
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([`${join(copy, 'release.md.hbs')}:${line} this file holds the invisible character U+E002, which patchpress keeps for tracing figures`]);
  });

  it('passes when the figure is listed under fixedText in the front matter', async () => {
    const copy = await variant((s) => s.replace('layout: null\n', 'layout: null\nfixedText: ["14 per cent"]\n'));
    const result = await generate({ data, templates: copy, write: false, cwd: repoRoot });
    expect(errors(result)).toEqual([]);
    const figure = result.audit!.releases[0]!.figures.find((f) => f.text === '14 per cent')!;
    expect(figure.status).toBe('fixed');
    expect(figure.trace).toBe(`fixed text: "14 per cent" is in fixedText in ${join(copy, 'release.md.hbs')}`);
  });
});

describe('a wrong number planted in a bundled template', () => {
  let dir: string;
  let templates: string;
  let plantedLine: number;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patchpress-plant-'));
    templates = join(dir, 'templates');
    await cp(join(repoRoot, 'templates'), templates, { recursive: true });
    const source = await readFile(join(repoRoot, 'templates/release.md.hbs'), 'utf8');
    plantedLine = source.split('\n').indexOf('**{{page.standfirst}}**') + 3;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function plant(sentence: string): Promise<GenerateResult> {
    const source = await readFile(join(repoRoot, 'templates/release.md.hbs'), 'utf8');
    const lines = source.split('\n');
    lines.splice(plantedLine - 1, 0, sentence, '');
    await writeFile(join(templates, 'release.md.hbs'), lines.join('\n'));
    return generate({ templates, only: ['hampshire'], write: false, cwd: repoRoot });
  }

  it.each([
    ['a count', 'The force recorded 248 of them.', '248'],
    ['a percentage', 'That is a rise of 14 per cent.', '14 per cent'],
    ['a number word', 'There were seven more.', 'seven'],
    ['a fraction', 'That is almost a third of them.', 'almost a third'],
    ['a ratio word', 'The number has doubled.', 'doubled'],
  ])('catches %s', async (_kind, sentence, text) => {
    const result = await plant(sentence);
    expect(errors(result)).toEqual([`${join(templates, 'release.md.hbs')}:${plantedLine} "${text}" matches no figure in the data (Hampshire: hampshire/release.md:7)`]);
  });
});
