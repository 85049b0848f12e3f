import { auditJson } from '../audit/auditReleases.js';
import { formatCoverage } from '../audit/coverage.js';
import { formatDiagnostics, summarize } from '../errors/format.js';
import { generate } from '../generate.js';
import { parseCliArgs, USAGE } from './args.js';
import { progressBar } from './progress.js';
import { EXIT } from './exitCodes.js';
import { runPreview } from './preview.js';

/** From this many warnings in a failed run, its errors are listed again after them. */
const ERRORS_AGAIN_AMONG = 10;

/** The parts of a process the CLI uses, injected so tests can run it in-process. */
export interface CliProcess {
  argv: readonly string[];
  cwd: string;
  stdout: { write(text: string): unknown };
  /** `isTTY`: a terminal, where a progress bar may be drawn. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /**
   * Asked for by a command that runs until stopped (preview). bin.ts answers
   * with a signal aborted by SIGINT or SIGTERM, and only then takes over
   * those signals, so Ctrl+C still ends a build at once. Tests abort their own.
   */
  stopSignal?: () => AbortSignal;
}

export { EXIT };

/** Runs one command and returns the exit code; never throws for a user's mistake. */
export async function main(proc: CliProcess): Promise<number> {
  const args = parseCliArgs(proc.argv);
  if (args.kind === 'help') {
    proc.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.kind === 'usage-error') {
    proc.stderr.write(`patchpress: ${args.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { options } = args;
  if (options.command === 'preview') return runPreview(proc, options);
  const started = process.hrtime.bigint();
  const progress = progressBar(proc.stderr);
  const result = await generate({
    data: options.data,
    templates: options.templates,
    out: options.out,
    ...(options.date ? { date: options.date } : {}),
    only: options.only,
    drafts: options.drafts,
    formats: options.formats,
    write: options.command === 'build',
    cwd: proc.cwd,
    fresh: options.fresh,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    onProgress: (done, total) => progress.update(done, total),
  }).finally(() => progress.clear());
  if (result.usageError) {
    proc.stderr.write(`patchpress: ${result.usageError}\n`);
    return EXIT.usage;
  }
  if (result.diagnostics.length) proc.stderr.write(`${formatDiagnostics(result.diagnostics)}\n\n`);
  if (options.command === 'check' && result.audit) {
    proc.stdout.write(options.json ? `${JSON.stringify(auditJson(result.audit), null, 2)}\n` : `${formatCoverage(result.audit.coverage)}\n\n`);
  }
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const warnings = result.diagnostics.length - errors.length;
    // A large campaign's few errors sit among dozens of plausibility warnings: list them again where the reader ends up.
    if (errors.length && warnings >= ERRORS_AGAIN_AMONG) {
      proc.stderr.write(`The ${errors.length === 1 ? 'error' : `${errors.length} errors`} again, without the warnings:\n${formatDiagnostics(errors)}\n\n`);
    }
    const nothing = options.command === 'build' ? ` Nothing was written to ${options.out}/.` : '';
    proc.stderr.write(`${capitalize(summarize(result.diagnostics))}.${nothing}\n`);
    return EXIT.inputProblems;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { releases, written, unchanged } = result.counts;
  const noun = releases === 1 ? 'release' : 'releases';
  const warnings = result.diagnostics.length ? ` (${summarize(result.diagnostics)})` : '';
  // With --json, stdout holds only the JSON.
  const summary = options.json ? proc.stderr : proc.stdout;
  summary.write(
    options.command === 'build'
      ? `Wrote ${written} ${written === 1 ? 'file' : 'files'}, ${unchanged} unchanged (${releases} ${noun}) to ${options.out}/ in ${seconds.toFixed(1)} s${warnings}.\n`
      : `Checked ${releases} ${noun}: ${result.diagnostics.length ? summarize(result.diagnostics) : 'no problems'}.\n`,
  );
  return EXIT.ok;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
