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
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
