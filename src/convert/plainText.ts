import type { Block, Run } from './blocks.js';

/**
 * A release as plain text, for the text part of an email: no Markdown
 * markers, headings underlined, lists kept as "- " and "1. ", a link's
 * address in brackets after its words. Lines are not wrapped: mail clients
 * wrap them, and the email's encoding keeps its lines short on the wire.
 */
export function plainText(blocks: readonly Block[]): string {
  return `${blocks.map(blockText).join('\n\n')}\n`;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const text = runsPlain(block.runs);
      return `${text}\n${(block.level === 1 ? '=' : '-').repeat(Math.min(text.length, 72))}`;
    }
    case 'paragraph':
      return runsPlain(block.runs);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${block.start + i}.` : '-'} ${runsPlain(item)}`).join('\n');
    case 'quote':
      return block.blocks.map(blockText).join('\n\n').replace(/^/gm, '> ');
    case 'rule':
      return '---';
  }
}

function runsPlain(runs: readonly Run[]): string {
  return runs.map((r) => (r.href && !sameAddress(r.text, r.href) ? `${r.text} (${r.href})` : r.text)).join('');
}

function sameAddress(text: string, href: string): boolean {
  return href === text || href === `mailto:${text}` || href === `tel:${text}` || href === `http://${text}`;
}
