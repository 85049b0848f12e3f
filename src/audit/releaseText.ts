import type { RenderedRelease } from '../render/renderRelease.js';
import { countAtOrBelow } from '../render/sortedCount.js';
import { provenance, type SourcePoint, type TracedText } from '../render/sourceMarkers.js';
import type { TracedRelease } from '../render/traceRelease.js';
import type { Mention } from './mentions.js';

/** The parts of a release the audit reads: the front-matter title and standfirst, and the Markdown body. */
export type PartName = 'title' | 'standfirst' | 'body';

export interface ReleasePart {
  name: PartName;
  text: string;
  mentions: Mention[];
  /** The template place that wrote the character at an offset; null if the traced render did not line up (a bug). */
  sourceAt(offset: number): SourcePoint | null;
  /** Whether the character at an offset was printed by `{{fixed …}}`. */
  fixedAt(offset: number): boolean;
  /** 1-based line of an offset. */
  lineAt(offset: number): number;
}

/**
 * A release's parts, each with its number mentions and a way back to the
 * template. `read`: how mentions are found (findMentions, or an auditor's
 * remembering createMentionReader).
 */
export function releaseParts(release: RenderedRelease, traced: TracedRelease, read: (text: string) => Mention[]): ReleasePart[] {
  const parts: ReleasePart[] = [part('title', release.title, traced.title, read)];
  if (release.standfirst !== null && traced.standfirst) parts.push(part('standfirst', release.standfirst, traced.standfirst, read));
  parts.push(part('body', release.markdown, traced.body, read));
  return parts;
}

function part(name: PartName, text: string, traced: TracedText, read: (text: string) => Mention[]): ReleasePart {
  const look = provenance(text, traced);
  return {
    name,
    text,
    mentions: read(text),
    sourceAt: (offset) => look?.(offset).source ?? null,
    fixedAt: (offset) => look?.(offset).fixed ?? false,
    lineAt: lineLookup(text),
  };
}

/** 1-based line of an offset, from the text's line starts found once: a release has dozens of figures to place. */
export function lineLookup(text: string): (offset: number) => number {
  let starts: number[] | null = null;
  return (offset) => {
    if (starts === null) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    return Math.max(countAtOrBelow(starts, offset), 1);
  };
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** "templates/release.md.hbs:38" */
export function placeName(point: SourcePoint | null): string | null {
  return point ? `${point.file}:${point.line}` : null;
}
