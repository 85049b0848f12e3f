import { decodeWindows1252, firstInvalidUtf8, lineOfOffset } from '../../../src/load/utf8.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', bytes(0x61, 0x62), null],
    ['é as UTF-8', bytes(0x63, 0xc3, 0xa9), null],
    ['€ as UTF-8', bytes(0xe2, 0x82, 0xac), null],
    ['an emoji', bytes(0xf0, 0x9f, 0x98, 0x80), null],
    ['ô as Windows-1252', bytes(0x4d, 0xf4, 0x6e), { offset: 1, byte: 0xf4 }],
    ['an en dash as Windows-1252', bytes(0x61, 0x20, 0x96), { offset: 2, byte: 0x96 }],
    ['an overlong slash', bytes(0xc0, 0xaf), { offset: 0, byte: 0xc0 }],
    ['a surrogate half', bytes(0xed, 0xa0, 0x80), { offset: 0, byte: 0xed }],
    ['above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), { offset: 0, byte: 0xf4 }],
    ['a sequence cut short at the end', bytes(0x61, 0xe2, 0x82), { offset: 1, byte: 0xe2 }],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toEqual(expected);
  });
});

describe('lineOfOffset', () => {
  it.each([
    ['LF', 'a\nb\nc', 4, 3],
    ['CRLF', 'a\r\nb\r\nc', 6, 3],
    ['CR alone', 'a\rb\rc', 4, 3],
    ['first line', 'abc', 2, 1],
  ])('%s', (_name, text, offset, line) => {
    expect(lineOfOffset(Buffer.from(text, 'latin1'), offset)).toBe(line);
  });
});

describe('decodeWindows1252', () => {
  it('reads the bytes Windows puts in 0x80–0x9F as Windows does, not as control characters', () => {
    expect(decodeWindows1252(bytes(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9))).toBe('“A” – €5 é');
  });
});
