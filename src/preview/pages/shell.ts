import type { Diagnostic } from '../../errors/diagnostic.js';
import { summarize } from '../../errors/format.js';
import type { PreviewState } from '../previewBuilds.js';
import { html, type Html } from './html.js';

export type Section = 'index' | 'release' | 'compare';

/**
 * Every preview page: a header with the live status, the page's content in
 * `#content` (which the page script swaps for a fresh copy after each good
 * rebuild) and the error overlay. The page carries the number of the build it
 * shows in `data-build`, so the script knows when it is stale.
 */
export function previewPage(state: PreviewState, page: { title: string; section: Section; content: Html }): string {
  const build = state.good?.number ?? 0;
  const overlay = overlayHtml(state);
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · patchpress preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/preview.css">
<script src="/assets/preview.js" defer></script>
</head>
<body data-build="${build}">
<header class="bar">
  <a class="brand" href="/">patchpress <span>preview</span></a>
  <span class="campaign">${state.good?.campaign ?? ''}</span>
  <nav>
    <a href="/"${page.section === 'index' ? html` aria-current="page"` : ''}>All forces</a>
    <a href="/compare"${page.section === 'compare' ? html` aria-current="page"` : ''}>Compare</a>
  </nav>
  <span id="status" class="status">${statusHtml(state)}</span>
</header>
${page.content}
<div id="overlay" class="overlay"${overlay.text === '' ? html` hidden` : ''}>${overlay}</div>
</body>
</html>
`.text;
}

/** The status pill: whether the pages show the files as they are now. */
export function statusHtml(state: PreviewState): Html {
  const time = `build ${state.attempt} took ${Math.round(state.milliseconds)} ms`;
  if (state.ok) {
    const warnings = state.diagnostics.length ? html` · ${summarize(state.diagnostics)}` : '';
    return html`<span class="dot ok"></span><span title="${time}">Live${warnings}</span>`;
  }
  return html`<span class="dot bad"></span><span title="${time}">${summarize(state.diagnostics.filter((d) => d.severity === 'error'))}</span>`;
}

/** The error overlay's contents; empty when the latest build had no errors. */
export function overlayHtml(state: PreviewState): Html {
  const errors = state.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return html``;
  const kept = state.good
    ? 'The pages show the last good build until this is fixed; it clears itself when the files are right.'
    : 'Nothing has built yet; the pages fill in when the files are right.';
  return html`<section class="overlay-box" role="alert" aria-labelledby="overlay-title">
  <header>
    <h2 id="overlay-title">${errors.length === 1 ? 'A problem stops the build' : `${errors.length} problems stop the build`}</h2>
    <button type="button" class="hide" data-hide-overlay>Hide</button>
  </header>
  <p>${kept}</p>
  <ol class="problems">${errors.map((d) => problemHtml(d))}</ol>
</section>`;
}

function problemHtml(d: Diagnostic): Html {
  return html`<li><code class="where">${location(d)}</code> <span class="message">${d.message}</span>${d.hint ? html`<span class="hint">hint: ${d.hint}</span>` : ''}</li>`;
}

/** `templates/release.md.hbs:18:7`, as editors and terminals link it. */
export function location(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.line === undefined) return d.file;
  return d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
}

/** What `/events` sends after each rebuild: enough for a page to update itself. */
export interface LiveUpdate {
  /** The good build the pages should show; null until one succeeds. */
  build: number | null;
  attempt: number;
  ok: boolean;
  milliseconds: number;
  status: string;
  overlay: string;
}

export function liveUpdate(state: PreviewState): LiveUpdate {
  return {
    build: state.good?.number ?? null,
    attempt: state.attempt,
    ok: state.ok,
    milliseconds: Math.round(state.milliseconds),
    status: statusHtml(state).text,
    overlay: overlayHtml(state).text,
  };
}
