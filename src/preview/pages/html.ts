/**
 * HTML built from strings, safely: every value interpolated into `html```
 * is escaped unless it is itself `Html` (the result of another `html```,
 * `raw()` or `join()`). Force names, headlines and file paths come from the
 * user's files, so nothing reaches a preview page unescaped by accident.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Interpolated = Html | string | number | boolean | null | undefined | readonly Interpolated[];

/** @example html`<b>${'a < b'}</b>`.text === '<b>a &lt; b</b>' */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup the caller vouches for: our own constants, never user text. */
export function raw(text: string): Html {
  return new Html(text);
}

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map((v: Interpolated) => render(v)).join('');
  return escapeHtml(String(value));
}

/** @example escapeHtml(`"Tom" & <Jerry>'s`) === '&quot;Tom&quot; &amp; &lt;Jerry&gt;&#39;s' */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
