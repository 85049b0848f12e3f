import { z } from 'zod';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';
import type { Contacts, LocalService } from '../model.js';
import { email, nonEmptyText, phone, safeUrl } from './fields.js';
import { nameKey } from './names.js';
import { schemaDiagnostics } from './schemaDiagnostics.js';
import { parseYaml } from './yaml.js';

const localService = z.strictObject({
  name: nonEmptyText,
  phone: phone.nullish(),
  url: safeUrl.nullish(),
});

const forceContacts = z.strictObject({
  emergency: phone.optional(),
  nonEmergency: phone.optional(),
  safeguarding: localService.optional(),
  support: localService.optional(),
  pressOffice: z.strictObject({ email: email.nullish(), phone: phone.nullish() }).optional(),
});

const contactsSchema = z.record(z.string(), forceContacts.nullable());

const NO_SERVICE: LocalService = { name: null, phone: null, url: null };

/** The numbers every force shares, for forces with no entry. */
export function defaultContacts(): Contacts {
  return {
    emergency: '999',
    nonEmergency: '101',
    safeguarding: { ...NO_SERVICE },
    support: { ...NO_SERVICE },
    pressOffice: { email: null, phone: null },
  };
}

/**
 * The defaults, shared by every force with no entry in contacts.yaml (most
 * of a campaign of wards or schools), frozen so nothing can change one
 * force's through another's: one copy each was some 170 bytes a region.
 */
export const SHARED_DEFAULT_CONTACTS: Contacts = deepFreeze(defaultContacts());

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

export interface ForceContacts {
  name: string;
  line: number | undefined;
  contacts: Contacts;
}

/** Reads `contacts.yaml`, keyed by force name; matching to forces happens later. */
export function validateContacts(file: SourceFile): { contacts: Map<string, ForceContacts>; diagnostics: Diagnostic[] } {
  const contacts = new Map<string, ForceContacts>();
  const { parsed, diagnostics } = parseYaml(file.path, file.text);
  if (!parsed) return { contacts, diagnostics };
  if (parsed.value === null || parsed.value === undefined) return { contacts, diagnostics };
  const result = contactsSchema.safeParse(parsed.value);
  if (!result.success) return { contacts, diagnostics: schemaDiagnostics(file.path, result.error.issues, parsed) };
  for (const [name, entry] of Object.entries(result.data)) {
    const line = parsed.lineOf([name]);
    const key = nameKey(name);
    if (contacts.has(key)) {
      diagnostics.push(error(file.path, `force "${name}" is listed twice`, line === undefined ? {} : { line }));
      continue;
    }
    const base = defaultContacts();
    const service = (s: z.infer<typeof localService> | undefined): LocalService =>
      s ? { name: s.name, phone: s.phone ?? null, url: s.url ?? null } : { ...NO_SERVICE };
    contacts.set(key, {
      name,
      line,
      contacts: {
        emergency: entry?.emergency ?? base.emergency,
        nonEmergency: entry?.nonEmergency ?? base.nonEmergency,
        safeguarding: service(entry?.safeguarding),
        support: service(entry?.support),
        pressOffice: { email: entry?.pressOffice?.email ?? null, phone: entry?.pressOffice?.phone ?? null },
      },
    });
  }
  return { contacts, diagnostics };
}
