import Handlebars from 'handlebars';
import type { Diagnostic } from '../errors/diagnostic.js';
import { error } from '../errors/diagnostic.js';
import type { TemplateFolder } from '../load/loadTemplateFolder.js';
import type { QuoteSnippet } from '../model.js';
import { checkLayoutMarkup, checkMarkdownMarkup } from './checkMarkup.js';
import { BUILT_IN_HELPERS, checkPiece, type CheckEnvironment } from './checkTemplate.js';
import { HELPER_NAMES } from './helpers/index.js';
import type { TemplatePiece } from './piece.js';
import type { Shape } from './shape.js';
import { duplicateIds, parseQuoteBody, parseTemplateSpec, parseWholeFile, type TemplateSpec } from './templateSpec.js';

/** Every template of a run, parsed: release templates, partials, layouts and quote bodies. */
export interface TemplateSet {
  specs: TemplateSpec[];
  partials: Map<string, TemplatePiece>;
  layouts: Map<string, TemplatePiece>;
  /** quote id → its body */
  quoteBodies: Map<string, TemplatePiece>;
}

export function parseTemplateSet(folder: TemplateFolder, quotes: readonly QuoteSnippet[]): { set: TemplateSet; diagnostics: Diagnostic[] } {
  // Parsing needs no helpers; a bare instance keeps the global one untouched.
  const hb = Handlebars.create();
  const diagnostics: Diagnostic[] = [];
  const specs: TemplateSpec[] = [];
  for (const file of folder.templates) {
    const result = parseTemplateSpec(hb, file);
    diagnostics.push(...result.diagnostics);
    if (result.spec) specs.push(result.spec);
  }
  diagnostics.push(...duplicateIds(specs));
  const wholeFiles = (files: ReadonlyMap<string, { path: string; text: string }>): Map<string, TemplatePiece> => {
    const out = new Map<string, TemplatePiece>();
    for (const [name, file] of files) {
      const result = parseWholeFile(hb, file);
      diagnostics.push(...result.diagnostics);
      if (result.piece) out.set(name, result.piece);
    }
    return out;
  };
  const partials = wholeFiles(folder.partials);
  const layouts = wholeFiles(folder.layouts);
  const quoteBodies = new Map<string, TemplatePiece>();
  for (const quote of quotes) {
    const result = parseQuoteBody(hb, quote);
    diagnostics.push(...result.diagnostics);
    if (result.piece) quoteBodies.set(quote.id, result.piece);
  }
  for (const spec of specs) {
    if (spec.layout !== null && !layouts.has(spec.layout)) {
      diagnostics.push(error(spec.file, `unknown layout \`${spec.layout}\` (layouts: ${[...layouts.keys()].join(', ') || 'none'})`, { hint: `add ${folder.dir}/layouts/${spec.layout}.html.hbs or write layout: null` }));
    }
  }
  return { set: { specs, partials, layouts, quoteBodies }, diagnostics };
}

/** The data each kind of template is checked against. */
export interface ContextShapes {
  /** Front-matter fields and quote bodies: the region context. */
  region: Shape;
  /** Release bodies: the region context plus `page`. */
  body: Shape;
  /** Release layouts: title, content, campaign, region. */
  page: Shape;
  /** The index layout. */
  index: Shape;
}

export const INDEX_LAYOUT = 'index';

/** Checks every field, helper and partial name in every template before anything is rendered. */
export function checkTemplateSet(set: TemplateSet, shapes: ContextShapes): Diagnostic[] {
  const env: CheckEnvironment = { helpers: new Set([...BUILT_IN_HELPERS, ...HELPER_NAMES]), partials: set.partials };
  const diagnostics: Diagnostic[] = [];
  for (const spec of set.specs) {
    for (const piece of [spec.title, spec.standfirst, spec.output]) if (piece) diagnostics.push(...checkPiece(piece, shapes.region, env), ...checkMarkdownMarkup(piece));
    diagnostics.push(...checkPiece(spec.body, shapes.body, env), ...checkMarkdownMarkup(spec.body));
  }
  // Quote bodies are escaped whole (they are someone's words), so raw HTML there prints as text.
  for (const piece of set.quoteBodies.values()) diagnostics.push(...checkPiece(piece, shapes.region, env));
  for (const piece of set.partials.values()) diagnostics.push(...checkMarkdownMarkup(piece));
  for (const [name, piece] of set.layouts) diagnostics.push(...checkPiece(piece, name === INDEX_LAYOUT ? shapes.index : shapes.page, env), ...checkLayoutMarkup(piece));
  return diagnostics;
}
