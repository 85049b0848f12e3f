/**
 * A region's name as written, tidied: Unicode NFC, invisible format
 * characters removed (zero-width spaces, soft hyphens, direction marks and
 * byte-order marks that copying from web pages and PDFs leaves behind),
 * trimmed, single spaces (non-breaking spaces included).
 */
export function tidyName(raw: string): string {
  return raw.normalize('NFC').replace(/\p{Cf}/gu, '').trim().replace(/\s+/g, ' ');
}

/** The key two files' names are matched on: tidied and case-folded. */
export function nameKey(raw: string): string {
  return tidyName(raw).toLowerCase();
}

/** Folder names that would clash with patchpress's own outputs or with Windows devices. */
export const RESERVED_SLUGS = new Set([
  'index', 'manifest', 'newsrooms', 'assets', 'con', 'prn', 'aux', 'nul',
  'com1', 'com2', 'com3', 'com4', 'com5', 'com6', 'com7', 'com8', 'com9',
  'lpt1', 'lpt2', 'lpt3', 'lpt4', 'lpt5', 'lpt6', 'lpt7', 'lpt8', 'lpt9',
]);

/** Folder names stay well inside every file system's limit (255 bytes), with room for the file names below them. */
export const MAX_SLUG_LENGTH = 100;

/**
 * A folder-safe slug from a region name.
 * @example slugify('Avon and Somerset') // 'avon-and-somerset'
 * @example slugify('Avon & Somerset')   // 'avon-and-somerset'
 * @example slugify('Ynys Môn')          // 'ynys-mon'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The closest of `candidates` to `name`, when close enough to be a likely typo. */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const target = name.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
