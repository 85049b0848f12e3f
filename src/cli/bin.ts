#!/usr/bin/env node
import { EXIT, main } from './main.js';

main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (bug: unknown) => {
    // Only a bug in patchpress gets here: user mistakes are diagnostics.
    process.stderr.write(`patchpress: internal error, please report it with this trace:\n${bug instanceof Error ? (bug.stack ?? bug.message) : String(bug)}\n`);
    process.exitCode = EXIT.bug;
  },
);
