import { HelperError } from '../../../../src/errors/diagnostic.js';

/** The HelperError a call throws, so a test can check its message and hint; fails if it returns. */
export function thrown(call: () => unknown): HelperError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof HelperError) return error;
    throw error;
  }
  throw new Error(`expected a HelperError, got ${JSON.stringify(result)}`);
}

/** What Handlebars passes as the last argument: `{{helper x name=value}}`. */
export function hash(options: Record<string, unknown>): { hash: Record<string, unknown> } {
  return { hash: options };
}

/** Strings a helper must never print, whatever it is given. */
export const NEVER = /NaN|Infinity|-0(?![.\d])|undefined|\[object Object\]/;
