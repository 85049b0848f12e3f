/**
 * The outputs `build --formats` can choose. md, html, docx and eml are a
 * release's copy (a template's `formats` can narrow them); svg and png are the
 * chart of a force's figures.
 */
export const FORMATS = ['md', 'html', 'svg', 'png', 'docx', 'eml'] as const;
export type Format = (typeof FORMATS)[number];

/** Quick to make and needing no extra code: Word, email and PNG are asked for by name. */
export const DEFAULT_FORMATS: readonly Format[] = ['md', 'html', 'svg'];

/** Formats that are a release's copy, made per template. */
export const COPY_FORMATS = ['md', 'html', 'docx', 'eml'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/**
 * Reads `--formats md,html,docx`: a comma-separated list of known formats,
 * returned in the canonical order of FORMATS, each once.
 */
export function parseFormats(text: string): { formats: Format[] } | { error: string } {
  const names = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return { error: `--formats: name at least one format (${FORMATS.join(', ')})` };
  const unknown = names.filter((n) => !(FORMATS as readonly string[]).includes(n));
  if (unknown.length) {
    return { error: `--formats: unknown ${unknown.length === 1 ? 'format' : 'formats'} ${unknown.map((n) => `"${n}"`).join(', ')} (formats: ${FORMATS.join(', ')})` };
  }
  return { formats: FORMATS.filter((f) => names.includes(f)) };
}
