import type Handlebars from 'handlebars';
import { z } from 'zod';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { COPY_FORMATS, type CopyFormat } from '../convert/formats.js';
import type { SourceFile } from '../load/readSourceFile.js';
import type { QuoteSnippet } from '../model.js';
import { readFrontMatter } from '../validate/frontMatter.js';
import { schemaDiagnostics } from '../validate/schemaDiagnostics.js';
import { parseSource } from './parseSource.js';
import { escapeQuoteBody } from './quoteBody.js';
import { pieceSource, type TemplatePiece } from './piece.js';

/** What a template's `formats` may list: its copy as Markdown, HTML, Word and email (the chart is per force). */
export const OUTPUT_FORMATS = COPY_FORMATS;
export type OutputFormat = CopyFormat;

/** A release template: its front-matter fields and body, each parsed and placed in the file. */
export interface TemplateSpec {
  id: string;
  file: string;
  title: TemplatePiece;
  standfirst: TemplatePiece | null;
  output: TemplatePiece;
  formats: OutputFormat[];
  layout: string | null;
  body: TemplatePiece;
  /** Text the numbers audit counts as fixed copy wherever it appears (`fixedText: ["24/7"]`). */
  fixedText: string[];
}

const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected lower-case letters, digits and hyphens' }),
  title: z.string().min(1),
  standfirst: z.string().min(1).optional(),
  output: z.string().min(1),
  formats: z.array(z.enum(OUTPUT_FORMATS)).min(1).default([...OUTPUT_FORMATS]),
  layout: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected a layout name such as page' }).nullable().default('page'),
  fixedText: z.array(z.string().min(1)).default([]),
});

/** Reads a `*.md.hbs` release template: front matter fields that are themselves templates, and the body. */
export function parseTemplateSpec(hb: typeof Handlebars, file: SourceFile): { spec: TemplateSpec | null; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = readFrontMatter(file);
  if (!parsed) return { spec: null, diagnostics };
  const result = frontMatterSchema.safeParse(parsed.data.value);
  if (!result.success) return { spec: null, diagnostics: schemaDiagnostics(file.path, result.error.issues, parsed.data) };
  const fm = result.data;
  const piece = (field: 'title' | 'standfirst' | 'output', source: string): TemplatePiece | null => {
    const at = parsed.data.locate([field]) ?? { line: parsed.data.lineOf([field]) ?? 1, column: 1 };
    const { ast, diagnostics: problems } = parseSource(hb, file.path, source, at);
    diagnostics.push(...problems);
    return ast ? { file: file.path, ast, ...at, source: pieceSource('template', file.path, at, source) } : null;
  };
  const title = piece('title', fm.title);
  const standfirst = fm.standfirst === undefined ? null : piece('standfirst', fm.standfirst);
  const output = piece('output', fm.output);
  const bodyAt = { line: parsed.bodyLineOffset + 1, column: 1 };
  const body = parseSource(hb, file.path, parsed.body, bodyAt);
  diagnostics.push(...body.diagnostics);
  if (!title || !output || !body.ast || (fm.standfirst !== undefined && !standfirst)) return { spec: null, diagnostics };
  return {
    spec: {
      id: fm.id,
      file: file.path,
      title,
      standfirst,
      output,
      formats: [...new Set(fm.formats)],
      layout: fm.layout,
      body: { file: file.path, ast: body.ast, ...bodyAt, source: pieceSource('template', file.path, bodyAt, parsed.body) },
      fixedText: fm.fixedText,
    },
    diagnostics,
  };
}

/** A partial or layout: the whole file is the template. */
export function parseWholeFile(hb: typeof Handlebars, file: SourceFile): { piece: TemplatePiece | null; diagnostics: Diagnostic[] } {
  const at = { line: 1, column: 1 };
  const { ast, diagnostics } = parseSource(hb, file.path, file.text, at);
  return { piece: ast ? { file: file.path, ast, ...at, source: pieceSource('template', file.path, at, file.text) } : null, diagnostics };
}

/** A quote snippet's body, placed at its line in the quote file. */
export function parseQuoteBody(hb: typeof Handlebars, quote: QuoteSnippet): { piece: TemplatePiece | null; diagnostics: Diagnostic[] } {
  const at = { line: quote.bodyLine, column: 1 };
  const { ast, diagnostics } = parseSource(hb, quote.file, quote.body, at);
  if (ast) escapeQuoteBody(ast);
  return { piece: ast ? { file: quote.file, ast, ...at, source: pieceSource('quote', quote.file, at, quote.body) } : null, diagnostics };
}

export function duplicateIds(specs: readonly TemplateSpec[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const spec of specs) {
    const first = seen.get(spec.id);
    if (first) out.push(error(spec.file, `template id "${spec.id}" is also used by ${first}`, { line: 2, hint: 'give each template its own id' }));
    else seen.set(spec.id, spec.file);
  }
  return out;
}
