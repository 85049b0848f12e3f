import type { Diagnostic } from '../errors/diagnostic.js';
import type { QuoteSnippet, RegionStory } from '../model.js';
import type { CompileCache } from './compileCache.js';
import { createQuoteContexts, type RegionContext } from './context.js';
import type { HelperConfig } from './helpers/index.js';
import type { TemplatePiece } from './piece.js';
import { createRenderer } from './renderer.js';
import { contextWithQuotes, renderRelease, type RenderedRelease } from './renderRelease.js';
import { createSourceTable, markPiece, readMarkers, type SourceTable, type TracedText } from './sourceMarkers.js';
import type { TemplateSet } from './templateSet.js';
import type { TemplateSpec } from './templateSpec.js';

/** A release rendered from marked templates: each part with the place every visible character came from. */
export interface TracedRelease {
  title: TracedText;
  standfirst: TracedText | null;
  body: TracedText;
}

export interface Tracer {
  /** What the markers stand for: template places and blocks. */
  table: SourceTable;
  /** The region context (`base`, with no quotes) with its quotes rendered from the marked quote bodies. */
  context(base: RegionContext, story: RegionStory, quotes: readonly QuoteSnippet[]): { context: RegionContext | null; diagnostics: Diagnostic[] };
  /** One release rendered from the marked templates: the release as written, and where each of its visible characters came from. */
  render(spec: TemplateSpec, story: RegionStory, context: RegionContext, quotes: QuoteSnippet[]): { release: RenderedRelease | null; traced: TracedRelease | null; diagnostics: Diagnostic[] };
}

/**
 * Marks every template of the set once, and renders releases from the marked
 * copies (see sourceMarkers.ts). Partials and quote bodies are marked too, so
 * a figure written by a partial or a quote is placed in that file.
 */
export function createTracer(set: TemplateSet, config: HelperConfig, cache?: CompileCache): Tracer {
  const table = createSourceTable();
  const mark = (piece: TemplatePiece): TemplatePiece => markPiece(piece, table);
  const markAll = (pieces: ReadonlyMap<string, TemplatePiece>): Map<string, TemplatePiece> => new Map([...pieces].map(([name, piece]) => [name, mark(piece)]));
  const marked: TemplateSet = {
    specs: set.specs.map((spec) => ({
      ...spec,
      title: mark(spec.title),
      standfirst: spec.standfirst ? mark(spec.standfirst) : null,
      body: mark(spec.body),
    })),
    partials: markAll(set.partials),
    layouts: set.layouts,
    quoteBodies: markAll(set.quoteBodies),
  };
  const markedSpecs = new Map(set.specs.map((spec, i) => [spec, marked.specs[i]!]));
  const renderer = createRenderer(marked.partials, config, cache);
  const read = (text: string): TracedText => readMarkers(text, table);
  const quoteContexts = createQuoteContexts();

  return {
    table,
    context: (base, story, quotes) => contextWithQuotes(renderer, marked, base, story, quotes, quoteContexts),
    render(spec, story, context, quotes) {
      const markedSpec = markedSpecs.get(spec);
      if (!markedSpec) throw new Error(`traceRelease: template ${spec.file} is not in the set`);
      return renderRelease(renderer, spec, markedSpec, story, context, quotes, read);
    },
  };
}
