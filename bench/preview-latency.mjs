#!/usr/bin/env node
/**
 * How long an editor waits: from saving a template to the open page showing
 * the change, in headless Chromium, on a copy of the example campaign.
 * `npm run bench:preview [-- ROUNDS]` (default 20). Plain JavaScript on the
 * built dist/, so it measures what users run.
 *
 * Each round saves an edit (a sentence in a partial, or a force's name in
 * the figures) and times until the release view's Markdown panel shows it,
 * and until its framed HTML does. The time includes the 50 ms debounce, the rebuild, the
 * event, the page's fetch and update, and the frame's. The page itself notes
 * the time (Date.now, the same clock as the write) on the first animation
 * frame that shows the text.
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
/**
 * Two kinds of save, each `rounds` times: a sentence added to a partial every
 * release prints (every force is rendered again), and Hampshire's force name
 * changed in the figures CSV (Hampshire alone is rendered again). Letters,
 * not digits: the accuracy guard refuses a number that is not a figure from
 * the data.
 */
const edits = [
  { name: 'template edit (every release re-rendered)', file: 'templates/partials/report.md.hbs', edit: (text, marker) => `${marker}\n\n${text}` },
  { name: 'data row edit (one release re-rendered)', file: 'data/offences.csv', edit: (text, marker) => text.replace('Hampshire Constabulary', `Hampshire Constabulary ${marker.replace('.', '')}`) },
];
const results = [];
for (const { name, file: relative, edit } of edits) {
  const file = join(dir, relative);
  const original = await readFile(file, 'utf8');
  const markdownWaits = [];
  const frameWaits = [];
  const firstRebuild = rebuilds.length;
  for (let round = 1; round <= rounds; round++) {
    const marker = `Latency check ${letters(round)}.`;
    const expected = marker.replace('.', '');
    const started = Date.now();
    await writeFile(file, edit(original, marker));
    // Checked in the page on every animation frame; the page notes the time it first sees the text.
    const seen = (where) =>
      page
        .waitForFunction(
          ([w, m]) => {
            const text = w === 'frame' ? document.querySelector('iframe.rendered')?.contentDocument?.body?.textContent : document.querySelector('pre.markdown')?.textContent;
            return text?.includes(m) ? Date.now() : false;
          },
          [where, expected],
          { polling: 'raf', timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue());
    const [markdownAt, frameAt] = await Promise.all([seen('markdown'), seen('frame')]);
    markdownWaits.push(markdownAt - started);
    frameWaits.push(frameAt - started);
  }
  await writeFile(file, original);
  // Let the restoring save's rebuild finish before the next series.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  results.push({ name, markdownWaits, frameWaits, rebuilds: rebuilds.slice(firstRebuild, firstRebuild + rounds) });
}

await browser.close();
await preview.close();
await rm(dir, { recursive: true, force: true });

function letters(n) {
  return n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(97 + ((n - 1) % 26));
}

const ms = (x) => `${Math.round(x)} ms`;
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, min ${ms(sorted[0])}, max ${ms(sorted.at(-1))}`;
};
console.log(`Save → open release page updated (example campaign, 10 releases, ${rounds} saves of each kind):`);
for (const { name, markdownWaits, frameWaits, rebuilds: times } of results) {
  console.log(`${name}:`);
  console.log(`  Markdown panel:        ${summary(markdownWaits)}`);
  console.log(`  rendered HTML frame:   ${summary(frameWaits)}`);
  console.log(`  in-memory rebuild:     ${summary(times)}`);
}
