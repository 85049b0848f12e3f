import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startPreview, type PreviewHandle } from '../../src/preview/previewServer.js';
import type { LiveUpdate } from '../../src/preview/pages/shell.js';
import { copyExampleCampaign, get, listen, rawGet } from '../support/preview.js';

let campaign: Awaited<ReturnType<typeof copyExampleCampaign>>;
let preview: PreviewHandle;

beforeAll(async () => {
  campaign = await copyExampleCampaign();
  preview = await startPreview({ data: 'data', templates: 'templates', drafts: false, cwd: campaign.dir, port: 0 });
});

afterAll(async () => {
  await preview.close();
  await campaign.remove();
});

describe('preview server: what it serves', () => {
  it('listens on 127.0.0.1 only, on the free port it was given', () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    expect(preview.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 'Online child sex offences in Hampshire up 89%'],
    ['/release/hampshire', 'up from 131 in 2018/19: a rise of 89 per cent'],
    ['/release/hampshire/release', '<code>rise</code><span class="file">data/quotes/rise.md</span>'],
    ['/compare?slugs=hampshire,wiltshire', 'Online child sex offences in Wiltshire down 18%'],
    ['/files/hampshire/release.md', '# Online child sex offences in Hampshire up 89%'],
  ])('GET %s shows %p', async (path, text) => {
    const response = await get(preview.port, path);
    expect(response.status).toBe(200);
    expect(response.body).toContain(text);
  });

  it('sorts the index by change, largest rise first, forces without a percentage last', async () => {
    const { body } = await get(preview.port, '/?sort=change&order=desc');
    const order = [...body.matchAll(/<tr data-slug="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['devon-and-cornwall', 'hampshire', 'kent', 'south-yorkshire', 'dorset', 'west-midlands', 'staffordshire', 'wiltshire', 'gwent', 'cumbria']);
  });

  it('answers an unknown release with 404 and a page that links back', async () => {
    const response = await get(preview.port, '/release/atlantis');
    expect(response.status).toBe(404);
    expect(response.body).toContain('No release for “atlantis”');
  });

  it('writes nothing to out/', () => {
    expect(existsSync(join(campaign.dir, 'out'))).toBe(false);
  });

  it('runs no inline script: its pages allow only its own script and stylesheet', async () => {
    const { headers } = await get(preview.port, '/');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const file = await get(preview.port, '/files/hampshire/release.html');
    expect(file.headers['content-security-policy']).toContain('sandbox');
  });
});

describe('preview server: the Host check (DNS rebinding)', () => {
  it.each([
    ['127.0.0.1:PORT', 200],
    ['localhost:PORT', 200],
    ['LOCALHOST:PORT', 200],
    ['evil.example:PORT', 403],
    ['evil.example', 403],
    ['127.0.0.1', 403],
    ['127.0.0.1:1', 403],
    ['localhost.evil.example:PORT', 403],
    ['0.0.0.0:PORT', 403],
  ])('Host: %s → %i', async (host, status) => {
    const response = await get(preview.port, '/', host.replace('PORT', String(preview.port)));
    expect(response.status).toBe(status);
  });

  it('refuses the event stream too', async () => {
    const response = await get(preview.port, '/events', 'evil.example');
    expect(response.status).toBe(403);
  });
});

describe('preview server: paths cannot leave what preview serves', () => {
  it.each([
    ['/../package.json', 400],
    ['/files/../../package.json', 400],
    ['/files/hampshire/../../data/campaign.yaml', 400],
    ['/files/%2e%2e/%2e%2e/package.json', 400],
    ['/files/%2E%2E/package.json', 400],
    ['/files/..%2fpackage.json', 400],
    ['/files/%2e%2e%2f%2e%2e%2fpackage.json', 400],
    ['/files/..%5cpackage.json', 400],
    ['/files/hampshire/release.html%00.png', 400],
    ['/files/hampshire%00/release.html', 400],
    ['/release/hampshire%00', 400],
    ['/?sort=%00', 400],
    ['/files/%E0%A4%A', 400],
    ['/files/%252e%252e/package.json', 404],
    ['/files//etc/passwd', 404],
    ['/files/data/campaign.yaml', 404],
    ['/templates/release.md.hbs', 404],
    ['/package.json', 404],
    ['http://127.0.0.1/package.json', 400],
  ])('GET %s → %i', async (target, status) => {
    const response = await rawGet(preview.port, target);
    expect(response.status).toBe(status);
    expect(response.text).not.toContain('"name": "patchpress"');
    expect(response.text).not.toContain('root:x:0:0');
  });

  it('is still alive after them all', async () => {
    expect((await rawGet(preview.port, '/files/%2e%2e%00')).status).toBe(400);
    expect((await get(preview.port, '/')).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers %s with 405: preview only shows', async (method) => {
    expect((await get(preview.port, '/', undefined, method)).status).toBe(405);
  });
});

describe('preview server: live rebuilds', () => {
  it('rebuilds when a template changes, tells open pages, and serves the new text', async () => {
    const events = await listen<LiveUpdate>(preview.port);
    const first = await events.next(() => true);
    await campaign.edit('templates/partials/report.md.hbs', (text) => `Rebuilt by the integration test.\n\n${text}`);
    const next = await events.next((e) => e.ok && e.build !== null && e.build > (first.build ?? 0));
    events.close();
    expect(next.overlay).toBe('');
    expect((await get(preview.port, '/files/hampshire/release.md')).body).toContain('Rebuilt by the integration test.');
  });

  it('picks up a new quote snippet file and shows it on the path the force took', async () => {
    const events = await listen<LiveUpdate>(preview.port);
    const before = await events.next(() => true);
    await writeFile(
      join(campaign.dir, 'data/quotes/preview-test.md'),
      '---\nspeaker: "A spokesperson for Synthetic Charity 00042"\nrole: null\norg: null\napplies_to: [Hampshire]\napproved: true\nsample: true\norder: 50\n---\n“Synthetic words for a test.”\n',
    );
    await events.next((e) => e.ok && (e.build ?? 0) > (before.build ?? 0));
    events.close();
    const index = await get(preview.port, '/');
    const row = /<tr data-slug="hampshire"[\s\S]*?<\/tr>/.exec(index.body)?.[0] ?? '';
    expect(row).toContain('“preview-test”</li>');
    const other = /<tr data-slug="kent"[\s\S]*?<\/tr>/.exec(index.body)?.[0] ?? '';
    expect(other).not.toContain('preview-test');
  });

  it('keeps the last good build when a file breaks, sends the problem with file and line, and clears it when fixed', async () => {
    const events = await listen<LiveUpdate>(preview.port);
    const before = await events.next(() => true);
    await campaign.edit('data/offences.csv', (text) => text.replace('Hampshire Constabulary,,,98,131,247,714', 'Hampshire Constabulary,,,98,131,2x7,714'));
    const broken = await events.next((e) => !e.ok);
    expect(broken.build).toBe(before.build);
    expect(broken.overlay).toContain('<code class="where">data/offences.csv:6</code>');
    expect(broken.overlay).toContain('2x7');
    expect((await get(preview.port, '/release/hampshire')).body).toContain('up from 131 in 2018/19: a rise of 89 per cent');

    await campaign.edit('data/offences.csv', (text) => text.replace(',2x7,', ',247,'));
    const fixed = await events.next((e) => e.ok && e.attempt > broken.attempt);
    events.close();
    expect(fixed.overlay).toBe('');
    // Fixed back to what it was: the same build, so open pages have nothing to fetch.
    expect(fixed.build).toBe(before.build);
  });

  it('rebuilds on a save that changes nothing, but keeps the build number so pages do not refresh', async () => {
    const events = await listen<LiveUpdate>(preview.port);
    const before = await events.next(() => true);
    const file = join(campaign.dir, 'data/campaign.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}# a comment\n`);
    const after = await events.next((e) => e.attempt > before.attempt);
    events.close();
    expect(after).toMatchObject({ ok: true, build: before.build, overlay: '' });
  });
});
