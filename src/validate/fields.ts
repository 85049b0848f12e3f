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

/** Only links a newsroom can safely click: https, email and phone. */
export const safeUrl = z
  .string()
  .regex(/^(https:\/\/[^\s<>"'`]+|mailto:[^\s<>"'`@]+@[^\s<>"'`]+|tel:\+?[0-9 ()-]+)$/, {
    message: 'expected an https:, mailto: or tel: link',
  });

export const email = z.string().regex(/^[^\s<>"'`@]+@[^\s<>"'`@]+\.[^\s<>"'`@]+$/, { message: 'expected an email address' });

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
