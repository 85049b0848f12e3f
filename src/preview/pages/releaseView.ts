import type { AuditSummary } from '../../audit/auditReleases.js';
import type { MeasureFigures, Rank } from '../../model.js';
import { formatNumber } from '../../render/helpers/format.js';
import type { GoodBuild, PreviewState } from '../previewBuilds.js';
import type { ReleaseSummary } from '../releaseSummaries.js';
import { changeHtml, fileHref, pathHtml, releaseFrame } from './fragments.js';
import { html, type Html } from './html.js';
import { nothingYet } from './indexPage.js';
import { location, previewPage } from './shell.js';

/** The release a `/release/<slug>[/<template>]` address names, if the build has it. */
export function findRelease(good: GoodBuild, slug: string, template: string | undefined): ReleaseSummary | undefined {
  return good.summaries.find((s) => s.slug === slug && (template === undefined || s.template === template));
}

/**
 * One release: the HTML page as a newsroom opens it, beside the Markdown it
 * came from, with the quote snippets and figures that went into it.
 */
export function releaseView(state: PreviewState, release: ReleaseSummary): string {
  const content = html`<main id="content" class="release">
  <nav class="crumbs"><a href="/">All forces</a> › ${release.region}</nav>
  <header class="release-head">
    <h1>${release.headline}</h1>
    ${release.standfirst ? html`<p class="standfirst">${release.standfirst}</p>` : ''}
    <div class="facts">${changeHtml(release)} ${pathHtml(release, true)}</div>
    <p class="links">
      ${release.files.html ? html`<a href="${fileHref(release.files.html)}">Standalone HTML</a>` : ''}
      ${release.files.md ? html`<a href="${fileHref(release.files.md)}">Markdown file</a>` : ''}
      <a href="/compare?slugs=${encodeURIComponent(release.slug)}">Compare with other forces</a>
    </p>
    ${release.warnings.length ? html`<ul class="warning-list">${release.warnings.map((d) => html`<li><code>${location(d)}</code> ${d.message}</li>`)}</ul>` : ''}
  </header>
  <div class="split facts-panels">
    <section class="panel">
      <h2>Quote snippets used</h2>
      ${release.quotes.length
        ? html`<table class="quotes"><thead><tr><th>Snippet</th><th>Speaker</th><th>Status</th></tr></thead><tbody>${release.quotes.map(
            (q) => html`<tr><td><code>${q.id}</code><span class="file">${q.file}</span></td><td>${q.speaker}${q.org ? html`, ${q.org}` : ''}</td><td>${q.approved ? 'approved' : 'draft'}${q.sample ? ' · sample' : ''}</td></tr>`,
          )}</tbody></table>`
        : html`<p class="none">No snippet's rules matched this force.</p>`}
    </section>
    <section class="panel">
      <h2>Figures used</h2>
      ${release.figureCount ? html`<p class="audit-count">${auditCount(release.figureCount)}</p>` : ''}
      <table class="figures">
        <thead><tr><th>Measure</th><th class="num">Previous</th><th class="num">Current</th><th class="num">Change</th><th>Direction</th><th class="num">Rank</th></tr></thead>
        <tbody>${release.measures.map(({ figures, rank }) => figureRow(figures, rank))}</tbody>
      </table>
    </section>
  </div>
  <div class="split">
    <section class="panel">
      <h2>Rendered HTML</h2>
      ${release.files.html
        ? releaseFrame(release.files.html, `${release.region}: the release as HTML`)
        : html`<p class="none">This template makes no HTML (formats: md).</p>`}
    </section>
    <section class="panel">
      <h2>Markdown source <span class="file">${release.files.md ?? ''}</span></h2>
      <pre class="markdown">${release.markdown}</pre>
    </section>
  </div>
  ${release.branches.length ? pathPanel(release) : ''}
</main>`;
  return previewPage(state, { title: release.region, section: 'release', content });
}

export function releaseNotFound(state: PreviewState, slug: string): string {
  if (!state.good) return previewPage(state, { title: 'Release', section: 'release', content: nothingYet() });
  const content = html`<main id="content" class="empty">
  <h1>No release for “${slug}”</h1>
  <p>The latest good build has no such force or template. <a href="/">See all forces</a>.</p>
</main>`;
  return previewPage(state, { title: 'Not found', section: 'release', content });
}

/** "31 figures in the copy: 27 traced to the data, 4 in fixed text, none untraced". */
function auditCount(count: AuditSummary): string {
  const untraced = count.untraced === 0 ? 'none untraced' : `${count.untraced} untraced`;
  return `${count.figures} ${count.figures === 1 ? 'figure' : 'figures'} in the copy: ${count.traced} traced to the data, ${count.fixed} in fixed text, ${untraced}`;
}

/** Every template block the release reached and the way it went, as `check` lists them; the ones it takes alone first. */
function pathPanel(release: ReleaseSummary): Html {
  const alone = new Set(release.alone);
  const rows = [...release.branches].sort((a, b) => Number(isAlone(b, alone)) - Number(isAlone(a, alone)));
  return html`<section class="panel path">
    <h2>Path through the template <span class="file">${release.story}${release.smallBase ? ' · small base' : ''}</span></h2>
    ${release.alone.length ? html`<p class="notice">${aloneSentence(release, alone)}</p>` : ''}
    <table class="branches"><thead><tr><th>Block</th><th>Way</th></tr></thead><tbody>${rows.map(
      (b) => html`<tr${isAlone(b, alone) ? html` class="alone"` : ''}><td><code>${b.block}</code></td><td>${b.way}</td></tr>`,
    )}</tbody></table>
  </section>`;
}

/** "Alone on the path “unknown” and 9 blocks (highlighted): no other force's release goes this way; read it first." */
function aloneSentence(release: ReleaseSummary, alone: ReadonlySet<string>): string {
  const blocks = release.branches.filter((b) => isAlone(b, alone)).length;
  const paths = release.alone.filter((a) => !release.branches.some((b) => `${b.block} → ${b.way}` === a)).map((a) => `“${a}”`);
  const parts = [
    ...(paths.length ? [`the ${paths.length === 1 ? 'path' : 'paths'} ${paths.join(', ')}`] : []),
    ...(blocks ? [`${blocks} ${blocks === 1 ? 'block' : 'blocks'} (highlighted)`] : []),
  ];
  return `Alone on ${parts.join(' and ')}: no other force's release goes this way; read it first.`;
}

function isAlone(branch: ReleaseSummary['branches'][number], alone: ReadonlySet<string>): boolean {
  return alone.has(`${branch.block} → ${branch.way}`);
}

function figureRow(figures: MeasureFigures, rank: Rank | undefined): Html {
  const show = (value: number | null): string => (value === null ? '—' : figures.kind === 'percent' ? `${formatNumber(value)}%` : formatNumber(value));
  const { change } = figures;
  const percent = change.percent === null ? '—' : `${change.percent > 0 ? '+' : ''}${formatNumber(change.percent)}%`;
  const shownChange = figures.kind === 'percent' && change.difference !== null ? `${change.difference > 0 ? '+' : ''}${formatNumber(change.difference)} pts` : percent;
  return html`<tr>
    <td>${figures.label}</td>
    <td class="num">${show(figures.previous)}</td>
    <td class="num">${show(figures.current)}</td>
    <td class="num">${shownChange}</td>
    <td>${change.direction}${change.smallBase ? ' · small base' : ''}</td>
    <td class="num">${rank?.byCurrent === null || rank === undefined ? '—' : `${rank.byCurrent} of ${rank.of}`}</td>
  </tr>`;
}
