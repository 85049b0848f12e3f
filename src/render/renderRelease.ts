import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { QuoteSnippet, RegionStory } from '../model.js';
import type { QuoteContext, RegionContext } from './context.js';
import { unescapeMarkdown } from './markdownEscape.js';
import type { Renderer } from './renderer.js';
import { tidyMarked, type TracedText } from './sourceMarkers.js';
import type { TracedRelease } from './traceRelease.js';
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
 * escaped when it was parsed: quoteBody.ts). From marked quote bodies, the
 * quotes keep their markers, so the release body that prints them is traced
 * into the quote files. `toContext`: how a quote's fields are made
 * (quoteContext, or a renderer's remembering createQuoteContexts).
 */
export function contextWithQuotes(
  renderer: Renderer,
  set: TemplateSet,
  base: RegionContext,
  story: RegionStory,
  quotes: readonly QuoteSnippet[],
  toContext: (quote: QuoteSnippet, text: string) => QuoteContext,
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
    return [toContext(quote, tidyMarked(result.text, (text) => tidyMarkdown(text).trimEnd()))];
  });
  return { context: diagnostics.length ? null : { ...base, quotes: rendered }, diagnostics };
}

/**
 * One release of a region: `spec`'s title, standfirst, output path and body,
 * rendered from `marked` (the same template marked for the audit). `read`
 * reads a marked render back (readMarkers): the release holds its text, the
 * markers taken out, and `traced` where each character came from; each part
 * is read once for both.
 */
export function renderRelease(
  renderer: Renderer,
  spec: TemplateSpec,
  marked: TemplateSpec,
  story: RegionStory,
  context: RegionContext,
  quotes: QuoteSnippet[],
  read: (text: string) => TracedText,
): { release: RenderedRelease | null; traced: TracedRelease | null; diagnostics: Diagnostic[] } {
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
  const markedTitle = line(marked.title);
  const markedStandfirst = line(marked.standfirst);
  const tracedTitle = markedTitle === null ? null : read(markedTitle);
  const tracedStandfirst = markedStandfirst === null ? null : read(markedStandfirst);
  // The output path is not marked: the audit does not read it.
  const output = line(spec.output);
  if (output !== null && !OUTPUT_PATH.test(output)) {
    diagnostics.push(error(spec.file, `${subject}: output "${output}" is not a safe path inside out/`, { line: spec.output.line, hint: 'use lower-case words, digits, - and /, e.g. "{{region.slug}}/release"' }));
  }
  // The body prints the marked headline and standfirst, so what it prints of them is traced to their templates.
  const body = renderer.render(marked.body, { ...context, page: { title: markedTitle, standfirst: markedStandfirst } }, 'markdown', subject);
  if ('diagnostic' in body) diagnostics.push(body.diagnostic);
  if (diagnostics.length || tracedTitle === null || output === null || 'diagnostic' in body) return { release: null, traced: null, diagnostics };
  const tracedBody = read(body.text);
  return {
    release: {
      template: spec,
      story,
      title: tracedTitle.text,
      headline: unescapeMarkdown(tracedTitle.text),
      standfirst: tracedStandfirst?.text ?? null,
      markdown: tidyMarkdown(tracedBody.text),
      output,
      quotes,
    },
    traced: { title: tracedTitle, standfirst: tracedStandfirst, body: tracedBody },
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
