/**
 * Makes a data value (a force name, a contact, a national figure) print as
 * literal text once the Markdown it lands in is rendered by marked (GFM),
 * while ordinary text stays readable: letters, spaces, commas, apostrophes
 * and full stops mid-text are left alone.
 *
 * - Newlines and tabs become single spaces: a value is one run of text and
 *   must not start a new block.
 * - Characters that open inline syntax are always escaped: `\` `` ` `` `*`
 *   `_` `[` `]` `<` `>` `|` `~`, `!` before `[`, and `&` where it would start
 *   an entity (`&amp;`, `&#39;`, `&copy;`).
 * - At the start of the value (after any spaces), which may be the start of
 *   a line, the characters that open a block are escaped: `#`, `+`, `-`, `=`,
 *   `>`, and the `.` or `)` after a run of digits ("2024. A record year"
 *   stays a paragraph, not a numbered list).
 *
 * GFM autolinks (`www.…`, `https://…`, `press@…`) are left to become links.
 *
 * @example escapeMarkdown('Avon and Somerset') → 'Avon and Somerset'
 * @example escapeMarkdown('*NSPCC* [helpline]') → '\\*NSPCC\\* \\[helpline\\]'
 * @example escapeMarkdown('# 1') → '\\# 1'
 * @example escapeMarkdown('2024. A record year') → '2024\\. A record year'
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n|\t/g, ' ');
  const inline = oneLine.replace(INLINE, '\\$&');
  return inline.replace(LINE_START, (_start, spaces: string, marker: string) => `${spaces}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

/**
 * Reverses `escapeMarkdown` exactly for text without newlines or tabs
 * (those became spaces and cannot be told apart from them).
 *
 * @example unescapeMarkdown('2024\\. A \\*record\\* year') → '2024. A *record* year'
 */
export function unescapeMarkdown(text: string): string {
  // Every backslash escapeMarkdown leaves is either a doubled original or
  // one it added before a character it escapes; reading pairs left to right
  // undoes both.
  return text.replace(UNESCAPE, '$1');
}

/**
 * Inline openers. `&` only before an entity-like run (the same shape marked
 * leaves unencoded: `&name;`, `&#123;`, `&#x1F;`); `!` only before `[`,
 * where it would start an image.
 */
const INLINE = /[\\`*_[\]<>|~]|&(?=#\d{1,7};|#[Xx][0-9a-fA-F]{1,6};|\w+;)|!(?=\[)/g;

/**
 * Block openers at the start of the value, after any spaces (`>` is already
 * escaped as inline). Groups: the spaces, then the marker whose last
 * character gets the backslash: `#`, `+`, `-`, `=`, or digits and `.`/`)`.
 */
const LINE_START = /^( *)([#+\-=]|\d+[.)])/;

const UNESCAPE = /\\([\\`*_[\]<>|~&!#+\-=.)])/g;
