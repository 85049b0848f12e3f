import { hasErrors } from '../errors/diagnostic.js';
import { formatDiagnostics, summarize } from '../errors/format.js';
import { PreviewListenError, startPreview } from '../preview/previewServer.js';
import type { PreviewState } from '../preview/previewBuilds.js';
import type { CliOptions } from './args.js';
import { EXIT } from './exitCodes.js';
import type { CliProcess } from './main.js';

/**
 * `patchpress preview`: serves the campaign until the signal from `proc.stopSignal` aborts.
 * Problems in the files are shown in the open pages and printed here; they
 * never stop the server, so the exit code is 0 unless it could not start.
 */
export async function runPreview(proc: CliProcess, options: CliOptions): Promise<number> {
  let preview;
  try {
    preview = await startPreview({
      data: options.data,
      templates: options.templates,
      drafts: options.drafts,
      cwd: proc.cwd,
      port: options.port,
      onBuilt: (state) => report(proc, state),
      onBug: (bug) => proc.stderr.write(`patchpress: internal error in preview (it carries on), please report it:\n${bug instanceof Error ? (bug.stack ?? bug.message) : String(bug)}\n`),
    });
  } catch (cause) {
    if (!(cause instanceof PreviewListenError)) throw cause;
    proc.stderr.write(`patchpress: ${cause.message}: pass --port N (or --port 0 for any free port)\n`);
    return EXIT.usage;
  }
  proc.stdout.write(`Preview of ${options.data}/ with ${options.templates}/ at ${preview.url}\nWatching for changes; pages update by themselves. Ctrl+C stops.\n`);
  await untilAborted(proc.stopSignal?.());
  await preview.close();
  proc.stdout.write('Preview stopped.\n');
  return EXIT.ok;
}

/** One line per rebuild, and the problems in full, for whoever watches the terminal. */
function report(proc: CliProcess, state: PreviewState): void {
  const ms = `${Math.round(state.milliseconds)} ms`;
  if (state.diagnostics.length) proc.stderr.write(`${formatDiagnostics(state.diagnostics)}\n`);
  if (hasErrors(state.diagnostics)) {
    const kept = state.good ? 'the pages keep the last good build and show the problems' : 'the pages show the problems';
    proc.stderr.write(`${summarize(state.diagnostics)} (build ${state.attempt}, ${ms}): ${kept}.\n`);
    return;
  }
  const releases = state.good?.summaries.length ?? 0;
  const warnings = state.diagnostics.length ? `, ${summarize(state.diagnostics)}` : '';
  proc.stdout.write(`Built ${releases} ${releases === 1 ? 'release' : 'releases'} in ${ms} (build ${state.attempt}${warnings}).\n`);
}

function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  // Without a signal the preview runs until the process ends.
  if (!signal) return new Promise<void>(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
