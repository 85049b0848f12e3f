import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * File names directly inside a folder, sorted so every run sees them in the
 * same order whatever the file system returns; null when the folder is absent.
 */
export async function listFiles(dir: string, cwd: string): Promise<string[] | null> {
  try {
    const entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort(compareCodePoints);
  } catch {
    return null;
  }
}

/** Locale-independent ordering (localeCompare follows the machine's LANG). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
