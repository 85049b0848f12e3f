import Handlebars from 'handlebars';
import { error, HelperError, type Diagnostic } from '../errors/diagnostic.js';
import { compileSpec, type CompileCache } from './compileCache.js';
import { createHelpers, HELPER_NAMES, type HelperConfig } from './helpers/index.js';
import { filePosition, type TemplatePiece } from './piece.js';

/** A rendering problem with the data (a helper given a missing figure), placed in its template. */
class RenderFailure extends Error {
  constructor(
    message: string,
    readonly hint: string | undefined,
    public loc: { line: number; column: number } | undefined,
    public piece: TemplatePiece | undefined,
  ) {
    super(message);
  }
}

export type Escaping = 'markdown' | 'html';

/**
 * One Handlebars instance per run, never the shared global one: helpers and
 * partials registered here are seen by no other campaign.
 */
export interface Renderer {
  /** Renders a piece; a problem with the data comes back as a diagnostic naming `subject` (the region). */
  render(piece: TemplatePiece, context: unknown, escaping: Escaping, subject: string): { text: string } | { diagnostic: Diagnostic };
}

/** `cache`: compiled templates kept between builds (the preview's); pieces with a `source` are looked up in it. */
export function createRenderer(partials: ReadonlyMap<string, TemplatePiece>, config: HelperConfig, cache?: CompileCache): Renderer {
  const hb = Handlebars.create();
  const knownHelpers = Object.fromEntries(HELPER_NAMES.map((name) => [name, true]));
  for (const [name, helper] of Object.entries(createHelpers(config))) hb.registerHelper(name, placeHelperErrors(helper));

  const compiled = new Map<TemplatePiece, Handlebars.TemplateDelegate>();
  const compile = (piece: TemplatePiece, escaping: Escaping): Handlebars.TemplateDelegate => {
    let fn = compiled.get(piece);
    if (!fn) {
      const options = { strict: true, knownHelpersOnly: true, knownHelpers, noEscape: escaping === 'markdown' };
      const source = piece.source;
      const spec = (): ReturnType<typeof compileSpec> => compileSpec(hb, piece.ast, options);
      fn = hb.template(cache && source !== undefined ? cache.spec(`${escaping}\n${source}`, spec) : spec());
      compiled.set(piece, fn);
    }
    return fn;
  };
  for (const [name, piece] of partials) {
    const partial = (context: unknown, options: Handlebars.RuntimeOptions): string => {
      try {
        return compile(piece, 'markdown')(context, options);
      } catch (cause) {
        throw placed(cause, piece);
      }
    };
    hb.registerPartial(name, partial as unknown as Handlebars.Template);
  }

  return {
    render(piece, context, escaping, subject) {
      try {
        return { text: compile(piece, escaping)(context) };
      } catch (cause) {
        const failure = placed(cause, piece);
        const where = failure.piece ?? piece;
        const pos = failure.loc ? filePosition(where, failure.loc) : { line: where.line };
        return { diagnostic: error(where.file, `${subject}: ${failure.message}`, { ...pos, ...(failure.hint ? { hint: failure.hint } : {}) }) };
      }
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- helpers take any values; see createHelpers.
function placeHelperErrors(helper: (...args: any[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return helper.apply(this, args);
    } catch (cause) {
      if (!(cause instanceof HelperError)) throw cause;
      const options = args.at(-1) as { loc?: { start: { line: number; column: number } } } | undefined;
      throw new RenderFailure(cause.message, cause.hint, options?.loc?.start, undefined);
    }
  };
}

/** Gives a failure the innermost template piece it happened in, keeping one already given. */
function placed(cause: unknown, piece: TemplatePiece): RenderFailure {
  if (cause instanceof RenderFailure) {
    cause.piece ??= piece;
    return cause;
  }
  // Handlebars' strict mode: `"x" not defined in [object Object] - 3:7`.
  const e = cause as { message?: string; lineNumber?: number; column?: number };
  const strict = /^"(.+)" not defined in/.exec(e.message ?? '');
  if (strict && e.lineNumber !== undefined) {
    return new RenderFailure(`field \`${strict[1]}\` has no value here`, 'guard it with {{#if …}} or check the data', { line: e.lineNumber, column: e.column ?? 0 }, piece);
  }
  throw cause;
}
