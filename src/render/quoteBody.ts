import type {} from 'handlebars'; // brings in the global `hbs` AST types
import { escapeMarkdown } from './markdownEscape.js';

/**
 * A quote is someone's words, not Markdown: the text typed in a quote body is
 * escaped as data is, so "2024. A record year" stays a sentence (not a
 * numbered list), "5*3*2" keeps its stars and `<script>` prints as text,
 * while its line breaks, and so its paragraphs, are kept. Values the body
 * prints (`{{region.name}}`) come already escaped from the context.
 *
 * The escaping is done once, in the parsed template, so every render of the
 * body (the release, and the audit's marked copy) holds the same characters.
 * Each line that starts a line of the output is escaped as the start of a
 * value (block openers, after its leading spaces are dropped: four would
 * make a code block); text that follows a `{{…}}` on its line is escaped
 * inline only.
 *
 * @example a body `2024. A record year, {{region.name}}.` prints `2024\. A record year, Hampshire.`
 */
export function escapeQuoteBody(program: hbs.AST.Program): void {
  for (const node of program.body) {
    if (node.type === 'ContentStatement') {
      const content = node as hbs.AST.ContentStatement;
      content.value = escapeText(content.value, startsLine(content));
    }
    const block = node as Partial<hbs.AST.BlockStatement>;
    if (block.program) escapeQuoteBody(block.program);
    if (block.inverse) escapeQuoteBody(block.inverse);
  }
}

/** Whether the text rendered from this piece of content begins a line of the output. */
function startsLine(content: hbs.AST.ContentStatement): boolean {
  if (content.loc.start.column === 0) return true;
  // A block tag alone on its line is removed with its line break; the text then starts the next line.
  const original = (content as unknown as { original: string }).original; // typed as StripFlags, it is the source text
  const dropped = original.slice(0, Math.max(0, original.indexOf(content.value)));
  return /\n/.test(dropped);
}

function escapeText(text: string, firstLineStartsLine: boolean): string {
  return text
    .split('\n')
    .map((line, i) => (i > 0 || firstLineStartsLine ? escapeLineStart(line) : escapeInline(line)))
    .join('\n');
}

function escapeLineStart(line: string): string {
  const cr = line.endsWith('\r') ? '\r' : '';
  return escapeMarkdown(line.slice(0, line.length - cr.length).trimStart()) + cr;
}

/** Inline escapes only: escapeMarkdown treats its value's start as a line start, so it is given a letter before it. */
function escapeInline(text: string): string {
  return escapeMarkdown(`a${text}`).slice(1);
}
