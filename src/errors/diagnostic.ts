/**
 * A problem found in the user's input. Problems are collected as values so one
 * run can report all of them; only bugs in patchpress itself are thrown.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** The file as the user named it (e.g. `data/offences.csv`). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column, for templates. */
  column?: number;
  /** The sentence printed after the position. */
  message: string;
  /** A way to fix it, printed on the next line. */
  hint?: string;
}

export function error(file: string, message: string, where: { line?: number; column?: number; hint?: string } = {}): Diagnostic {
  return { severity: 'error', file, message, ...where };
}

export function warning(file: string, message: string, where: { line?: number; column?: number; hint?: string } = {}): Diagnostic {
  return { severity: 'warning', file, message, ...where };
}

/**
 * Adds items one by one. Problems are collected from every cell of every
 * file, and `push(...items)` passes each as an argument: a few hundred
 * thousand (one per cell of a large spreadsheet) overflow the call stack.
 */
export function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * A user's mistake found deep inside a stage that cannot easily return a value
 * (a Handlebars helper during rendering). Stages catch it and turn it into a
 * Diagnostic; it never reaches the user as a stack trace.
 */
export class InputError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'InputError';
    this.diagnostic = diagnostic;
  }
}

/**
 * Thrown by a template helper given a value it cannot print (a missing figure,
 * NaN, a moment-style date format). The render stage adds the template file,
 * line and region before reporting it.
 */
export class HelperError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'HelperError';
    this.hint = hint;
  }
}
