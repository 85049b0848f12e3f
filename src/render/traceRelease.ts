import type { QuoteSnippet, RegionStory } from '../model.js';
import type { CompileCache } from './compileCache.js';
import type { RegionContext } from './context.js';
import type { HelperConfig } from './helpers/index.js';
import type { TemplatePiece } from './piece.js';
import { createRenderer, type Renderer } from './renderer.js';
import { contextWithQuotes } from './renderRelease.js';
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
  /** Renders one release again from the marked templates, with the same data (`base`: the region context the release was rendered with, before its quotes). */
  trace(spec: TemplateSpec, base: RegionContext, story: RegionStory, quotes: readonly QuoteSnippet[]): TracedRelease;
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

  return {
    table,
    trace(spec, base, story, quotes) {
      const markedSpec = markedSpecs.get(spec);
      if (!markedSpec) throw new Error(`traceRelease: template ${spec.file} is not in the set`);
      const { context } = contextWithQuotes(renderer, marked, base, story, quotes);
      if (!context) throw new Error(`traceRelease: the quotes for ${story.region.name} rendered once but not when traced`);
      const title = render(renderer, markedSpec.title, context);
      const standfirst = markedSpec.standfirst ? render(renderer, markedSpec.standfirst, context) : null;
      const body = render(renderer, markedSpec.body, { ...context, page: { title, standfirst } });
      return { title: readMarkers(title, table), standfirst: standfirst === null ? null : readMarkers(standfirst, table), body: readMarkers(body, table) };
    },
  };
}

/** The release rendered once already from the same data; failing now would be a bug, not a user's mistake. */
function render(renderer: Renderer, piece: TemplatePiece, context: unknown): string {
  const result = renderer.render(piece, context, 'markdown', 'traced render');
  if ('diagnostic' in result) throw new Error(`traced render failed where the release rendered: ${result.diagnostic.message}`);
  return result.text;
}
