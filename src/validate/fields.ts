import { z } from 'zod';

/** Reusable field rules, each with a message that completes "field `x`: …". */

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD, in quotes' })
  .refine((s) => isRealDate(s), { message: 'expected a real calendar date' });

export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'expected a date and time with its UTC offset, e.g. "2020-09-03T00:01:00+01:00"',
  })
  .refine((s) => !Number.isNaN(Date.parse(s)) && isRealDate(s.slice(0, 10)), { message: 'expected a real date and time' });

/** Only links a newsroom can safely click: https, email and phone, well formed. */
export const safeUrl = z.string().refine((s) => isSafeUrl(s), {
  message: 'expected a well-formed https:, mailto: or tel: link, e.g. "https://www.nspcc.org.uk"',
});

const EMAIL = /^[^\s<>"'`@]+@[^\s<>"'`@]+\.[^\s<>"'`@]+$/;

/**
 * @example isSafeUrl('https://www.nspcc.org.uk/report') // true
 * @example isSafeUrl('mailto:help@nspcc.org.uk')        // true
 * @example isSafeUrl('tel:+44 808 800 5000')            // true
 * @example isSafeUrl('javascript:alert(1)')             // false
 * @example isSafeUrl('http://www.nspcc.org.uk')         // false: not https
 * @example isSafeUrl('https://user:pw@example.org')     // false: credentials in a link mislead
 */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith('tel:')) return /^\+?[0-9][0-9 ()-]{2,}$/.test(url.slice('tel:'.length)) && (url.match(/\d/g)?.length ?? 0) >= 3;
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse.
  if (/[\s\u0000-\u001f\u007f<>"'`\\]/.test(url)) return false;
  if (url.startsWith('mailto:')) return EMAIL.test(url.slice('mailto:'.length).split('?')[0] ?? '');
  if (!url.startsWith('https://')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(parsed.hostname) && !/^[\d.]+$/.test(parsed.hostname);
}

export const email = z.string().regex(EMAIL, { message: 'expected an email address' });

export const phone = z.string().regex(/^\+?[0-9][0-9 ()-]*$/, { message: 'expected a phone number (digits and spaces), in quotes' });

export const nonEmptyText = z.string().trim().min(1);

export function isRealDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
