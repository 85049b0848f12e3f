/**
 * Makes a data value (a force name, a contact, a national figure) print as
 * literal text once the Markdown it lands in is rendered by marked (GFM),
 * while ordinary text stays readable: letters, spaces, commas, apostrophes
 * and full stops mid-text are left alone.
 *
 * - Newlines and tabs become single spaces: a value is one run of text and
 *   must not start a new block.
 * - Characters that open inline syntax are escaped: `\` `` ` `` `*` `_` `[`
 *   `]` `<` `>` `|` `~`, `!` before `[`, and `&` where it would start an
 *   entity (`&amp;`, `&#39;`, `&copy;`).
 * - At the start of the value (after any spaces), which may be the start of
 *   a line, the characters that open a block are escaped: `#`, `+`, `-`, `=`,
 *   `>`, and the `.` or `)` after a run of digits ("2024. A record year"
 *   stays a paragraph, not a numbered list).
 * - GFM autolinks (`https://…`, `www.…`, `press@…`) are left to become
 *   links, so their characters are not escaped: marked takes an autolink's
 *   characters as they are, and a backslash there would show in the link
 *   ("a\_b"). Where marked would take an added backslash into the link (a
 *   `*`, `_` or `~` just after the URL, a `<` right after it, a `|`,
 *   backslash or entity inside it), the value stays plain text instead:
 *   `http\://`, `www\.`.
 *
 * @example escapeMarkdown('Avon and Somerset') → 'Avon and Somerset'
 * @example escapeMarkdown('*NSPCC* [helpline]') → '\\*NSPCC\\* \\[helpline\\]'
 * @example escapeMarkdown('# 1') → '\\# 1'
 * @example escapeMarkdown('2024. A record year') → '2024\\. A record year'
 * @example escapeMarkdown('https://example.org/report_abuse') → 'https://example.org/report_abuse'
 */
export function escapeMarkdown(text: string): string {
  const value = text.replace(/\r\n|\r|\n|\t/g, ' ');
  const escaped = escapesFor(value);
  let out = '';
  for (let i = 0; i < value.length; i++) out += escaped[i] ? `\\${value[i]}` : value[i];
  return out;
}

/**
 * Reverses `escapeMarkdown` exactly for text without newlines or tabs
 * (those became spaces and cannot be told apart from them).
 *
 * @example unescapeMarkdown('2024\\. A \\*record\\* year') → '2024. A *record* year'
 */
export function unescapeMarkdown(text: string): string {
  // escapeMarkdown doubles every backslash of the value and adds one only
  // before a character it escapes, so reading pairs left to right undoes both.
  return text.replace(UNESCAPE, '$1');
}

/** Which characters of the value get a backslash. */
function escapesFor(value: string): boolean[] {
  const escaped = Array.from(value, () => false);
  for (const m of value.matchAll(INLINE)) escaped[m.index] = true;
  // The scan for autolinks starts after a block opener: marked reads that first.
  let from = 0;
  const start = LINE_START.exec(value);
  if (start) {
    from = start[0].length;
    escaped[from - 1] = true;
  }
  keepAutolinks(value, escaped, from);
  return escaped;
}

/**
 * Inline openers. `&` only before an entity-like run (the shape marked
 * leaves unencoded: `&name;`, `&#123;`, `&#x1F;`); `!` only before `[`,
 * where it would start an image.
 */
const INLINE = /[\\`*_[\]<>|~]|&(?=#\d{1,7};|#[Xx][0-9a-fA-F]{1,6};|\w+;)|!(?=\[)/g;

/**
 * A block opener at the start of the value, after any spaces (`>` is
 * escaped as inline); its last character gets the backslash: `#`, `+`, `-`,
 * `=`, or the `.`/`)` after digits.
 */
const LINE_START = /^ *(?:[#+\-=]|\d+[.)])/;

const UNESCAPE = /\\([\\`*_[\]<>|~&!#+\-=.):@])/g;

/*
 * GFM autolinks as marked 18 finds them (src/rules.ts: `url`, `_backpedal`,
 * and where `inlineText` stops), so the escaper agrees with marked on where
 * a link starts and ends. The property tests in
 * tests/unit/render/markdownEscape.test.ts check that agreement.
 */
const SCHEME_URL = /^(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\/\/(?:[a-zA-Z0-9-]+\.?)+[^\s<]*/;
const WWW_URL = /^www\.(?:[a-zA-Z0-9-]+\.?)+[^\s<]*/;
const EMAIL = /^[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
const BACKPEDAL = /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/;
/** A character marked's text run stops after, so `www.` following it can start a link. */
const BEFORE_WWW = /[\s*_~(]/;
const EMAIL_LOCAL = /[A-Za-z0-9._+-]/;
/** What marked's text run treats as a possible start of an email: it then stops at every character. */
const EMAIL_ISH = /[a-zA-Z0-9.!#$%&'*+/=?_`{|}~-]/;
/** Characters that may not stay unescaped inside a link: `|` splits a table row; `\` and entities change the text. */
const UNSAFE_IN_LINK = /[\\|]|&(?=#\d{1,7};|#[Xx][0-9a-fA-F]{1,6};|\w+;)/;

/**
 * Walks the value as marked's lexer would read it once escaped, and for
 * each autolink either clears the escapes inside it (it renders as a link
 * showing the same text) or, when marked would take a backslash into it,
 * escapes its first `:` or `.` so that no link forms.
 */
function keepAutolinks(value: string, escaped: boolean[], from: number): void {
  let landing = from;
  let i = from;
  while (i < value.length) {
    // Where marked's lexer starts a token: after an escape or a link, or
    // inside a run its text tokenizer walks one character at a time.
    const landed = i === landing || escaped[i - 1] === true || inEmailRun(value, escaped, i);
    const rest = value.slice(i);
    const url = SCHEME_URL.exec(rest) ?? (landed || BEFORE_WWW.test(value[i - 1] ?? '') ? WWW_URL.exec(rest) : null);
    if (url) {
      const run = url[0];
      const link = backpedal(run);
      const tail = i + link.length;
      const end = i + run.length;
      if (UNSAFE_IN_LINK.test(link) || escaped.slice(tail, end).some(Boolean) || value[end] === '<') {
        escaped[i + run.search(/[:.]/)] = true;
        i += 1;
        continue;
      }
      escaped.fill(false, i, tail);
      i = landing = tail;
      continue;
    }
    const email = landed || !EMAIL_LOCAL.test(value[i - 1] ?? '') ? EMAIL.exec(rest) : null;
    if (email) {
      i = landing = i + email[0].length;
      escaped.fill(false, i - email[0].length, i);
      continue;
    }
    i += 1;
  }
}

/** Whether an unbroken run of email-like characters leads from i to an `@` (marked then visits each of them). */
function inEmailRun(value: string, escaped: readonly boolean[], i: number): boolean {
  for (let j = i; j < value.length; j++) {
    if (j > i && escaped[j]) return false;
    const c = value[j] ?? '';
    if (c === '@') return j > i;
    if (!EMAIL_ISH.test(c)) return false;
  }
  return false;
}

/** Trailing punctuation that marked leaves out of a URL ("see https://x.org." links without the full stop). */
function backpedal(run: string): string {
  let link = run;
  let previous: string;
  do {
    previous = link;
    link = BACKPEDAL.exec(link)?.[0] ?? '';
  } while (link !== previous);
  return link;
}
