import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { decodeWindows1252, firstInvalidUtf8, lineBytesAt, lineOfOffset } from './utf8.js';

/** A text file as read from disk, named as the user named it. */
export interface SourceFile {
  /** Path for messages: the folder the user gave, joined with the file name. */
  path: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a UTF-8 text file, dropping a byte-order mark. A file in another
 * encoding (Excel's "CSV" is Windows-1252) is refused rather than read as
 * mojibake, naming the line of the first byte that is not UTF-8.
 */
export async function readSourceFile(path: string, cwd: string): Promise<SourceFile | Diagnostic> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (cause) {
    return error(path, describeReadFailure(cause));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return notUtf8(path, bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const reserved = RESERVED.exec(text);
  if (reserved) return reservedCharacter(path, text, reserved.index);
  return { path, text };
}

/**
 * The private-use characters the numbers audit marks its render with
 * (render/sourceMarkers.ts). One in a data file or template could pass text
 * off as fixed or move a figure to another line, so no input may hold them.
 */
const RESERVED = /[\uE000-\uE005]/;

function reservedCharacter(path: string, text: string, offset: number): Diagnostic {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const code = `U+${text.charCodeAt(offset).toString(16).toUpperCase()}`;
  return error(path, `this file holds the invisible character ${code}, which patchpress keeps for tracing figures`, {
    line,
    column,
    hint: `delete it (it is invisible: search for \\u${code.slice(2)})`,
  });
}

const NOT_UTF8_HINT = 'open it in your spreadsheet and re-save as CSV UTF-8 (or save the text file as UTF-8)';

function notUtf8(path: string, bytes: Uint8Array): Diagnostic {
  // Excel's "Unicode Text" and some exports are UTF-16, which starts with a byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return error(path, 'this file is UTF-16 text ("Unicode Text"), not UTF-8', { line: 1, hint: NOT_UTF8_HINT });
  }
  const bad = firstInvalidUtf8(bytes);
  if (!bad) return error(path, 'this file is not UTF-8 text', { hint: NOT_UTF8_HINT });
  const byte = `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const text = decodeWindows1252(lineBytesAt(bytes, bad.offset));
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return error(path, `this file is not UTF-8 text: byte ${byte} on this line (read as Windows-1252, the line is ${JSON.stringify(shown)})`, {
    line: lineOfOffset(bytes, bad.offset),
    hint: NOT_UTF8_HINT,
  });
}

export function describeReadFailure(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'expected a file, found a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `could not read this file (${code ?? String(cause)})`;
}

export function isDiagnostic(value: unknown): value is Diagnostic {
  return typeof value === 'object' && value !== null && 'severity' in value && 'message' in value;
}
