import { warning, type Diagnostic } from '../errors/diagnostic.js';
import type { Campaign } from '../model.js';
import type { Renderer } from '../render/renderer.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import type { TemplateSet } from '../render/templateSet.js';
import { placeChartInHtml } from './chart/placeChart.js';
import type { ConvertedHtml } from './markdownToHtml.js';
import { pageContext } from './pageContexts.js';

export interface ReleasePage {
  /** The standalone page, or null when its layout failed (see diagnostics). */
  html: string | null;
  /** The release's sanitized HTML, before the chart and the layout: the email builds on it. */
  content: string;
  diagnostics: Diagnostic[];
}

/**
 * A release's standalone HTML page: converted, sanitized, the chart figure
 * placed after the standfirst (after sanitizing: the sanitizer allows only
 * what Markdown makes, and the chart is ours), wrapped in its layout.
 */
export function releasePage(
  release: RenderedRelease,
  campaign: Campaign,
  set: TemplateSet,
  renderer: Renderer,
  toHtml: (markdown: string) => ConvertedHtml,
  figure: string | null,
): ReleasePage {
  const { html: content, sanitized } = toHtml(release.markdown);
  const diagnostics: Diagnostic[] = [];
  const subject = `force "${release.story.region.name}"`;
  if (sanitized) {
    diagnostics.push(
      warning(release.template.file, `${subject}: the HTML sanitizer removed raw HTML or an unsafe link from this release`, {
        hint: 'look for <tags> or javascript: links in the template, quotes or data',
      }),
    );
  }
  const html = figure === null ? content : placeChartInHtml(content, figure);
  const layout = release.template.layout === null ? null : set.layouts.get(release.template.layout);
  if (!layout) return { html, content, diagnostics };
  const result = renderer.render(layout, pageContext(campaign, release.story.region, release.headline, html), 'html', subject);
  if ('diagnostic' in result) return { html: null, content, diagnostics: [...diagnostics, result.diagnostic] };
  return { html: result.text, content, diagnostics };
}
