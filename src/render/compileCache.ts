import type Handlebars from 'handlebars';
import type {} from 'handlebars'; // brings in the global `hbs` AST types

/**
 * Compiled templates kept from one build to the next in a long-lived process
 * (the live preview), by the text they were parsed from: a save that changes
 * one template recompiles that template and nothing else. Compiling was a
 * third of a rebuild of the example campaign.
 *
 * What is kept is Handlebars' template specification (the generated
 * functions), not a template bound to one Handlebars instance: each build
 * binds it to its own instance and helpers, so nothing of one build's
 * helpers or partials leaks into the next.
 */
export interface CompileCache {
  /** The specification for `key`, compiled by `compile` when not kept yet. */
  spec(key: string, compile: () => TemplateSpecification): TemplateSpecification;
  /** How many specifications are kept (for tests). */
  readonly size: number;
}

/** Handlebars' precompiled template: an object of generated functions (its typings keep the name to themselves). */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Enough for every piece of a large template set twice over (as written and marked for the audit). */
const DEFAULT_CAPACITY = 2000;

/** A cache that forgets the least recently used specification past `capacity`, so a day of edits stays small. */
export function createCompileCache(capacity = DEFAULT_CAPACITY): CompileCache {
  const kept = new Map<string, TemplateSpecification>();
  return {
    spec(key, compile) {
      const hit = kept.get(key);
      if (hit) {
        // Map order is insertion order: put it back at the end as the most recently used.
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const made = compile();
      kept.set(key, made);
      if (kept.size > capacity) kept.delete(kept.keys().next().value!);
      return made;
    },
    get size() {
      return kept.size;
    },
  };
}

/**
 * What `Handlebars.compile` does on first use, done now: the compiler and the
 * JavaScript compiler. Whitespace control is not run again: the piece's AST
 * is `Handlebars.parse`'s, which already ran it, as `compile` on the source
 * text would have, once. (A second pass is not a no-op: it can take a line
 * break a first pass left, and with the audit's markers in the AST it takes
 * different ones, so the marked render would not equal the release.)
 * Handlebars' typings do not list the two compiler classes, though every
 * build of it has them.
 */
export function compileSpec(hb: typeof Handlebars, ast: hbs.AST.Program, options: CompileOptions): TemplateSpecification {
  const internals = hb as unknown as HandlebarsCompilers;
  const withData = { data: true, ...options };
  const environment = new internals.Compiler().compile(ast, withData);
  return new internals.JavaScriptCompiler().compile(environment, withData, undefined, true);
}

export type CompileOptions = CompileOptionsOf<typeof Handlebars.compile>;
type CompileOptionsOf<F> = F extends (input: never, options?: infer O) => unknown ? NonNullable<O> : never;

interface HandlebarsCompilers {
  Compiler: new () => { compile(ast: hbs.AST.Program, options: CompileOptions): unknown };
  JavaScriptCompiler: new () => { compile(environment: unknown, options: CompileOptions, context: undefined, asObject: true): TemplateSpecification };
}
