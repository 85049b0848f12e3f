/**
 * The pieces of a MIME message (RFC 2045, 2047, 5322) that patchpress writes:
 * every line ends in CRLF and stays under 78 characters, bodies are
 * quoted-printable (text) or base64 (images), and headers with non-ASCII
 * text use encoded words.
 */

export const CRLF = '\r\n';
const MAX_LINE = 76;
const utf8 = new TextEncoder();

/**
 * Quoted-printable: printable ASCII stays readable, everything else (curly
 * quotes, "£", "=") is written as =XX bytes of its UTF-8; long lines get soft
 * breaks (`=` at the end) that decoders join again; spaces at the end of a
 * line are encoded, because mail software may strip them.
 *
 * @example quotedPrintable('Price: £5 = “fair”') // 'Price: =C2=A35 =3D =E2=80=9Cfair=E2=80=9D'
 */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(encodeQpLine)
    .join(CRLF);
}

function encodeQpLine(line: string): string {
  const bytes = utf8.encode(line);
  const tokens: string[] = [];
  bytes.forEach((b, i) => {
    const last = i === bytes.length - 1;
    const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
    tokens.push(plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  });
  const out: string[] = [];
  let current = '';
  for (const token of tokens) {
    // Keep room for the soft break's "=" and never split an =XX triplet.
    if (current.length + token.length > MAX_LINE - 1) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Base64 in lines of 76 characters. */
export function base64Lines(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('base64');
  return (text.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

/**
 * A header value: plain when it is printable ASCII (folded at spaces when
 * long), else RFC 2047 encoded words of whole characters, so no decoder ever
 * sees half a UTF-8 sequence.
 *
 * @example headerValue('Subject', 'Kent up 50%') // 'Kent up 50%'
 * @example headerValue('Subject', 'Wrexham’s figures') // '=?UTF-8?B?V3JleGhhbeKAmXMgZmlndXJlcw==?='
 */
export function headerValue(name: string, value: string): string {
  const oneLine = value.replace(/[\r\n\t]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(oneLine)) return foldAscii(name, oneLine);
  return encodedWords(oneLine).join(`${CRLF} `);
}

/** A header line, `Name: value`, folded. */
export function header(name: string, value: string): string {
  return `${name}: ${headerValue(name, value)}`;
}

/** Bytes of UTF-8 per encoded word: 39 bytes make 52 base64 characters, 64 with the wrapper. */
const WORD_BYTES = 39;

function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (utf8.encode(chunk + char).length > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

function foldAscii(name: string, value: string): string {
  const lines: string[] = [];
  let line = '';
  let room = 78 - name.length - 2;
  for (const word of value.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = 77;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

/**
 * An address with its display name: quoted when plain ASCII, encoded words
 * otherwise.
 *
 * @example mailbox('The Daily Example', 'news@example.org') // '"The Daily Example" <news@example.org>'
 */
export function mailbox(name: string, address: string): string {
  const display = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodedWords(name).join(' ');
  return `${display} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An RFC 5322 date from its parts in a zone: day and month names are fixed
 * English abbreviations (a locale's "Sept" is not valid here).
 *
 * @example rfc5322Date({ year: 2020, month: 9, day: 3, weekday: 4, offsetMinutes: 60 }) // 'Thu, 03 Sep 2020 00:00:00 +0100'
 */
export function rfc5322Date(parts: { year: number; month: number; day: number; weekday: number; offsetMinutes: number }): string {
  const sign = parts.offsetMinutes < 0 ? '-' : '+';
  const size = Math.abs(parts.offsetMinutes);
  const offset = `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}${String(size % 60).padStart(2, '0')}`;
  return `${DAYS[parts.weekday]}, ${String(parts.day).padStart(2, '0')} ${MONTHS[parts.month - 1]} ${parts.year} 00:00:00 ${offset}`;
}
