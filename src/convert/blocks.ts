import { Marked, type Token, type Tokens } from 'marked';

/** A run of text with the emphasis it had in the Markdown. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Set on the text of a link. */
  href?: string;
}

/**
 * A release's structure, read from its Markdown with marked's lexer (so Word
 * and plain-text copies agree with the HTML on what is a heading, a list or
 * bold), without any HTML: raw HTML in the copy is dropped here, as the HTML
 * sanitizer drops it there.
 */
export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' };

/** Reads Markdown into blocks; one Marked instance per call, never marked's shared defaults. */
export function markdownBlocks(markdown: string): Block[] {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  return toBlocks(marked.lexer(markdown));
}

function toBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'heading':
        blocks.push({ kind: 'heading', level: (t as Tokens.Heading).depth, runs: inlineRuns(t.tokens ?? []) });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', runs: inlineRuns(t.tokens ?? []) });
        break;
      case 'text':
        // A bare text block: a tight list item's content, read as a paragraph.
        blocks.push({ kind: 'paragraph', runs: t.tokens ? inlineRuns(t.tokens) : [plain(t.text as string)] });
        break;
      case 'list': {
        const list = t as Tokens.List;
        const items = list.items.map((item) => toBlocks(item.tokens).flatMap((b) => ('runs' in b ? b.runs : [])));
        blocks.push({ kind: 'list', ordered: list.ordered, start: typeof list.start === 'number' ? list.start : 1, items });
        break;
      }
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: toBlocks(t.tokens ?? []) });
        break;
      case 'hr':
        blocks.push({ kind: 'rule' });
        break;
      case 'code':
        blocks.push({ kind: 'paragraph', runs: [plain(t.text as string)] });
        break;
      default:
        // space, html, def, table: nothing a press release needs in Word or plain text.
        break;
    }
  }
  return blocks;
}

function plain(text: string): Run {
  return { text, bold: false, italic: false };
}

/** Inline tokens flattened to runs, bold and italic carried down, adjacent alike runs merged. */
export function inlineRuns(tokens: readonly Token[], style: { bold: boolean; italic: boolean; href?: string } = { bold: false, italic: false }): Run[] {
  const runs: Run[] = [];
  const push = (text: string): void => {
    const last = runs.at(-1);
    if (last && last.bold === style.bold && last.italic === style.italic && last.href === style.href) last.text += text;
    else runs.push({ text, bold: style.bold, italic: style.italic, ...(style.href ? { href: style.href } : {}) });
  };
  for (const token of tokens) {
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'strong':
        runs.push(...inlineRuns(t.tokens ?? [], { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns(t.tokens ?? [], { ...style, italic: true }));
        break;
      case 'del':
        runs.push(...inlineRuns(t.tokens ?? [], style));
        break;
      case 'link':
        runs.push(...inlineRuns(t.tokens ?? [], { ...style, href: (t as Tokens.Link).href }));
        break;
      case 'text':
        if (t.tokens?.length) runs.push(...inlineRuns(t.tokens, style));
        else push(t.text as string);
        break;
      case 'escape':
      case 'codespan':
        push(t.text as string);
        break;
      case 'br':
        push('\n');
        break;
      default:
        // html tags and images: dropped, as the sanitizer drops them from the HTML.
        break;
    }
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/** The text of runs, emphasis dropped. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
