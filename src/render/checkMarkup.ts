import type {} from 'handlebars'; // brings in the global `hbs` AST types
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { filePosition, type TemplatePiece } from './piece.js';

/** Link schemes a release may use; the HTML sanitizer removes any other. */
const SAFE_SCHEMES = new Set(['https', 'mailto', 'tel']);

interface Finding {
  index: number;
  message: string;
  hint: string;
}

const MARKDOWN_RULES: ReadonlyArray<(text: string) => Finding[]> = [
  (text) =>
    matches(text, /<[A-Za-z][A-Za-z0-9-]*(?=[\s/>])|<!--|<![A-Za-z]|<\?/g).map(([found, index]) => ({
      index,
      message: `raw HTML \`${found.startsWith('<!--') ? '<!--' : `${found}>`}\` in a Markdown template`,
      hint: 'write Markdown: the HTML sanitizer would remove it from the page while the .md kept it; for a note to editors of the template use {{!-- … --}}',
    })),
  (text) =>
    matches(text, /\]\(\s*<?\s*([A-Za-z][A-Za-z0-9+.-]*):|^ {0,3}\[[^\]\n]+\]:\s*<?([A-Za-z][A-Za-z0-9+.-]*):|<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^\s<>]*>/gm)
      .filter(([, , scheme]) => !SAFE_SCHEMES.has(scheme.toLowerCase()))
      .map(([, index, scheme]) => ({ index, message: `a link to a ${scheme.toLowerCase()}: address`, hint: 'link only to https:, mailto: or tel: addresses' })),
];

const HTML_RULES: ReadonlyArray<(text: string) => Finding[]> = [
  (text) =>
    matches(text, /<(script|iframe|frame|frameset|object|embed|applet|base|form|portal)\b/gi).map(([found, index]) => ({
      index,
      message: `\`${found}>\` in a layout`,
      hint: 'release pages run no code and load nothing: remove it',
    })),
  (text) =>
    matches(text, /[\s"'/](on[a-z]+)\s*=/gi).map(([, index, name]) => ({
      index: index + 1,
      message: `an event attribute \`${name}\` in a layout`,
      hint: 'release pages run no code: remove it',
    })),
  (text) =>
    matches(text, /\b(javascript|vbscript|livescript)\s*:/gi).map(([, index, scheme]) => ({
      index,
      message: `a ${scheme.toLowerCase()}: address in a layout`,
      hint: 'release pages run no code: link only to https:, mailto: or tel: addresses',
    })),
];

/**
 * Raw HTML and unsafe links written into a release template or partial
 * (Markdown), found before anything is rendered, at their line and column.
 */
export function checkMarkdownMarkup(piece: TemplatePiece): Diagnostic[] {
  return contentFindings(piece, MARKDOWN_RULES);
}

/**
 * Scripts, event attributes and javascript: links written into a layout
 * (HTML), and data written into it without HTML escaping: `{{{x}}}` is allowed
 * only for `content`, the release already converted and sanitized.
 */
export function checkLayoutMarkup(piece: TemplatePiece): Diagnostic[] {
  const diagnostics = contentFindings(piece, HTML_RULES);
  walk(piece.ast, (node) => {
    if (node.type !== 'MustacheStatement') return;
    const m = node as hbs.AST.MustacheStatement;
    const path = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : null;
    if (m.escaped === false && path !== 'content') {
      const pos = filePosition(piece, m.loc.start);
      diagnostics.push(error(piece.file, `\`{{{${path ?? '…'}}}}\` writes data into the page without HTML escaping`, { ...pos, hint: `write {{${path ?? '…'}}}; only {{{content}}}, the release already sanitized, is written as it is` }));
    }
  });
  return diagnostics;
}

function contentFindings(piece: TemplatePiece, rules: ReadonlyArray<(text: string) => Finding[]>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  walk(piece.ast, (node) => {
    if (node.type !== 'ContentStatement') return;
    const content = node as hbs.AST.ContentStatement;
    const text = (content as unknown as { original: string }).original; // the AST types call it StripFlags; it is the source text
    for (const rule of rules) {
      for (const finding of rule(text)) {
        const pos = filePosition(piece, positionIn(text, finding.index, content.loc.start));
        diagnostics.push(error(piece.file, finding.message, { ...pos, hint: finding.hint }));
      }
    }
  });
  return diagnostics;
}

/** Where character `index` of a content statement that starts at `start` lies (Handlebars positions: line 1-based, column 0-based). */
function positionIn(text: string, index: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = text.slice(0, index);
  const breaks = before.match(/\n/g)?.length ?? 0;
  return breaks === 0 ? { line: start.line, column: start.column + index } : { line: start.line + breaks, column: index - before.lastIndexOf('\n') - 1 };
}

/** Every match as [text, index, first captured group found]. */
function matches(text: string, pattern: RegExp): Array<[string, number, string]> {
  return [...text.matchAll(pattern)].map((m) => [m[0], m.index, m.slice(1).find((g) => g !== undefined) ?? '']);
}

function walk(program: hbs.AST.Program, visit: (node: hbs.AST.Node) => void): void {
  for (const node of program.body) {
    visit(node);
    const block = node as Partial<hbs.AST.BlockStatement>;
    if (block.program) walk(block.program, visit);
    if (block.inverse) walk(block.inverse, visit);
  }
}
