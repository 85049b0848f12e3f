import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { QuoteSnippet, RegionStory } from '../model.js';
import { quoteContext, type RegionContext } from './context.js';
import { unescapeMarkdown } from './markdownEscape.js';
import type { Renderer } from './renderer.js';
import type { TemplateSet } from './templateSet.js';
import type { TemplateSpec } from './templateSpec.js';

/** One release for one region, as Markdown, before conversion. */
export interface RenderedRelease {
  template: TemplateSpec;
  story: RegionStory;
  /** The headline as Markdown (data escaped). */
  title: string;
  /** The headline as plain text, for the manifest, index and HTML title. */
  headline: string;
  standfirst: string | null;
  markdown: string;
  /** Output path without extension, relative to out/ (e.g. `hampshire/release`). */
  output: string;
  quotes: QuoteSnippet[];
}

/** A safe relative path: lower-case segments, no `..`, nothing absolute. */
const OUTPUT_PATH = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/**
 * The region context (`base`, from regionContext with no quotes) with each
 * selected quote's body rendered for that region (its typed text already
 * escaped when it was parsed: quoteBody.ts).
 */
export function contextWithQuotes(
  renderer: Renderer,
  set: TemplateSet,
  base: RegionContext,
  story: RegionStory,
  quotes: readonly QuoteSnippet[],
): { context: RegionContext | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rendered = quotes.flatMap((quote) => {
    const piece = set.quoteBodies.get(quote.id);
    if (!piece) return [];
    const result = renderer.render(piece, base, 'markdown', `force "${story.region.name}"`);
    if ('diagnostic' in result) {
      diagnostics.push(result.diagnostic);
      return [];
    }
    return [quoteContext(quote, tidyMarkdown(result.text).trimEnd())];
  });
  return { context: diagnostics.length ? null : { ...base, quotes: rendered }, diagnostics };
}

export function renderRelease(
  renderer: Renderer,
  spec: TemplateSpec,
  story: RegionStory,
  context: RegionContext,
  quotes: QuoteSnippet[],
): { release: RenderedRelease | null; diagnostics: Diagnostic[] } {
  const subject = `force "${story.region.name}"`;
  const diagnostics: Diagnostic[] = [];
  const line = (piece: TemplateSpec['title'] | null): string | null => {
    if (!piece) return null;
    const result = renderer.render(piece, context, 'markdown', subject);
    if ('diagnostic' in result) {
      diagnostics.push(result.diagnostic);
      return null;
    }
    return result.text.replace(/\s+/g, ' ').trim();
  };
  const title = line(spec.title);
  const standfirst = line(spec.standfirst);
  const output = line(spec.output);
  if (output !== null && !OUTPUT_PATH.test(output)) {
    diagnostics.push(error(spec.file, `${subject}: output "${output}" is not a safe path inside out/`, { line: spec.output.line, hint: 'use lower-case words, digits, - and /, e.g. "{{region.slug}}/release"' }));
  }
  const body = renderer.render(spec.body, { ...context, page: { title, standfirst } }, 'markdown', subject);
  if ('diagnostic' in body) diagnostics.push(body.diagnostic);
  if (diagnostics.length || title === null || output === null || 'diagnostic' in body) return { release: null, diagnostics };
  return {
    release: {
      template: spec,
      story,
      title,
      headline: unescapeMarkdown(title),
      standfirst,
      markdown: tidyMarkdown(body.text),
      output,
      quotes,
    },
    diagnostics,
  };
}

/**
 * Templates with branches leave stray blank lines and trailing spaces; a
 * newsroom pastes what we write, so it should be tidy: one blank line between
 * blocks, none at the ends, one final newline.
 */
export function tidyMarkdown(markdown: string): string {
  return `${markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
