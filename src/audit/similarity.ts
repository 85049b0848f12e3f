import { findMentions } from './mentions.js';

/** Two releases whose copy is mostly the same once figures and names are set aside. */
export interface SimilarPair {
  a: string;
  b: string;
  /** Share of word sequences the two have in common (0 to 1), two decimals. */
  similarity: number;
}

/** A release's copy ready for comparing: its label and its word sequences. */
export interface Comparable {
  label: string;
  shingles: Set<string>;
}

/** Words in a row compared at once: long enough that shared boilerplate words alone do not make two texts alike. */
const SHINGLE = 4;

/**
 * Sets aside the paragraphs every release shares word for word (notes to
 * editors, the national picture): they are meant to be the same, and would
 * make every pair look alike. What is left is the copy written for each
 * region.
 */
export function ownParagraphs(texts: readonly string[]): string[] {
  const split = texts.map((t) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  if (split.length < 2) return texts.map((t) => t);
  const shared = new Set(split[0]!.filter((p) => split.every((paragraphs) => paragraphs.includes(p))));
  return split.map((paragraphs) => paragraphs.filter((p) => !shared.has(p)).join('\n\n'));
}

/**
 * The copy of a release as a set of four-word sequences, with every figure
 * replaced by `#` and every name of the region (force name, area, contacts)
 * by `@`, so two releases that differ only in their figures and names come
 * out identical.
 */
export function comparable(label: string, text: string, names: readonly string[]): Comparable {
  let masked = '';
  let last = 0;
  for (const m of findMentions(text)) {
    if (m.start < last) continue;
    masked += `${text.slice(last, m.start)} # `;
    last = m.end;
  }
  masked += text.slice(last);
  for (const name of [...names].filter((n) => n.length > 1).sort((x, y) => y.length - x.length)) masked = masked.split(name).join(' @ ');
  const words = masked.toLowerCase().match(/[\p{L}\p{N}#@’']+/gu) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  if (words.length > 0 && words.length < SHINGLE) shingles.add(words.join(' '));
  return { label, shingles };
}

/** Jaccard similarity of two sets: shared ÷ all. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Every pair more alike than `threshold`, most alike first. */
export function similarPairs(items: readonly Comparable[], threshold: number): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const similarity = jaccard(items[i]!.shingles, items[j]!.shingles);
      if (similarity > threshold) pairs.push({ a: items[i]!.label, b: items[j]!.label, similarity: Math.floor(similarity * 1000) / 1000 });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
}
