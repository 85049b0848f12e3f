import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under `root`, without following symbolic links: a file as its
 * sha256, a folder as "folder", a link as where it points. Two trees are
 * byte-identical when their maps are equal.
 */
export function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = `${prefix}${name}`;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) out[rel] = `link -> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) {
        out[rel] = 'folder';
        walk(path, `${rel}/`);
      } else out[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(root)) walk(root, '');
  return out;
}

/** Removes a folder made by `tempDir` (support/paths.ts). */
export function cleanUp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies a folder's contents over another's, replacing files of the same name (symbolic links copied as links). */
export function overlay(from: string, to: string): void {
  if (existsSync(from)) cpSync(from, to, { recursive: true, force: true, verbatimSymlinks: true });
}

/** Entries beside out/ that a build leaves only while it runs (staging and previous folders). */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^\.out\.(staging|previous)-/.test(name));
}
