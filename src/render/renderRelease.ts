import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { QuoteSnippet, RegionStory } from '../model.js';
import { quoteContext, type RegionContext } from './context.js';
import { unescapeMarkdown } from './markdownEscape.js';
import type { Renderer } from './renderer.js';
import { tidyMarked, withoutMarkers } from './sourceMarkers.js';
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

/** A release's parts as rendered from marked templates (sourceMarkers.ts): the title and standfirst tidied as the release's are, the body as rendered. */
export interface MarkedRelease {
  title: string;
  standfirst: string | null;
  body: string;
}

/**
 * The region context (`base`, from regionContext with no quotes) with each
 * selected quote's body rendered for that region (its typed text already
 * escaped when it was parsed: quoteBody.ts). From marked quote bodies, the
 * quotes keep their markers, so the release body that prints them is traced
 * into the quote files.
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
    return [quoteContext(quote, tidyMarked(result.text, (text) => tidyMarkdown(text).trimEnd()))];
  });
  return { context: diagnostics.length ? null : { ...base, quotes: rendered }, diagnostics };
}

/**
 * One release of a region: `spec`'s title, standfirst, output path and body,
 * rendered from `from` (the same template marked for the audit, or `spec`
 * itself). The release holds the text with the markers taken out; `marked`
 * keeps them, for the audit to read where each character came from.
 */
export function renderRelease(
  renderer: Renderer,
  spec: TemplateSpec,
  story: RegionStory,
  context: RegionContext,
  quotes: QuoteSnippet[],
  from: TemplateSpec = spec,
): { release: RenderedRelease | null; marked: MarkedRelease | null; diagnostics: Diagnostic[] } {
  const subject = `force "${story.region.name}"`;
  const diagnostics: Diagnostic[] = [];
  const line = (piece: TemplateSpec['title'] | null): string | null => {
    if (!piece) return null;
    const result = renderer.render(piece, context, 'markdown', subject);
    if ('diagnostic' in result) {
      diagnostics.push(result.diagnostic);
      return null;
    }
    return tidyMarked(result.text, (text) => text.replace(/\s+/g, ' ').trim());
  };
  const markedTitle = line(from.title);
  const markedStandfirst = line(from.standfirst);
  const title = markedTitle === null ? null : withoutMarkers(markedTitle);
  const standfirst = markedStandfirst === null ? null : withoutMarkers(markedStandfirst);
  const markedOutput = line(from.output);
  const output = markedOutput === null ? null : withoutMarkers(markedOutput);
  if (output !== null && !OUTPUT_PATH.test(output)) {
    diagnostics.push(error(spec.file, `${subject}: output "${output}" is not a safe path inside out/`, { line: spec.output.line, hint: 'use lower-case words, digits, - and /, e.g. "{{region.slug}}/release"' }));
  }
  // The body prints the marked headline and standfirst, so what it prints of them is traced to their templates.
  const body = renderer.render(from.body, { ...context, page: { title: markedTitle, standfirst: markedStandfirst } }, 'markdown', subject);
  if ('diagnostic' in body) diagnostics.push(body.diagnostic);
  if (diagnostics.length || title === null || markedTitle === null || output === null || 'diagnostic' in body) return { release: null, marked: null, diagnostics };
  return {
    release: {
      template: spec,
      story,
      title,
      headline: unescapeMarkdown(title),
      standfirst,
      markdown: tidyMarkdown(withoutMarkers(body.text)),
      output,
      quotes,
    },
    marked: { title: markedTitle, standfirst: markedStandfirst, body: body.text },
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
