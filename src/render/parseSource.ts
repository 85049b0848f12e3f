import type Handlebars from 'handlebars';
import type {} from 'handlebars'; // brings in the global `hbs` AST types
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { filePosition } from './piece.js';

/**
 * Parses Handlebars source, turning a syntax error into a diagnostic at the
 * file's line. An unclosed block is reported where it was opened, since
 * Handlebars only notices at the end of the file.
 */
export function parseSource(
  hb: typeof Handlebars,
  file: string,
  source: string,
  at: { line: number; column: number },
): { ast: hbs.AST.Program | null; diagnostics: Diagnostic[] } {
  try {
    return { ast: hb.parse(source), diagnostics: [] };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const unclosed = findUnclosedBlock(source);
    if (unclosed && /got 'EOF'/.test(message)) {
      const pos = filePosition(at, unclosed);
      return { ast: null, diagnostics: [error(file, `block {{#${unclosed.name}}} is never closed`, { ...pos, hint: `add {{/${unclosed.name}}} where the block ends` })] };
    }
    const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(message);
    if (mismatch) {
      const pos = filePosition(at, { line: Number(mismatch[3]), column: Number(mismatch[4]) });
      return { ast: null, diagnostics: [error(file, `{{/${mismatch[2]}}} closes {{#${mismatch[1]}}}`, { ...pos, hint: `close the block with {{/${mismatch[1]}}}` })] };
    }
    const lineMatch = /line (\d+)/.exec(message);
    const excerpt = message.split('\n')[1]?.trim();
    const pos = lineMatch ? filePosition(at, { line: Number(lineMatch[1]), column: 0 }) : undefined;
    return {
      ast: null,
      diagnostics: [error(file, `template syntax error${excerpt ? ` near \`${excerpt}\`` : ''}`, { ...(pos ? { line: pos.line } : {}), hint: 'check the {{ }} on this line' })],
    };
  }
}

function findUnclosedBlock(source: string): { name: string; line: number; column: number } | null {
  const stack: Array<{ name: string; line: number; column: number }> = [];
  const pattern = /\{\{~?\s*([#/^])\s*>?\s*([A-Za-z_][\w.-]*)/g;
  for (const match of source.matchAll(pattern)) {
    const before = source.slice(0, match.index);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const column = match.index - (before.lastIndexOf('\n') + 1);
    const name = match[2] ?? '';
    if (match[1] === '/') {
      if (stack.at(-1)?.name === name) stack.pop();
    } else if (match[1] === '#') {
      stack.push({ name, line, column });
    }
  }
  return stack.at(-1) ?? null;
}
