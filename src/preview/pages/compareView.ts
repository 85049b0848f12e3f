import type { PreviewState } from '../previewBuilds.js';
import type { ReleaseSummary } from '../releaseSummaries.js';
import { changeHtml, pathHtml, releaseFrame, releaseHref } from './fragments.js';
import { html } from './html.js';
import { nothingYet } from './indexPage.js';
import { previewPage } from './shell.js';

/**
 * The slugs a compare address names, in the order given, each once:
 * `?slugs=hampshire,wiltshire` (a link) or `?slugs=hampshire&slugs=wiltshire`
 * (the index's form).
 */
export function readSlugs(query: URLSearchParams): string[] {
  const slugs = query.getAll('slugs').flatMap((value) => value.split(',')).map((s) => s.trim()).filter(Boolean);
  return [...new Set(slugs)];
}

/** Chosen forces side by side, each as its HTML page, with a picker to change the choice. */
export function compareView(state: PreviewState, slugs: readonly string[], template: string | null): string {
  const good = state.good;
  if (!good) return previewPage(state, { title: 'Compare', section: 'compare', content: nothingYet() });
  const chosen: ReleaseSummary[] = [];
  const unknown: string[] = [];
  for (const slug of slugs) {
    const release = good.summaries.find((s) => s.slug === slug && (template === null || s.template === template));
    if (release) chosen.push(release);
    else unknown.push(slug);
  }
  const chosenSlugs = new Set(chosen.map((s) => s.slug));
  const forces = good.summaries.filter((s, i, all) => all.findIndex((o) => o.slug === s.slug) === i);
  const content = html`<main id="content" class="compare">
  <h1>Compare forces</h1>
  <form class="picker" action="/compare" method="get">
    <fieldset><legend>Forces to show side by side</legend>
    ${forces.map((s) => html`<label><input type="checkbox" name="slugs" value="${s.slug}"${chosenSlugs.has(s.slug) ? html` checked` : ''}> ${s.region}</label>`)}
    </fieldset>
    ${template === null ? '' : html`<input type="hidden" name="template" value="${template}">`}
    <button type="submit">Compare</button>
  </form>
  ${unknown.length ? html`<p class="notice">No release for ${unknown.map((s, i) => html`${i ? ', ' : ''}“${s}”`)} in the latest good build.</p>` : ''}
  ${chosen.length === 0
    ? html`<p class="none">Tick two or more forces above, or on the <a href="/">index</a>.</p>`
    : html`<div class="columns" data-count="${Math.min(chosen.length, 4)}">${chosen.map(
        (s) => html`<section class="panel column">
      <h2><a href="${releaseHref(s)}">${s.region}</a> ${changeHtml(s)}</h2>
      <p class="headline">${s.headline}</p>
      ${pathHtml(s, false)}
      ${s.files.html
        ? releaseFrame(s.files.html, `${s.region}: the release as HTML`)
        : html`<pre class="markdown">${s.markdown}</pre>`}
    </section>`,
      )}</div>`}
</main>`;
  return previewPage(state, { title: 'Compare', section: 'compare', content });
}
