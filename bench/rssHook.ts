/**
 * Loaded with `node --import` into every process the bench measures: at exit
 * it writes the process's peak resident set size (kB, all threads) to the
 * file named by PATCHPRESS_BENCH_RSS, so no external `time` tool is needed.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PATCHPRESS_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
