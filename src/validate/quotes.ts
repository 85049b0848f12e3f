import { z } from 'zod';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';
import type { Direction, QuoteSnippet } from '../model.js';
import { nonEmptyText } from './fields.js';
import { readFrontMatter } from './frontMatter.js';
import { schemaDiagnostics } from './schemaDiagnostics.js';

const DIRECTIONS = ['up', 'down', 'unchanged', 'new', 'unknown'] as const satisfies readonly Direction[];
const direction = z.enum(DIRECTIONS);

const quoteSchema = z.strictObject({
  speaker: nonEmptyText,
  role: nonEmptyText.nullish(),
  org: nonEmptyText.nullish(),
  applies_to: z.union([z.literal('all'), z.array(nonEmptyText).min(1), nonEmptyText]),
  when: z
    .strictObject({
      direction: z.union([direction, z.array(direction).min(1)]).optional(),
      smallBase: z.boolean().optional(),
    })
    .nullish(),
  approved: z.boolean(),
  sample: z.boolean().default(false),
  order: z.number().int().default(100),
});

/** Reads one quote snippet: front matter rules, Markdown body (a template). */
export function validateQuote(file: SourceFile): { quote: QuoteSnippet | null; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = readFrontMatter(file);
  if (!parsed) return { quote: null, diagnostics };
  const result = quoteSchema.safeParse(parsed.data.value);
  if (!result.success) return { quote: null, diagnostics: schemaDiagnostics(file.path, result.error.issues, parsed.data) };
  const q = result.data;
  const body = parsed.body.trim();
  if (!body) return { quote: null, diagnostics: [error(file.path, 'the quote is empty: write it below the front matter', { line: parsed.bodyLineOffset + 1 })] };
  const leading = parsed.body.slice(0, parsed.body.indexOf(body)).match(/\r\n|\r|\n/g)?.length ?? 0;
  const appliesTo = q.applies_to === 'all' ? 'all' : Array.isArray(q.applies_to) ? q.applies_to : [q.applies_to];
  const id = (file.path.split(/[\\/]/).pop() ?? file.path).replace(/\.md$/, '');
  return {
    quote: {
      id,
      file: file.path,
      bodyLine: parsed.bodyLineOffset + leading + 1,
      speaker: q.speaker,
      role: q.role ?? null,
      org: q.org ?? null,
      appliesTo,
      when: {
        direction: q.when?.direction === undefined ? null : Array.isArray(q.when.direction) ? q.when.direction : [q.when.direction],
        smallBase: q.when?.smallBase ?? null,
      },
      approved: q.approved,
      sample: q.sample,
      order: q.order,
      body,
    },
    diagnostics: [],
  };
}
