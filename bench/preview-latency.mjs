#!/usr/bin/env node
/**
 * How long an editor waits: from saving a template to the open page showing
 * the change, in headless Chromium, on a copy of the example campaign.
 * `npm run bench:preview [-- ROUNDS]` (default 20). Plain JavaScript on the
 * built dist/, so it measures what users run.
 *
 * Each round writes a new sentence into templates/partials/report.md.hbs and
 * times until the release view's Markdown panel and its framed HTML both
 * contain it. The time includes the 50 ms debounce, the rebuild, the event,
 * the page's fetch and swap, and the frame's reload.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startPreview } from '../dist/preview/previewServer.js';

const rounds = Number(process.argv[2] ?? 20);
const repo = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'patchpress-bench-preview-'));
await cp(join(repo, 'data'), join(dir, 'data'), { recursive: true });
await cp(join(repo, 'templates'), join(dir, 'templates'), { recursive: true });

const rebuilds = [];
const preview = await startPreview({ data: 'data', templates: 'templates', drafts: false, cwd: dir, port: 0, onBuilt: (s) => rebuilds.push(s.milliseconds) });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`${preview.url}release/hampshire/release`);

const file = join(dir, 'templates/partials/report.md.hbs');
const original = await readFile(file, 'utf8');
const waits = [];
for (let round = 1; round <= rounds; round++) {
  const marker = `Latency check ${round}.`;
  const started = performance.now();
  await writeFile(file, `${marker}\n\n${original}`);
  await page.waitForFunction((text) => document.querySelector('pre.markdown')?.textContent?.includes(text), marker, { polling: 'raf', timeout: 10_000 });
  await page.frameLocator('iframe.rendered').locator('p', { hasText: marker }).waitFor({ timeout: 10_000 });
  waits.push(performance.now() - started);
}

await browser.close();
await preview.close();
await rm(dir, { recursive: true, force: true });

const sorted = [...waits].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (x) => `${Math.round(x)} ms`;
const rebuildTimes = rebuilds.slice(1).sort((a, b) => a - b);
console.log(`Save → open page updated (${rounds} edits, example campaign, 10 releases):`);
console.log(`  median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(sorted.at(-1))}, min ${ms(sorted[0])}`);
console.log(`  of which the in-memory rebuild: median ${ms(rebuildTimes[Math.floor(rebuildTimes.length / 2)] ?? 0)}`);
