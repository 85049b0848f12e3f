import type {} from 'handlebars'; // brings in the global `hbs` AST types
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { closestName } from '../validate/names.js';
import { filePosition, type TemplatePiece } from './piece.js';
import { elementShape, type Shape } from './shape.js';

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

/** Handlebars' own helpers that patchpress allows. */
export const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;
const CONTEXT_CHANGING = new Set(['each', 'with']);

export interface CheckEnvironment {
  helpers: ReadonlySet<string>;
  partials: ReadonlyMap<string, TemplatePiece>;
}

interface Scope {
  shape: Shape;
  blockParams: Map<string, Shape>;
}

/**
 * Checks every field path, helper name and partial name of a template against
 * the data it will be given, before anything is rendered. Handlebars' strict
 * mode would catch only some of these (not names used in #if, #each or helper
 * arguments), and only when a region happens to reach them.
 */
export function checkPiece(piece: TemplatePiece, root: Shape, env: CheckEnvironment): Diagnostic[] {
  const checker = new Checker(env);
  checker.program(piece, piece.ast, [{ shape: root, blockParams: new Map() }], []);
  return checker.diagnostics;
}

/** Partial uses checked per template piece; real templates use a few dozen. */
const MAX_PARTIAL_EXPANSIONS = 2000;

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly reported = new Set<string>();
  private expansions = 0;

  constructor(private readonly env: CheckEnvironment) {}

  program(piece: TemplatePiece, program: hbs.AST.Program, scopes: Scope[], partialStack: string[]): void {
    for (const statement of program.body) this.statement(piece, statement, scopes, partialStack);
  }

  private statement(piece: TemplatePiece, node: hbs.AST.Statement, scopes: Scope[], partialStack: string[]): void {
    switch (node.type) {
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        this.call(piece, m, scopes, m.params.length > 0 || m.hash?.pairs.length > 0);
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = pathName(b.path);
        if (name === null || !this.env.helpers.has(name)) {
          const hint = name && this.isField(b.path as hbs.AST.PathExpression, scopes) ? `use {{#with ${name}}} or {{#if ${name}}}` : this.helperHint(name ?? '');
          this.report(piece, b, `{{#${name ?? '…'}}} is not a block helper`, hint);
          return;
        }
        this.args(piece, b, scopes);
        let inner = scopes;
        if (CONTEXT_CHANGING.has(name) && b.params[0]) {
          const target = this.resolve(piece, b.params[0], scopes);
          const shape = name === 'each' ? elementShape(target) : target;
          const blockParams = new Map<string, Shape>();
          const [first, second] = b.program?.blockParams ?? [];
          if (first) blockParams.set(first, shape);
          if (second) blockParams.set(second, { kind: 'value' });
          inner = [...scopes, { shape: first ? scopes.at(-1)!.shape : shape, blockParams }];
        }
        if (b.program) this.program(piece, b.program, inner, partialStack);
        if (b.inverse) this.program(piece, b.inverse, scopes, partialStack);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const p = node as hbs.AST.PartialStatement;
        this.partial(piece, p, scopes, partialStack);
        if (node.type === 'PartialBlockStatement') this.program(piece, (node as hbs.AST.PartialBlockStatement).program, scopes, partialStack);
        return;
      }
      case 'DecoratorBlock':
      case 'Decorator':
        this.report(piece, node, 'decorators are not supported');
        return;
      default:
        return; // content and comments
    }
  }

  private partial(piece: TemplatePiece, p: hbs.AST.PartialStatement, scopes: Scope[], partialStack: string[]): void {
    const name = partialName(p.name);
    if (name === null) {
      this.report(piece, p, 'partial names must be written out, not computed');
      return;
    }
    if (/[\\/]|^\.|\.\./.test(name)) {
      this.report(piece, p, `partial \`${name}\` points outside the partials folder`, 'name a partial by its file name in templates/partials/, without folders, e.g. {{> lead}}');
      return;
    }
    const target = this.env.partials.get(name);
    if (!target) {
      const guess = closestName(name, this.env.partials.keys());
      this.report(piece, p, `unknown partial \`${name}\` (partials: ${[...this.env.partials.keys()].join(', ') || 'none'})`, guess ? `did you mean \`${guess}\`?` : 'partials are the files in templates/partials/');
      return;
    }
    if (partialStack.includes(name)) {
      this.report(piece, p, `partial \`${name}\` includes itself (${[...partialStack, name].join(' → ')})`, 'a partial cannot use itself, directly or through another');
      return;
    }
    // Each use is checked in its own context, so a partial used twice by a
    // partial used twice … is checked 2^n times: stop a template that
    // multiplies itself before it takes the run down with it.
    this.expansions += 1;
    if (this.expansions > MAX_PARTIAL_EXPANSIONS) {
      if (this.expansions === MAX_PARTIAL_EXPANSIONS + 1) {
        this.report(piece, p, `partials here expand into more than ${MAX_PARTIAL_EXPANSIONS} copies`, 'a partial that uses other partials many times over multiplies: simplify the nesting');
      }
      return;
    }
    for (const param of p.params) this.expression(piece, param, scopes);
    for (const pair of p.hash?.pairs ?? []) this.expression(piece, pair.value, scopes);
    const contextShape = p.params[0] ? this.resolve(piece, p.params[0], scopes) : scopes.at(-1)!.shape;
    const hashFields = new Map((p.hash?.pairs ?? []).map((pair): [string, Shape] => [pair.key, { kind: 'empty' }]));
    const shape: Shape = contextShape.kind === 'object' ? { kind: 'object', fields: new Map([...contextShape.fields, ...hashFields]) } : contextShape;
    this.program(target, target.ast, [...scopes, { shape, blockParams: new Map() }], [...partialStack, name]);
  }

  /** `{{name}}`, `{{helper args}}` or `{{helper}}`. */
  private call(piece: TemplatePiece, node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, scopes: Scope[], hasArgs: boolean): void {
    const name = pathName(node.path);
    if (name !== null && this.env.helpers.has(name)) {
      this.args(piece, node, scopes);
      return;
    }
    if (hasArgs || node.type === 'SubExpression') {
      this.report(piece, node, `unknown helper \`${name ?? '…'}\``, this.helperHint(name ?? ''));
      return;
    }
    this.expression(piece, node.path, scopes);
  }

  private args(piece: TemplatePiece, node: { params: Expression[]; hash: hbs.AST.Hash }, scopes: Scope[]): void {
    for (const param of node.params) this.expression(piece, param, scopes);
    for (const pair of node.hash?.pairs ?? []) this.expression(piece, pair.value, scopes);
  }

  private expression(piece: TemplatePiece, node: Expression, scopes: Scope[]): void {
    if (node.type === 'SubExpression') this.call(piece, node as hbs.AST.SubExpression, scopes, true);
    else if (node.type === 'PathExpression') this.resolve(piece, node, scopes);
  }

  private isField(path: hbs.AST.PathExpression, scopes: Scope[]): boolean {
    const top = scopes.at(-1)!.shape;
    return top.kind === 'object' && top.fields.has(path.parts[0] ?? '');
  }

  /** The shape a path points at; reports it when it points at nothing. */
  private resolve(piece: TemplatePiece, node: Expression, scopes: Scope[]): Shape {
    if (node.type === 'SubExpression') {
      this.call(piece, node as hbs.AST.SubExpression, scopes, true);
      return { kind: 'empty' };
    }
    if (node.type !== 'PathExpression') return { kind: 'value' };
    const path = node as hbs.AST.PathExpression;
    if (path.data) {
      if (path.parts[0] !== 'root') return { kind: 'value' };
      return this.walk(piece, path, scopes[0]!.shape, path.parts.slice(1), '@root');
    }
    const scope = scopes[scopes.length - 1 - path.depth];
    if (!scope) {
      this.report(piece, path, `\`${path.original}\` climbs above the top of the data`);
      return { kind: 'empty' };
    }
    const [first, ...rest] = path.parts;
    const explicitThis = /^(this|\.)(\.|\/|$)/.test(path.original);
    if (first !== undefined && !explicitThis && path.depth === 0) {
      for (let i = scopes.length - 1; i >= 0; i--) {
        const bound = scopes[i]!.blockParams.get(first);
        if (bound) return this.walk(piece, path, bound, rest, first);
      }
    }
    return this.walk(piece, path, scope.shape, path.parts, '');
  }

  private walk(piece: TemplatePiece, path: hbs.AST.PathExpression, start: Shape, parts: readonly string[], prefix: string): Shape {
    let shape = start;
    const walked: string[] = prefix ? [prefix] : [];
    for (const part of parts) {
      if (shape.kind === 'empty') return shape;
      if (shape.kind === 'array') {
        if (part === 'length') return { kind: 'value' };
        if (/^\d+$/.test(part)) {
          shape = shape.element ?? { kind: 'empty' };
          walked.push(part);
          continue;
        }
      }
      if (shape.kind !== 'object') {
        this.report(piece, path, `\`${walked.join('.')}\` is a ${shape.kind === 'array' ? 'list' : 'value'} and has no field \`${part}\``);
        return { kind: 'empty' };
      }
      const next = shape.fields.get(part);
      if (!next) {
        const here = walked.length ? `fields of \`${walked.join('.')}\`` : 'fields here';
        const names = [...shape.fields.keys()];
        const guess = closestName(part, names);
        this.report(piece, path, `unknown field \`${[...walked, part].join('.')}\` (${here}: ${names.join(', ')})`, guess ? `did you mean \`${[...walked, guess].join('.')}\`?` : undefined);
        return { kind: 'empty' };
      }
      walked.push(part);
      shape = next;
    }
    return shape;
  }

  private helperHint(name: string): string {
    const guess = closestName(name, this.env.helpers);
    return guess ? `did you mean \`${guess}\`?` : `helpers: ${[...this.env.helpers].join(', ')}`;
  }

  private report(piece: TemplatePiece, node: Node, message: string, hint?: string): void {
    const pos = filePosition(piece, node.loc?.start ?? { line: 1, column: 0 });
    const key = `${piece.file}:${pos.line}:${pos.column}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(error(piece.file, message, { ...pos, ...(hint ? { hint } : {}) }));
  }
}

/** `{{> lead}}` and `{{> "lead"}}` name a partial; `{{> (lookup …)}}` computes one. */
function partialName(node: hbs.AST.PathExpression | hbs.AST.SubExpression): string | null {
  if (node.type === 'PathExpression') return (node as hbs.AST.PathExpression).original;
  const literal = node as unknown as { type: string; value?: unknown };
  return literal.type === 'StringLiteral' && typeof literal.value === 'string' ? literal.value : null;
}

function pathName(node: Expression): string | null {
  if (node.type !== 'PathExpression') return null;
  const path = node as hbs.AST.PathExpression;
  return path.data || path.depth > 0 || path.parts.length !== 1 ? null : (path.parts[0] ?? null);
}
