import type { Candidate, Candidates } from './candidates.js';
import { normalize, type Mention, type MentionKind } from './mentions.js';
import { placeName, type PartName, type ReleasePart } from './releaseText.js';

/** One number in a release, and what it was traced to. */
export interface FigureTrace {
  part: PartName;
  /** Line within the part (the title and standfirst are one line). */
  line: number;
  text: string;
  kind: MentionKind;
  /** The template place that printed it: "templates/release.md.hbs:38". */
  template: string | null;
  status: 'traced' | 'fixed' | 'untraced';
  /** What it came from, in one line a person can check, or why it is fixed. */
  trace: string | null;
  /** The figure's path in the region's data. */
  source: string | null;
  /** Other figures that print the same, when there are any. */
  also: string[];
  /** Traced only to a percentage worked out from a small base. */
  smallBase: boolean;
  /** Part of a string from the data printed whole (a force name, a source note): house style does not apply. */
  inDataText: boolean;
  /** Offset in the part, for the lint. */
  offset: number;
}

/** Fixed text listed in a template's front matter (`fixedText: ["24/7"]`). */
export interface FixedList {
  file: string;
  texts: readonly string[];
}

/**
 * Matches every number in a release to the figure it came from: text from
 * `{{fixed …}}` or the template's `fixedText` list is fixed; a number inside
 * a data string printed whole (a source note, a force name with digits) is
 * part of that string; anything else must print exactly as a helper prints
 * one of the region's figures, or it is untraced.
 */
export function traceFigures(parts: readonly ReleasePart[], candidates: Candidates, fixedList: FixedList): FigureTrace[] {
  const traces: FigureTrace[] = [];
  for (const part of parts) {
    const fixedSpans = spans(part.text, fixedList.texts.map((text) => ({ source: text, text })));
    const dataSpans = spans(part.text, candidates.texts);
    for (const mention of part.mentions) {
      // Every trace made by one literal, in one shape (and its keys in the order audit.json has always had):
      // spreading a shared base into each cost more than the tracing.
      const trace = (status: FigureTrace['status'], description: string | null, source: string | null, also: string[] = [], smallBase = false, inDataText = false): FigureTrace => ({
        part: part.name,
        line: part.name === 'body' ? part.lineAt(mention.start) : 1,
        text: mention.text,
        kind: mention.kind,
        template: placeName(part.sourceAt(mention.start)),
        offset: mention.start,
        also,
        smallBase,
        inDataText,
        status,
        trace: description,
        source,
      });
      if (part.fixedAt(mention.start)) {
        traces.push(trace('fixed', 'fixed text: {{fixed}} in the template', null));
        continue;
      }
      const listed = fixedSpans.find((s) => covers(s, mention));
      if (listed) {
        traces.push(trace('fixed', `fixed text: "${listed.source}" is in fixedText in ${fixedList.file}`, null));
        continue;
      }
      const inData = dataSpans.find((s) => covers(s, mention));
      if (inData) {
        traces.push(trace('traced', `part of ${inData.source}, printed as in the data`, inData.source, [], false, true));
        continue;
      }
      const found = lookup(candidates, mention);
      if (found.length === 0) {
        traces.push(trace('untraced', null, null));
        continue;
      }
      const written = normalize(mention.text);
      const best = found.find((c) => normalize(c.printed) === written) ?? found[0]!;
      const also = [...new Set(found.map((c) => c.source).filter((s) => s !== best.source))];
      traces.push(trace('traced', describe(best), best.source, also, found.every((c) => c.smallBase)));
    }
  }
  return traces;
}

function lookup(candidates: Candidates, mention: Mention): Candidate[] {
  const [key, asCount] = lookupKeys(mention);
  const direct = candidates.index.get(key) ?? [];
  if (asCount !== undefined) return [...direct, ...(candidates.index.get(asCount) ?? [])];
  return direct;
}

/** The candidate keys `traceFigures` looks a mention up by: its own, and for a year also a count printed without a separator. */
export function lookupKeys(mention: Mention): [string] | [string, string] {
  if (mention.kind === 'year' && mention.value !== null) return [mention.key, `count:${mention.value}`];
  return [mention.key];
}

/** Every key the mentions of these parts are looked up by (what `regionCandidates` needs to make). */
export function wantedKeys(parts: readonly ReleasePart[]): Set<string> {
  const keys = new Set<string>();
  for (const part of parts) for (const mention of part.mentions) for (const key of lookupKeys(mention)) keys.add(key);
  return keys;
}

/** `offences.change.percent (2018/19 → 2019/20) = (247 − 131) ÷ 131 × 100 = 88.55, via perCent → "89 per cent"` */
export function describe(c: Candidate): string {
  const period = c.period ? ` (${c.period})` : '';
  const value = c.formula ?? c.input;
  return `${c.source}${period} = ${value}, via ${c.helper} → "${c.printed}"`;
}

interface Span {
  source: string;
  start: number;
  end: number;
}

/** Every place each text appears whole. */
function spans(text: string, texts: ReadonlyArray<{ source: string; text: string }>): Span[] {
  const out: Span[] = [];
  for (const { source, text: needle } of texts) {
    if (!needle) continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push({ source, start: at, end: at + needle.length });
  }
  return out;
}

function covers(span: Span, mention: Mention): boolean {
  return span.start <= mention.start && mention.end <= span.end;
}
