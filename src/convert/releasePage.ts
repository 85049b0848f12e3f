import { warning, type Diagnostic } from '../errors/diagnostic.js';
import type { Campaign } from '../model.js';
import type { Renderer } from '../render/renderer.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import type { TemplateSet } from '../render/templateSet.js';
import type { ConvertedHtml } from './markdownToHtml.js';
import { pageContext } from './pageContexts.js';

/** A release's standalone HTML page: converted, sanitized, wrapped in its layout. */
export function releasePage(
  release: RenderedRelease,
  campaign: Campaign,
  set: TemplateSet,
  renderer: Renderer,
  toHtml: (markdown: string) => ConvertedHtml,
): { html: string | null; diagnostics: Diagnostic[] } {
  const { html, sanitized } = toHtml(release.markdown);
  const diagnostics: Diagnostic[] = [];
  const subject = `force "${release.story.region.name}"`;
  if (sanitized) {
    diagnostics.push(
      warning(release.template.file, `${subject}: the HTML sanitizer removed raw HTML or an unsafe link from this release`, {
        hint: 'look for <tags> or javascript: links in the template, quotes or data',
      }),
    );
  }
  const layout = release.template.layout === null ? null : set.layouts.get(release.template.layout);
  if (!layout) return { html, diagnostics };
  const result = renderer.render(layout, pageContext(campaign, release.story.region, release.headline, html), 'html', subject);
  if ('diagnostic' in result) return { html: null, diagnostics: [...diagnostics, result.diagnostic] };
  return { html: result.text, diagnostics };
}
