/** How a found value is quoted in messages: strings in quotes, the rest by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  return String(value);
}

/** The value at `path` inside plain parsed data, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * A value in double quotes as a message shows it, with characters a reader
 * cannot see (zero-width spaces, non-breaking spaces, control characters)
 * written as \u escapes, so "Gwent" and "G\u200bwent" do not look alike.
 *
 * @example quoted('1,2O3') // '"1,2O3"'
 * @example quoted('12\u00a0') // '"12\\u00a0"'
 */
export function quoted(value: string): string {
  return JSON.stringify(value).replace(/[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cc}]/gu, (c) => (c === ' ' ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`));
}
