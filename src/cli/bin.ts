#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { EXIT, main } from './main.js';

// V8 lets a busy heap grow to several times what it holds before collecting;
// a build of 50,000 regions would sit at three or four times its real size.
// Growing by a fifth costs a little GC time and keeps the footprint bounded.
// (The CLI owns its process; the library never changes the host's V8 settings.)
setFlagsFromString('--heap-growing-percent=20');

main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stopSignal }).then(
  (code) => {
    process.exitCode = code;
  },
  (bug: unknown) => {
    // Only a bug in patchpress gets here: user mistakes are diagnostics.
    process.stderr.write(`patchpress: internal error, please report it with this trace:\n${bug instanceof Error ? (bug.stack ?? bug.message) : String(bug)}\n`);
    process.exitCode = EXIT.bug;
  },
);

/** Ctrl+C or a service manager's stop ends `preview` cleanly instead of killing it mid-answer. */
function stopSignal(): AbortSignal {
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  return stop.signal;
}
