/**
 * An editor's round trip through `patchpress preview`, in real headless
 * Chromium: open the index, follow a force, edit a template and watch the
 * open page change, break the template and see the overlay name the file and
 * line, fix it and see the overlay go. Runs the built CLI (`npm test` builds
 * first) on a private copy of the example campaign; takes the README's
 * screenshots, and writes them to docs/screenshots/ with UPDATE_SCREENSHOTS=1
 * (otherwise to a temporary folder: Chromium draws a few pixels differently
 * from run to run, which would leave every test run with a changed file).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot, tempDir } from '../support/paths.js';
import { copyExampleCampaign } from '../support/preview.js';

const CHROMIUM = '/usr/bin/chromium';

let campaign: Awaited<ReturnType<typeof copyExampleCampaign>>;
let cli: ChildProcessWithoutNullStreams;
let output = '';
let url: string;
let browser: Browser;
let screenshots: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The preview's end-to-end test needs Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does this).`);
  }
  const bin = join(repoRoot, 'dist', 'cli', 'bin.js');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run the tests with \`npm test\`, which builds first.`);
  campaign = await copyExampleCampaign();
  cli = spawn(process.execPath, [bin, 'preview', '--port', '0'], { cwd: campaign.dir });
  url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const address = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (address) resolve(address);
    };
    cli.stdout.on('data', onData);
    cli.stderr.on('data', onData);
    cli.once('exit', (code) => reject(new Error(`patchpress preview exited with ${code} before serving:\n${output}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  screenshots = process.env.UPDATE_SCREENSHOTS === '1' ? join(repoRoot, 'docs', 'screenshots') : await tempDir('screenshots');
  await mkdir(screenshots, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (cli && cli.exitCode === null) {
    const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
    cli.kill('SIGINT');
    await exited;
  }
  await campaign?.remove();
});

async function newPage(height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height }, deviceScaleFactor: 1 });
  // Each step waits for what it needs; none should take seconds.
  page.setDefaultTimeout(5_000);
  return page;
}

/**
 * The README's pictures, the same from run to run: fonts loaded (the page's
 * and each frame's), no hover, no scrollbars, and cut to the page's height.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  // Expressions as strings: the tests are compiled without the DOM's types.
  for (const frame of page.frames()) await frame.evaluate('document.fonts.ready.then(() => true)');
  const height = await page.evaluate<number>('Math.min(Math.ceil(document.getElementById("content").getBoundingClientRect().bottom), window.innerHeight)');
  // Chromium draws a scrolling panel's scrollbar a few pixels differently from run to run under load.
  const steady = '* { scrollbar-width: none; }';
  await page.screenshot({ path: join(screenshots, name), clip: { x: 0, y: 0, width: 1400, height }, animations: 'disabled', caret: 'hide', style: steady });
}

it('shows every force, follows a link, updates live, and shows then clears a broken template', async () => {
  const page = await newPage(1100);

  // The index, largest rise first.
  await page.goto(`${url}?sort=change&order=desc`);
  await expect(page.locator('tr[data-slug]').count()).resolves.toBe(10);
  await expect(page.locator('tr[data-slug] td.force a').first().textContent()).resolves.toBe('Devon and Cornwall');
  await expect(page.locator('tr[data-slug="hampshire"] .change').textContent()).resolves.toContain('up 89%');
  await screenshot(page, 'preview-index.png');

  // A force's release: the HTML page beside its Markdown.
  await page.locator('td.force a', { hasText: 'Hampshire' }).click();
  await page.waitForURL(`${url}release/hampshire/release`);
  const markdown = page.locator('pre.markdown');
  const rendered = page.frameLocator('iframe.rendered');
  await expect(markdown.textContent()).resolves.toContain('up from 131 in 2018/19: a rise of 89 per cent');
  await expect(rendered.locator('h1').textContent()).resolves.toBe('Online child sex offences in Hampshire up 89%');
  await screenshot(page, 'preview-release.png');

  // An edit on disk reaches the open page, with no reload by the test, and the editor keeps their place.
  const scrolled = '[document.querySelector("pre.markdown").scrollTop, document.querySelector("iframe.rendered").contentWindow.scrollY]';
  await page.evaluate('document.querySelector("pre.markdown").scrollTop = 300; document.querySelector("iframe.rendered").contentWindow.scrollTo(0, 400)');
  await campaign.edit('templates/release.md.hbs', (text) => text.replace('{{> report}}', 'Editors’ note: checked in the live preview.\n\n{{> report}}'));
  await markdown.filter({ hasText: 'Editors’ note: checked in the live preview.' }).waitFor();
  await rendered.locator('p', { hasText: 'Editors’ note: checked in the live preview.' }).waitFor();
  await expect(page.evaluate(scrolled)).resolves.toEqual([300, 400]);

  // A misspelt field: the overlay names the file, line and column; the page keeps the last good build.
  const overlay = page.locator('#overlay');
  await campaign.edit('templates/release.md.hbs', (text) => text.replace(/^ENDS$/m, 'ENDS {{region.nmae}}'));
  await overlay.locator('code.where', { hasText: 'templates/release.md.hbs:75:8' }).waitFor();
  await expect(overlay.textContent()).resolves.toContain('unknown field `region.nmae`');
  await expect(markdown.textContent()).resolves.toContain('Editors’ note: checked in the live preview.');

  // Fixed: the overlay goes by itself.
  await campaign.edit('templates/release.md.hbs', (text) => text.replace('ENDS {{region.nmae}}', 'ENDS'));
  await overlay.waitFor({ state: 'hidden' });
  // Two plausibility warnings and the example's 2020 embargo, long passed today.
  await expect(page.locator('#status').textContent()).resolves.toBe('Live · 3 warnings');
  await page.close();
}, 60_000);

it('puts chosen forces side by side', async () => {
  const page = await newPage(900);
  await page.goto(url);
  await page.locator('input[name=slugs][value=hampshire]').check();
  await page.locator('input[name=slugs][value=wiltshire]').check();
  await page.getByRole('button', { name: 'Compare selected forces side by side' }).click();
  await page.waitForURL(/\/compare\?slugs=hampshire&slugs=wiltshire$/);
  await expect(page.locator('.column h2 a').allTextContents()).resolves.toEqual(['Hampshire', 'Wiltshire']);
  await expect(page.frameLocator('.column:nth-child(2) iframe').locator('h1').textContent()).resolves.toBe('Online child sex offences in Wiltshire down 18%');
  await page.close();
}, 30_000);

it('stops cleanly on Ctrl+C (SIGINT) and wrote nothing to out/', async () => {
  const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
  cli.kill('SIGINT');
  await expect(exited).resolves.toBe(0);
  expect(output).toContain('Preview stopped.');
  expect(existsSync(join(campaign.dir, 'out'))).toBe(false);
});
