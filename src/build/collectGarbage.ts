import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, now. Only ever called between the stages of a
 * large build: reading and checking 50,000 rows leaves a few hundred MB of
 * garbage that V8 would otherwise keep for the whole build, because the main
 * thread, which then only hands regions to the workers, allocates too little
 * to start a full collection for minutes; and peak memory is what a user
 * sees of it. Node offers no other way to ask for one than exposing `gc`: a
 * new context made after the flag is set has it, without `--expose-gc` on
 * the command line (a few milliseconds, a handful of times per build).
 *
 * `compact`: move every surviving object together too, so the pages the
 * garbage was scattered over go back to the system. A collection alone
 * frees the garbage but keeps most of those pages (after checking 50,000
 * rows, 122 MB of heap held 60 MB of objects until V8 chose to compact, 15 s
 * into rendering, with the workers' heaps already grown beside it). It costs
 * a copy of what survives, briefly resident twice: worth it only before the
 * workers start.
 */
export function collectGarbage(options: { compact?: boolean } = {}): void {
  setFlagsFromString('--expose-gc');
  if (options.compact) setFlagsFromString('--compact-on-every-full-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } finally {
    if (options.compact) setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

/** V8's own growth factor of the young generation (its default; V8 offers no way to read a flag back). */
const DEFAULT_SEMI_SPACE_GROWTH = 2;

/**
 * Runs `stage` with this thread's young generation kept at its starting
 * size. Reading and validating 50,000 rows grows it to 32 MB, and V8 gives
 * that back only in a collection after some five seconds of little
 * allocation: well into rendering, when the workers' heaps have grown beside
 * it and the build is at its peak. Kept small, the stage costs about the
 * same (measured: rendering began 9.0 s into a 50,000-region build, 9 to 10
 * s without). The flag is the process's, so it is set back before any worker
 * starts: the workers' young generations are theirs to grow.
 */
export async function withSmallYoungGeneration<T>(stage: () => Promise<T>): Promise<T> {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return await stage();
  } finally {
    setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH}`);
  }
}
