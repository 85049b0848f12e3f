import { header, headerValue, mailbox, quotedPrintable, rfc5322Date } from '../../../../src/convert/eml/mime.js';

describe('quoted-printable', () => {
  it.each([
    ['plain ASCII stays as it is', 'Kent up 50%', 'Kent up 50%'],
    ['= is encoded', 'a = b', 'a =3D b'],
    ['UTF-8 bytes of curly quotes and £', '“£5”', '=E2=80=9C=C2=A35=E2=80=9D'],
    ['a space at the end of a line is encoded', 'end \nnext', 'end=20\r\nnext'],
    ['a tab at the end of a line is encoded', 'end\t', 'end=09'],
    ['line ends become CRLF', 'a\r\nb\rc\nd', 'a\r\nb\r\nc\r\nd'],
  ])('%s', (_case, text, expected) => {
    expect(quotedPrintable(text)).toBe(expected);
  });

  it('breaks long lines softly at 76 characters, never inside an =XX', () => {
    const encoded = quotedPrintable(`${'a'.repeat(74)}“b`);
    expect(encoded).toBe(`${'a'.repeat(74)}=\r\n=E2=80=9Cb`);
    for (const line of quotedPrintable('x'.repeat(300)).split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });
});

describe('headers', () => {
  it.each([
    ['ASCII stays readable', 'Kent up 50%', 'Kent up 50%'],
    ['non-ASCII becomes a UTF-8 encoded word', 'Ynys Môn', '=?UTF-8?B?WW55cyBNw7Ru?='],
  ])('%s', (_case, value, expected) => {
    expect(headerValue('Subject', value)).toBe(expected);
  });

  it('folds a long ASCII subject at spaces, every line under 78 characters', () => {
    const line = header('Subject', 'Online child sex offences in Devon and Cornwall up 100% as forces record more crimes with an online element');
    expect(line).toBe('Subject: Online child sex offences in Devon and Cornwall up 100% as forces\r\n record more crimes with an online element');
  });

  it('splits long non-ASCII text into encoded words of whole characters', () => {
    const value = headerValue('Subject', '“'.repeat(30));
    const words = value.split('\r\n ');
    expect(words).toHaveLength(3);
    for (const word of words) {
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      const bytes = Buffer.from(word.slice(10, -2), 'base64');
      expect(bytes.length % 3).toBe(0);
    }
  });

  it.each([
    ['The Daily Example', 'news@example.org', '"The Daily Example" <news@example.org>'],
    ['Say "hi"', 'a@example.org', '"Say \\"hi\\"" <a@example.org>'],
    ['Môn News', 'a@example.org', '=?UTF-8?B?TcO0biBOZXdz?= <a@example.org>'],
  ])('mailbox(%p, %p) → %p', (name, address, expected) => {
    expect(mailbox(name, address)).toBe(expected);
  });

  it.each([
    [{ year: 2020, month: 9, day: 3, weekday: 4, offsetMinutes: 60 }, 'Thu, 03 Sep 2020 00:00:00 +0100'],
    [{ year: 2020, month: 12, day: 3, weekday: 4, offsetMinutes: 0 }, 'Thu, 03 Dec 2020 00:00:00 +0000'],
    [{ year: 2021, month: 1, day: 10, weekday: 0, offsetMinutes: -300 }, 'Sun, 10 Jan 2021 00:00:00 -0500'],
  ])('rfc5322Date(%p) → %p', (parts, expected) => {
    expect(rfc5322Date(parts)).toBe(expected);
  });
});
