import type {} from 'handlebars'; // brings in the global `hbs` AST types
import { filePosition, type TemplatePiece } from './piece.js';
import { countAtOrBelow } from './sortedCount.js';

/**
 * Source markers: how the audit knows which template line wrote each
 * character of a release, and which way each `{{#if}}` went.
 *
 * A marked copy of a template has an invisible marker (characters from the
 * Unicode private use area) before every piece of text, every `{{…}}` and
 * every block, and at the start of every branch. Rendering the marked copy
 * with the same data gives the release with markers in it; reading the
 * markers back gives, for every non-whitespace character, the file and line
 * it was written by. Whitespace is left out on purpose: the release's own
 * render tidies blank lines and spaces, but never adds, drops or reorders a
 * visible character, so the n-th visible character of the tidy release is
 * the n-th visible character of the marked one.
 *
 * A release is rendered once, from the marked copy: the text a newsroom
 * gets is that render with the markers taken out, so the audit reads the
 * very render that was written (see tidyMarked for how tidying keeps the
 * markers in place). Markers cannot come from the input: every file read is
 * refused if it holds one of their characters (load/readSourceFile.ts).
 */

const LOCATION = ['\uE000', '\uE001'] as const;
const FIXED = ['\uE002', '\uE003'] as const;
const BRANCH = ['\uE004', '\uE005'] as const;
const ANY_MARKER = /\uE000([0-9a-z]+)\uE001|\uE002|\uE003|\uE004([0-9a-z]+):([vte])\uE005/g;

/** A place in a template file: 1-based line and column. */
export interface SourcePoint {
  file: string;
  line: number;
  column: number;
}

/** A `{{#if}}`, `{{#unless}}`, `{{#each}}` or `{{#with}}` block, or an `{{else if}}` in a chain. */
export interface BranchPoint extends SourcePoint {
  /** The block as written: `#if (eq offences.change.direction "up")`, `else if offences.change.smallBase`. */
  label: string;
}

/** Which way a block went: reached at all, its first branch, its `{{else}}`. */
export type BranchWay = 'visit' | 'then' | 'else';

/** What the markers of one marked template set stand for; marker ids index these lists. */
export interface SourceTable {
  points: SourcePoint[];
  branches: BranchPoint[];
}

export function createSourceTable(): SourceTable {
  return { points: [], branches: [] };
}

/** A copy of the piece with markers in it; the piece itself is left as it was. */
export function markPiece(piece: TemplatePiece, table: SourceTable): TemplatePiece {
  // Marker ids count on from the table's lists: the same piece marked from the same ids is the same marked piece.
  const source = piece.source === undefined ? undefined : `${piece.source}\nmarked from ${table.points.length},${table.branches.length}`;
  const ast = structuredClone(piece.ast);
  new Marker(piece, table).program(ast, false);
  const { source: _unmarked, ...rest } = piece;
  return source === undefined ? { ...rest, ast } : { ...rest, ast, source };
}

type Statement = hbs.AST.Statement;

class Marker {
  constructor(
    private readonly piece: TemplatePiece,
    private readonly table: SourceTable,
  ) {}

  /** `elseIf`: this program is the `{{else if …}}` part of a chain; its block is labelled so. */
  program(program: hbs.AST.Program, elseIf: boolean): void {
    // Only Handlebars' whitespace pass reads `chained` (a chained {{else if}}
    // must be the first statement of its program), and it has run already
    // (compileSpec does not run it again); unchained, the markers may go first.
    (program as { chained?: boolean }).chained = false;
    const body: Statement[] = [];
    for (const node of program.body) {
      switch (node.type) {
        case 'ContentStatement':
          body.push(...this.content(node as hbs.AST.ContentStatement));
          break;
        case 'MustacheStatement': {
          const mustache = node as hbs.AST.MustacheStatement;
          body.push(this.location(mustache.loc.start));
          if (isFixedCall(mustache)) body.push(text(FIXED[0]), mustache, text(FIXED[1]));
          else body.push(mustache);
          break;
        }
        case 'BlockStatement': {
          const block = node as hbs.AST.BlockStatement;
          const id = this.branch(block, elseIf);
          body.push(this.location(block.loc.start), text(branchMarker(id, 'visit')), block);
          const chained = Boolean((block.inverse as { chained?: boolean } | undefined)?.chained);
          if (block.program) {
            this.program(block.program, false);
            block.program.body.unshift(text(branchMarker(id, 'then')));
          }
          if (block.inverse) {
            this.program(block.inverse, chained);
            block.inverse.body.unshift(text(branchMarker(id, 'else')));
          }
          break;
        }
        case 'PartialStatement':
          body.push(this.location(node.loc.start), node);
          break;
        case 'PartialBlockStatement':
          this.program((node as hbs.AST.PartialBlockStatement).program, false);
          body.push(this.location(node.loc.start), node);
          break;
        default:
          body.push(node); // comments
      }
    }
    program.body = body;
  }

  /** Text, one marker per line, so a figure typed on line 12 of a paragraph is placed on line 12. */
  private content(node: hbs.AST.ContentStatement): Statement[] {
    const value = node.value;
    // Handlebars' types call `original` strip flags; on a ContentStatement it is the text as written.
    const original = node.original as unknown as string;
    if (!value) return [node];
    // Whitespace control may have trimmed the start of `value`; count the
    // lines it dropped so the lines that remain keep their numbers.
    const skipped = Math.max(0, original.indexOf(value));
    const dropped = original.slice(0, skipped);
    const droppedLines = dropped.split('\n').length - 1;
    let line = node.loc.start.line + droppedLines;
    let column = droppedLines === 0 ? node.loc.start.column + skipped : skipped - dropped.lastIndexOf('\n') - 1;
    const out: Statement[] = [];
    value.split('\n').forEach((part, i) => {
      if (i > 0) {
        out.push(text('\n'));
        line += 1;
        column = 0;
      }
      if (part) out.push(this.location({ line, column }), text(part));
    });
    return out;
  }

  private location(loc: { line: number; column: number }): Statement {
    const id = this.table.points.push({ file: this.piece.file, ...filePosition(this.piece, loc) }) - 1;
    return text(`${LOCATION[0]}${id.toString(36)}${LOCATION[1]}`);
  }

  private branch(block: hbs.AST.BlockStatement, elseIf: boolean): number {
    const label = `${elseIf ? 'else ' : '#'}${printCall(block.path, block.params, block.hash)}`;
    return this.table.branches.push({ file: this.piece.file, ...filePosition(this.piece, block.loc.start), label }) - 1;
  }
}

function text(value: string): hbs.AST.ContentStatement {
  const loc = { source: '', start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return { type: 'ContentStatement', value, original: value, loc } as unknown as hbs.AST.ContentStatement;
}

function branchMarker(id: number, way: BranchWay): string {
  return `${BRANCH[0]}${id.toString(36)}:${way[0]}${BRANCH[1]}`;
}

function isFixedCall(node: hbs.AST.MustacheStatement): boolean {
  return node.path.type === 'PathExpression' && (node.path as hbs.AST.PathExpression).original === 'fixed';
}

/** An expression as a template author wrote it, for labels: `eq offences.change.direction "up"`. */
export function printCall(path: hbs.AST.Expression, params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined): string {
  const parts = [printExpression(path), ...params.map(printExpression), ...(hash?.pairs ?? []).map((p) => `${p.key}=${printExpression(p.value)}`)];
  return parts.join(' ');
}

function printExpression(node: hbs.AST.Expression): string {
  switch (node.type) {
    case 'PathExpression':
      return (node as hbs.AST.PathExpression).original;
    case 'SubExpression': {
      const sub = node as hbs.AST.SubExpression;
      return `(${printCall(sub.path, sub.params, sub.hash)})`;
    }
    case 'StringLiteral':
      return JSON.stringify((node as hbs.AST.StringLiteral).value);
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return String((node as hbs.AST.NumberLiteral).value);
    default:
      return node.type === 'NullLiteral' ? 'null' : 'undefined';
  }
}

/** A marked render read back: the text, and where each visible character came from. */
export interface TracedText {
  /** The output with the markers taken out. */
  text: string;
  /**
   * Where the visible (non-whitespace) characters of `text` came from, as
   * runs written from one template place: run i starts at the visible
   * character `runs.starts[i]` (counting from 0), and lasts to the next run.
   */
  runs: SourceRuns;
  /** Branch id (an index into the table's `branches`) → the ways it went. */
  branches: Map<number, Set<BranchWay>>;
}

export interface SourceRuns {
  starts: number[];
  /** The template place that wrote the run. */
  sources: Array<SourcePoint | null>;
  /** Whether the run is inside a `{{fixed …}}`. */
  fixed: boolean[];
}

const WAYS: Readonly<Record<string, BranchWay>> = { v: 'visit', t: 'then', e: 'else' };

export function readMarkers(marked: string, table: SourceTable): TracedText {
  const runs: SourceRuns = { starts: [], sources: [], fixed: [] };
  const branches = new Map<number, Set<BranchWay>>();
  let source: SourcePoint | null = null;
  let fixedDepth = 0;
  let visible = 0;
  let last = 0;
  const pieces: string[] = [];
  const take = (chunk: string): void => {
    pieces.push(chunk);
    // UTF-16 code units, as `provenance` counts them.
    let count = 0;
    for (let i = 0; i < chunk.length; i++) if (!isWhiteSpace(chunk.charCodeAt(i))) count++;
    if (count === 0) return;
    const n = runs.starts.length - 1;
    const fixed = fixedDepth > 0;
    // A new run only where the place (or fixedness) changes: most markers are followed by text from the same place.
    if (n < 0 || runs.sources[n] !== source || runs.fixed[n] !== fixed) {
      runs.starts.push(visible);
      runs.sources.push(source);
      runs.fixed.push(fixed);
    }
    visible += count;
  };
  for (const match of marked.matchAll(ANY_MARKER)) {
    take(marked.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] !== undefined) source = table.points[parseInt(match[1], 36)] ?? null;
    else if (match[0] === FIXED[0]) fixedDepth += 1;
    else if (match[0] === FIXED[1]) fixedDepth = Math.max(0, fixedDepth - 1);
    else if (match[2] !== undefined && match[3] !== undefined) {
      const id = parseInt(match[2], 36);
      const ways = branches.get(id) ?? new Set<BranchWay>();
      ways.add(WAYS[match[3]]!);
      branches.set(id, ways);
    }
  }
  take(marked.slice(last));
  return { text: pieces.join(''), runs, branches };
}

/** The text a marked render stands for: every marker taken out. */
export function withoutMarkers(marked: string): string {
  return marked.replace(ANY_MARKER, '');
}

/**
 * `tidy` applied to the text of a marked render, with the markers put back:
 * each straight after the visible character it followed (so before any
 * whitespace that `tidy` left there). Taking the markers out again gives
 * exactly `tidy(withoutMarkers(marked))`, and each visible character keeps
 * the marker that placed it. This is how a quote, a headline or a standfirst
 * is tidied before the body prints it: tidying the marked text itself would
 * leave spaces and line breaks that a marker stood between.
 *
 * `tidy` may change whitespace only; a visible character changed is a bug.
 */
export function tidyMarked(marked: string, tidy: (text: string) => string): string {
  if (!hasMarkers(marked)) return tidy(marked);
  const tidied = tidy(withoutMarkers(marked));
  const out: string[] = [];
  let at = 0; // in tidied: just past the last visible character matched
  let copied = 0;
  const match = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const code = marked.charCodeAt(i);
      if (isWhiteSpace(code)) continue;
      while (at < tidied.length && isWhiteSpace(tidied.charCodeAt(at))) at++;
      if (tidied.charCodeAt(at) !== code) throw new Error('tidyMarked: tidying changed a visible character');
      at++;
    }
  };
  let last = 0;
  for (const marker of marked.matchAll(ANY_MARKER)) {
    match(last, marker.index);
    out.push(tidied.slice(copied, at), marker[0]);
    copied = at;
    last = marker.index + marker[0].length;
  }
  match(last, marked.length);
  for (let i = at; i < tidied.length; i++) if (!isWhiteSpace(tidied.charCodeAt(i))) throw new Error('tidyMarked: tidying added a visible character');
  out.push(tidied.slice(copied));
  return out.join('');
}

/** Where the text at an offset of a tidied output came from. */
export interface Provenance {
  source: SourcePoint | null;
  fixed: boolean;
}

/**
 * For a release as written (tidied), a lookup from an offset to the template
 * place that wrote the character there; null when the release's visible
 * characters do not match the marked render's, which would be a bug.
 */
export function provenance(output: string, traced: TracedText): ((offset: number) => Provenance) | null {
  // One pass: compare the visible characters of both, and number those of the output.
  const indexAt = new Int32Array(output.length);
  const other = traced.text;
  let j = 0;
  let n = 0;
  for (let i = 0; i < output.length; i++) {
    indexAt[i] = n;
    const code = output.charCodeAt(i);
    if (isWhiteSpace(code)) continue;
    while (j < other.length && isWhiteSpace(other.charCodeAt(j))) j++;
    if (j >= other.length || other.charCodeAt(j) !== code) return null;
    j++;
    n++;
  }
  while (j < other.length && isWhiteSpace(other.charCodeAt(j))) j++;
  if (j < other.length) return null;
  const { starts, sources, fixed } = traced.runs;
  return (offset) => {
    if (output.length === 0) return { source: null, fixed: false };
    const k = indexAt[Math.min(Math.max(offset, 0), output.length - 1)]!;
    // Past the last visible character (trailing whitespace): written by no place.
    if (k >= n) return { source: null, fixed: false };
    // The last run starting at or before k.
    const run = countAtOrBelow(starts, k) - 1;
    return run < 0 ? { source: null, fixed: false } : { source: sources[run] ?? null, fixed: fixed[run] ?? false };
  };
}

/**
 * What `/\s/` matches (ECMAScript white space and line terminators), by code
 * unit: testing a regular expression on each character of every release was
 * a tenth of the audit's time.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279
  );
}

/** Whether text holds one of the characters markers are made of: a render from unmarked templates holds none. */
function hasMarkers(text: string): boolean {
  return /[\uE000-\uE005]/.test(text);
}
