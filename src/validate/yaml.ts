import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { error, type Diagnostic } from '../errors/diagnostic.js';

/** A parsed YAML document that can say where each value came from. */
export interface ParsedYaml {
  value: unknown;
  /** 1-based line (in the whole file) of the deepest node found along `path`. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Line and 1-based column of the first character of a scalar's text (inside its quotes). */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/** Keys that would reach Object.prototype when copied into a plain object. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Aliases allowed per document: ordinary files use a handful; a "billion laughs" uses thousands. */
const MAX_ALIAS_COUNT = 50;

/**
 * Plain (unquoted) values that YAML 1.1 readers, spreadsheets or the YAML 1.2
 * core schema would turn into something else: leading-zero phone numbers lose
 * their zero, 12:30 becomes 750 in YAML 1.1, dates become Date objects.
 */
const AMBIGUOUS_PLAIN: ReadonlyArray<{ test: RegExp; what: string }> = [
  { test: /^[+]?0\d[\d ]*$/, what: 'a number with a leading zero' },
  { test: /^\+\d[\d ]+$/, what: 'a phone number' },
  { test: /^\d{1,2}:\d{2}(:\d{2})?$/, what: 'a time' },
  { test: /^\d{4}-\d{2}-\d{2}([Tt ].*)?$/, what: 'a date' },
];

/**
 * Parses YAML 1.2 text. `lineOffset` is how many lines of the file come before
 * the text (front matter starts on line 2). Every problem is returned, none thrown.
 */
export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { parsed: ParsedYaml | null; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    lineCounter,
    // The library compares each key with every earlier one of its map: minutes
    // for a contacts file of 50,000 forces. Duplicates are found below with a Set.
    uniqueKeys: false,
    prettyErrors: true,
  });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + lineOffset;
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const line = e.linePos ? e.linePos[0].line + lineOffset : undefined;
    const message = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^[^\s:]+|^"[^"]*"|^'[^']*'/.exec(text.slice(e.pos[0]))?.[0] ?? '';
      diagnostics.push(error(file, `YAML: the key \`${key}\` appears twice in the same map`, { ...(line === undefined ? {} : { line }), hint: 'keep one of them' }));
      continue;
    }
    diagnostics.push(error(file, `YAML: ${message}`, line === undefined ? {} : { line }));
  }
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          const offset = key.range?.[0];
          const written = offset === undefined ? String(key.value) : (/^[^\s:]+|^"[^"]*"|^'[^']*'/.exec(text.slice(offset))?.[0] ?? '');
          diagnostics.push(error(file, `YAML: the key \`${written}\` appears twice in the same map`, { ...(offset === undefined ? {} : { line: lineAt(offset) }), hint: 'keep one of them' }));
        }
        seen.add(key.value);
      }
    },
  });
  if (diagnostics.length) return { parsed: null, diagnostics };

  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && FORBIDDEN_KEYS.has(String(key.value))) {
        diagnostics.push(
          error(file, `the key \`${String(key.value)}\` is not allowed`, {
            line: key.range ? lineAt(key.range[0]) : undefined,
            hint: 'rename it: it would change how every object behaves',
          }),
        );
      }
    },
    Scalar(_, node) {
      const line = node.range ? lineAt(node.range[0]) : undefined;
      const source = String(node.source);
      const problem = ambiguity(node);
      if (problem) {
        diagnostics.push(
          error(file, `unquoted value \`${source}\` reads as ${problem}: quote this value`, {
            line,
            hint: `write "${source}" so every reader keeps it as written`,
          }),
        );
        return;
      }
      const rewritten = rewrittenNumber(node);
      if (rewritten !== null) {
        diagnostics.push(
          error(file, `unquoted value \`${source}\` reads as the number ${rewritten}: quote this value, or write the number plainly`, {
            line,
            hint: `write ${/^-?\d+(\.\d+)?$/.test(rewritten) ? rewritten : 'a plain number such as 12 or 12.5'}, or "${source}" in quotes to keep it as text`,
          }),
        );
      }
    },
  });
  if (diagnostics.length) return { parsed: null, diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const line = firstAliasLine(doc, lineAt);
    return {
      parsed: null,
      diagnostics: [
        error(file, `YAML: too many aliases (more than ${MAX_ALIAS_COUNT})`, {
          ...(line === undefined ? {} : { line }),
          hint: 'write the values out instead of repeating them with *aliases',
        }),
      ],
    };
  }
  const locate = (path: readonly PropertyKey[]): { line: number; column: number } | undefined => {
    const node = doc.getIn(path as PropertyKey[], true);
    if (!isScalar(node) || !node.range) return undefined;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    const pos = lineCounter.linePos(node.range[0] + quoted);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const keyIndex = new WeakMap<object, Map<string, Pair>>();
  return { parsed: { value, lineOf: (path) => lineOfPath(doc, path, lineAt, keyIndex), locate }, diagnostics };
}

/**
 * The number a plain scalar is read as, when it does not print back as
 * written: `0x1F` (31), `1e3` (1000), `+12`, `12.50`, `.inf`, `.nan`.
 */
function rewrittenNumber(node: Scalar): string | null {
  if (node.type !== 'PLAIN' || typeof node.value !== 'number' || typeof node.source !== 'string') return null;
  const printed = Object.is(node.value, -0) ? '-0' : String(node.value);
  return printed === node.source ? null : printed;
}

function firstAliasLine(doc: Document, lineAt: (offset: number) => number): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = lineAt(node.range[0]);
      return visit.BREAK;
    },
  });
  return line;
}

function ambiguity(node: Scalar): string | null {
  if (node.type !== 'PLAIN' || typeof node.source !== 'string') return null;
  return AMBIGUOUS_PLAIN.find((a) => a.test.test(node.source as string))?.what ?? null;
}

/**
 * Walks `path` down the document as far as it exists. A scalar points at its
 * value; a map or list at the key that opens it, which is where people look.
 */
function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
  keyIndex: WeakMap<object, Map<string, Pair>>,
): number | undefined {
  let node: unknown = doc.contents;
  let found: Node | null | undefined = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      // Indexed once per map: a contacts file of 50,000 forces asks for every key's line.
      let index = keyIndex.get(node);
      if (!index) {
        index = new Map();
        for (const p of node.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
        keyIndex.set(node, index);
      }
      const pair = index.get(String(key));
      if (!pair) break;
      node = pair.value;
      found = (isScalar(node) ? node : pair.key) as Node;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      found = node as Node;
    } else {
      break;
    }
  }
  const range = found?.range;
  return range ? lineAt(range[0]) : undefined;
}
