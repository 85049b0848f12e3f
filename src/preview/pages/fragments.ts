import type { Direction } from '../../model.js';
import type { ReleaseSummary } from '../releaseSummaries.js';
import { html, type Html } from './html.js';

/** Where a release's own page is: `/release/hampshire/release`. */
export function releaseHref(summary: Pick<ReleaseSummary, 'slug' | 'template'>): string {
  return `/release/${encodeURIComponent(summary.slug)}/${encodeURIComponent(summary.template)}`;
}

/** A file of the in-memory build, as `patchpress build` would write it under out/ (served with no-store, so always current). */
export function fileHref(path: string): string {
  return `/files/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * A built release page in a frame. `allow-same-origin` lets the page script
 * swap a new build into the frame in place, keeping its scroll position; no
 * `allow-scripts`, so nothing in the release ever runs.
 */
export function releaseFrame(path: string, title: string): Html {
  return html`<iframe class="rendered" src="${fileHref(path)}" title="${title}" sandbox="allow-same-origin"></iframe>`;
}

const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', unchanged: '=', new: '▲', unknown: '·' };

/** "▲ up 89%", coloured by direction. */
export function changeHtml(summary: Pick<ReleaseSummary, 'change' | 'direction'>): Html {
  return html`<span class="change dir-${summary.direction}"><span class="arrow" aria-hidden="true">${ARROWS[summary.direction]}</span> ${summary.change}</span>`;
}

/**
 * Which way through the template a release went: the story its figures tell
 * (as `check` names it), the small-base path, the quote snippets selected,
 * and a flag when it is alone on some path or block (read it first).
 */
export function pathHtml(summary: ReleaseSummary, showTemplate: boolean): Html {
  return html`<ul class="chips">
    ${showTemplate ? html`<li class="chip template" title="${summary.templateFile}">${summary.template}</li>` : ''}
    <li class="chip branch dir-${summary.direction}">${summary.story}</li>
    ${summary.smallBase ? html`<li class="chip small" title="a count under the house-style small base: the copy states both counts, no percentage">small base</li>` : ''}
    ${summary.quotes.map(
      (q) => html`<li class="chip quote${q.approved ? '' : ' draft'}" title="${q.file}: ${q.speaker}${q.approved ? '' : ' (draft, shown with --drafts)'}">“${q.id}”</li>`,
    )}
    ${summary.alone.length ? html`<li class="chip alone" title="${`Alone on: ${summary.alone.join('; ')}`}">alone on ${summary.alone.length === 1 ? 'a path' : `${summary.alone.length} paths`}</li>` : ''}
  </ul>`;
}
