import { HelperError } from '../../errors/diagnostic.js';

/**
 * What Handlebars passes as the last argument of every helper call. Only the
 * hash (`{{percent x signed=true}}` → `{ signed: true }`) matters to helpers.
 */
export interface HelperOptions {
  hash: Record<string, unknown>;
}

/** What a helper declares about the arguments it accepts. */
export interface HelperSignature {
  /** How the helper is written in a template, shown in hints. */
  usage: string;
  /** Fewest and most positional values. */
  min: number;
  max: number;
  /** Hash option names the helper reads; any other name is a typo. */
  options?: readonly string[];
}

export interface HelperArgs {
  values: unknown[];
  hash: Record<string, unknown>;
}

function isHelperOptions(value: unknown): value is HelperOptions {
  return typeof value === 'object' && value !== null && 'hash' in value && typeof value.hash === 'object' && value.hash !== null;
}

/**
 * Splits a helper's arguments into positional values and hash options, so
 * the same function serves Handlebars (`fn(a, b, options)`) and direct calls
 * in tests (`fn(a)`, `fn(a, { hash: { signed: true } })`). Too few or too
 * many values, and unknown option names, are template mistakes: they throw.
 */
export function readArgs(helper: string, args: readonly unknown[], signature: HelperSignature): HelperArgs {
  const last = args[args.length - 1];
  const hasOptions = args.length > 0 && isHelperOptions(last);
  const values = hasOptions ? args.slice(0, -1) : [...args];
  const hash = hasOptions ? last.hash : {};
  const { min, max, usage } = signature;
  if (values.length < min || values.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `${min} or more` : `${min} to ${max}`;
    throw new HelperError(`${helper}: expected ${expected} ${min === 1 && max === 1 ? 'value' : 'values'}, got ${values.length}`, `write it as ${usage}`);
  }
  const known = signature.options ?? [];
  for (const name of Object.keys(hash)) {
    if (!known.includes(name)) {
      const choices = known.length > 0 ? `options: ${known.join(', ')}` : 'it takes no options';
      throw new HelperError(`${helper}: unknown option \`${name}\``, `${choices}; write it as ${usage}`);
    }
  }
  return { values, hash };
}

/** A yes/no hash option (`words=true`); absent means false. */
export function readFlag(helper: string, hash: Record<string, unknown>, name: string): boolean {
  const value = hash[name];
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  throw new HelperError(`${helper}: option \`${name}\` must be true or false, got ${describeValue(value)}`, `write ${name}=true without quotes`);
}

/** A value as it reads in a message: `null`, `NaN`, `"1,2O3"`, `an object with keys current, previous`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
  }
  return `a ${typeof value}`;
}

/** The hint for a figure that is null (a blank cell) or undefined (a misspelt field). */
export function missingHint(value: unknown): string {
  return value === undefined
    ? 'a field that does not exist is undefined: check its spelling'
    : 'this figure is not known for every region: wrap it in {{#if …}}…{{/if}}, e.g. {{#if offences.previous}}…{{/if}}';
}

/**
 * A numeral in text. Text values reach templates escaped for Markdown, which
 * puts a backslash before a leading minus ("\\-3"): that is still a numeral.
 */
const NUMERAL = /^(?:\\?-)?\d+(?:\.\d+)?$/;

/**
 * The number a helper was given. Plain numerals in strings ("10391", from a
 * CSV extra column) are accepted; anything else that is not a finite number
 * (null, NaN, "1,2O3", an object) throws a HelperError naming the value.
 */
export function readNumber(helper: string, value: unknown): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new HelperError(`${helper}: cannot print ${describeValue(value)}`, 'this figure was computed from a missing or zero value: check the data, or branch on offences.change.direction');
  }
  if (typeof value === 'string' && NUMERAL.test(value.trim())) return Number(value.trim().replace('\\', ''));
  if (value === null || value === undefined) throw new HelperError(`${helper}: cannot print ${describeValue(value)}`, missingHint(value));
  throw new HelperError(`${helper}: expected a number, got ${describeValue(value)}`, typeof value === 'string' ? 'write numbers as plain digits, without commas or units' : 'pass a single figure, e.g. offences.current');
}
