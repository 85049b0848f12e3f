import { error, type Diagnostic } from '../errors/diagnostic.js';
import { inWords } from '../errors/wording.js';
import type { Campaign } from '../model.js';
import type { TemplatePiece } from '../render/piece.js';
import type { Renderer } from '../render/renderer.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import type { TemplateSet } from '../render/templateSet.js';
import { placeChartInHtml } from './chart/placeChart.js';
import type { ConvertedHtml } from './markdownToHtml.js';
import { pageContext } from './pageContexts.js';
import { unsafeMarkup } from './unsafeMarkup.js';

export interface ReleasePage {
  /** The standalone page, or null when it could not be made (see diagnostics). */
  html: string | null;
  /** The release's sanitized HTML, before the chart and the layout: the email builds on it. */
  content: string;
  diagnostics: Diagnostic[];
}

/**
 * A release's standalone HTML page: converted, sanitized, the chart figure
 * placed after the standfirst (after sanitizing: the sanitizer allows only
 * what Markdown makes, and the chart is ours), wrapped in its layout, then
 * checked once more as a whole. A release the sanitizer had to change is an
 * error, not a warning: its Markdown (which newsrooms paste as it is) still
 * holds what the HTML lost, so the two would disagree.
 */
export function releasePage(
  release: RenderedRelease,
  campaign: Campaign,
  set: TemplateSet,
  renderer: Renderer,
  toHtml: (markdown: string) => ConvertedHtml,
  figure: string | null,
): ReleasePage {
  const { html: content, removed } = toHtml(release.markdown);
  const subject = `force "${release.story.region.name}"`;
  if (removed.length) {
    return {
      html: null,
      content,
      diagnostics: [
        error(release.template.file, `${subject}: the HTML sanitizer would remove ${inWords(removed, 3)} from this release`, {
          hint: 'releases are Markdown: write no HTML tags, and link only to https:, mailto: or tel: addresses (check the template and its partials)',
        }),
      ],
    };
  }
  const html = figure === null ? content : placeChartInHtml(content, figure);
  const layout = release.template.layout === null ? null : set.layouts.get(release.template.layout);
  if (!layout) return { html, content, diagnostics: [] };
  return { ...finishedPage(renderer, layout, pageContext(campaign, release.story.region, release.headline, html), subject), content };
}

/** Renders a layout and refuses the page if it could run code, whatever put it there. */
export function finishedPage(renderer: Renderer, layout: TemplatePiece, context: unknown, subject: string): { html: string | null; diagnostics: Diagnostic[] } {
  const result = renderer.render(layout, context, 'html', subject);
  if ('diagnostic' in result) return { html: null, diagnostics: [result.diagnostic] };
  const unsafe = unsafeMarkup(result.text);
  if (unsafe.length) {
    return {
      html: null,
      diagnostics: [error(layout.file, `${subject}: the finished page would hold ${inWords(unsafe, 3)}`, { hint: 'layouts must not add scripts, on… attributes or javascript: links, and data must not be placed where HTML reads it as an attribute' })],
    };
  }
  return { html: result.text, diagnostics: [] };
}
