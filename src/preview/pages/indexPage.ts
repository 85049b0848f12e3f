import type { Diagnostic } from '../../errors/diagnostic.js';
import type { PreviewState } from '../previewBuilds.js';
import { sortSummaries, type ReleaseSummary, type SortKey, type SortOrder } from '../releaseSummaries.js';
import { changeHtml, pathHtml, releaseHref } from './fragments.js';
import { html, type Html } from './html.js';
import { location, previewPage } from './shell.js';

/**
 * Every release at a glance: force, headline, change, the path taken through
 * the template and the build's warnings about it. Sorting is a link
 * (`?sort=change&order=desc`), so a live refresh keeps the order.
 */
export function indexPage(state: PreviewState, sort: { key: SortKey; order: SortOrder }): string {
  const good = state.good;
  if (!good) return previewPage(state, { title: 'All forces', section: 'index', content: nothingYet() });
  const summaries = sortSummaries(good.summaries, sort.key, sort.order);
  const templates = new Set(good.summaries.map((s) => s.template));
  const aboutForces = new Set(good.summaries.flatMap((s) => s.warnings));
  const campaignWarnings = state.diagnostics.filter((d) => d.severity === 'warning' && !aboutForces.has(d));
  const content = html`<main id="content" class="index">
  <h1>All forces <span class="count">${counts(good.summaries)}</span></h1>
  ${campaignWarnings.length ? warningList(campaignWarnings) : ''}
  <form action="/compare" method="get">
  <table class="releases">
    <thead><tr>
      <th class="pick"><span class="visually-hidden">Compare</span></th>
      <th>${sortLink('Force', 'force', sort)}</th>
      <th>Headline</th>
      <th class="num">${sortLink('Change', 'change', sort)}</th>
      <th>Path through the template</th>
      <th>Warnings</th>
    </tr></thead>
    <tbody>
    ${summaries.map((s) => row(s, templates.size > 1))}
    </tbody>
  </table>
  <p class="legend">Path: the story the force's figures tell, “small base” where a count is under the house-style minimum, the quote snippets selected, in order (dashed: a draft), and “alone on …” where no other force's release takes some path or template block: read those first. The release page lists every block.</p>
  <p class="actions"><button type="submit">Compare selected forces side by side</button></p>
  </form>
</main>`;
  return previewPage(state, { title: 'All forces', section: 'index', content });
}

function row(s: ReleaseSummary, showTemplate: boolean): Html {
  return html`<tr data-slug="${s.slug}" data-change="${s.changePercent ?? ''}">
      <td class="pick"><input type="checkbox" name="slugs" value="${s.slug}" aria-label="Compare ${s.region}"></td>
      <td class="force"><a href="${releaseHref(s)}">${s.region}</a><span class="nation">${s.nation}</span></td>
      <td class="headline">${s.headline}</td>
      <td class="num">${changeHtml(s)}</td>
      <td>${pathHtml(s, showTemplate)}</td>
      <td class="warnings">${s.warnings.length ? warningList(s.warnings) : html`<span class="none">none</span>`}</td>
    </tr>`;
}

/**
 * A column's sort link. Force sorts A→Z first; change sorts largest rise
 * first, since that is what an editor looks for. Clicking the sorted column
 * again reverses it.
 */
function sortLink(label: string, key: SortKey, sort: { key: SortKey; order: SortOrder }): Html {
  const first: SortOrder = key === 'change' ? 'desc' : 'asc';
  const active = sort.key === key;
  const next: SortOrder = active ? (sort.order === 'asc' ? 'desc' : 'asc') : first;
  const arrow = active ? (sort.order === 'asc' ? ' ↑' : ' ↓') : '';
  const state = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<a class="sort" href="/?sort=${key}&amp;order=${next}" aria-sort="${state}" data-sort="${key}">${label}${arrow}</a>`;
}

function warningList(warnings: readonly Diagnostic[]): Html {
  return html`<ul class="warning-list">${warnings.map(
    (d) => html`<li><code>${location(d)}</code> ${d.message.replace(/^force "[^"]*": /, '')}${d.hint ? html` <span class="hint">hint: ${d.hint}</span>` : ''}</li>`,
  )}</ul>`;
}

/** "10 releases · 6 up · 3 down · 1 not comparable". */
function counts(summaries: readonly ReleaseSummary[]): string {
  const up = summaries.filter((s) => s.direction === 'up' || s.direction === 'new').length;
  const down = summaries.filter((s) => s.direction === 'down').length;
  const other = summaries.length - up - down;
  const parts = [`${summaries.length} ${summaries.length === 1 ? 'release' : 'releases'}`, `${up} up`, `${down} down`];
  if (other) parts.push(`${other} unchanged or not comparable`);
  return parts.join(' · ');
}

export function nothingYet(): Html {
  return html`<main id="content" class="empty">
  <h1>Nothing has built yet</h1>
  <p>The problems listed stop the first build. Fix them and save: this page fills in by itself.</p>
</main>`;
}
