/**
 * Where a byte sequence stops being UTF-8, so a refusal can name the line.
 * Follows the Unicode standard's table of well-formed sequences (no overlong
 * forms, no surrogates, nothing above U+10FFFF), as TextDecoder's fatal mode does.
 *
 * @example firstInvalidUtf8(Buffer.from('Ynys M\xf4n', 'latin1')) // { offset: 6, byte: 0xf4 }
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; byte: number } | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const rule = LEAD_BYTES.find((r) => lead >= r.from && lead <= r.to);
    if (!rule) return { offset: i, byte: lead };
    for (let k = 1; k <= rule.continuation; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? rule.second : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return { offset: i, byte: lead };
    }
    i += rule.continuation + 1;
  }
  return null;
}

/** Lead bytes, how many continuation bytes follow, and the range the first of them must fall in. */
const LEAD_BYTES: ReadonlyArray<{ from: number; to: number; continuation: number; second: [number, number] }> = [
  { from: 0xc2, to: 0xdf, continuation: 1, second: [0x80, 0xbf] },
  { from: 0xe0, to: 0xe0, continuation: 2, second: [0xa0, 0xbf] },
  { from: 0xe1, to: 0xec, continuation: 2, second: [0x80, 0xbf] },
  { from: 0xed, to: 0xed, continuation: 2, second: [0x80, 0x9f] },
  { from: 0xee, to: 0xef, continuation: 2, second: [0x80, 0xbf] },
  { from: 0xf0, to: 0xf0, continuation: 3, second: [0x90, 0xbf] },
  { from: 0xf1, to: 0xf3, continuation: 3, second: [0x80, 0xbf] },
  { from: 0xf4, to: 0xf4, continuation: 3, second: [0x80, 0x8f] },
];

/** 1-based line of a byte offset; CRLF, LF and a lone CR each end a line. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

/** The bytes of the line holding `offset`, without its line break. */
export function lineBytesAt(bytes: Uint8Array, offset: number): Uint8Array {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a && bytes[start - 1] !== 0x0d) start -= 1;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end += 1;
  return bytes.subarray(start, end);
}

/**
 * Windows-1252 (what Excel's plain "CSV" writes), decoded here because Node's
 * TextDecoder reads that label as Latin-1, which puts control characters where
 * Windows has – — ‘ ’ “ ” € and the rest.
 *
 * @example decodeWindows1252(Uint8Array.of(0x43, 0x96, 0x44)) // 'C–D'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_C1[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte);
  return text;
}

/** Bytes 0x80–0x9F in Windows-1252; the five it leaves undefined read as U+FFFD. */
const WINDOWS_1252_C1 = [...'€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ'];
