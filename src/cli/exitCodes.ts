/** What the CLI returns: 0 done; 1 the input has problems; 2 bad usage; 3 a bug in patchpress. */
export const EXIT = { ok: 0, inputProblems: 1, usage: 2, bug: 3 } as const;
