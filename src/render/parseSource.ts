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
      // Reported where the block still open was opened, naming the line of the close that does not match it.
      const found = findMismatchedClose(source);
      const open = found?.open ?? { name: mismatch[1] ?? '', line: Number(mismatch[3]), column: Number(mismatch[4]) };
      const closeName = found?.close.name ?? mismatch[2] ?? '';
      const where = found ? ` on line ${filePosition(at, found.close).line}` : '';
      const pos = filePosition(at, open);
      return {
        ast: null,
        diagnostics: [error(file, `{{/${closeName}}}${where} closes {{#${open.name}}}, opened here`, { ...pos, hint: `close {{#${open.name}}} with {{/${open.name}}} before {{/${closeName}}}` })],
      };
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

interface BlockTag {
  name: string;
  /** 1-based line and 0-based column in the source, as Handlebars counts. */
  line: number;
  column: number;
}

/** Block tags in source order: `{{#name`, `{{^name` and `{{/name`. */
function blockTags(source: string): Array<BlockTag & { kind: string }> {
  const pattern = /\{\{~?\s*([#/^])\s*>?\s*([A-Za-z_][\w.-]*)/g;
  return [...source.matchAll(pattern)].map((match) => {
    const before = source.slice(0, match.index);
    return { kind: match[1] ?? '', name: match[2] ?? '', line: (before.match(/\n/g)?.length ?? 0) + 1, column: match.index - (before.lastIndexOf('\n') + 1) };
  });
}

function findUnclosedBlock(source: string): BlockTag | null {
  const stack: BlockTag[] = [];
  for (const tag of blockTags(source)) {
    if (tag.kind === '/') {
      if (stack.at(-1)?.name === tag.name) stack.pop();
    } else if (tag.kind === '#') {
      stack.push(tag);
    }
  }
  return stack.at(-1) ?? null;
}

/** The first `{{/name}}` that does not close the innermost open block, with that block. */
function findMismatchedClose(source: string): { open: BlockTag; close: BlockTag } | null {
  const stack: BlockTag[] = [];
  for (const tag of blockTags(source)) {
    if (tag.kind === '#' || tag.kind === '^') stack.push(tag);
    else {
      const open = stack.pop();
      if (open && open.name !== tag.name) return { open, close: tag };
    }
  }
  return null;
}
