import { error, hasErrors, type Diagnostic } from '../errors/diagnostic.js';
import { generate } from '../generate.js';
import { createBuildCache } from '../build/buildCache.js';
import type { OutputFile } from '../write/stagedOutput.js';
import { releaseSummaries, type ReleaseSummary } from './releaseSummaries.js';

export interface PreviewBuildOptions {
  data: string;
  templates: string;
  drafts: boolean;
  cwd: string;
  /** Quiet time after the last file event before rebuilding: an editor's save is often several events. */
  debounceMs?: number;
  /** Told about a bug in patchpress met while rebuilding or answering; the preview carries on. */
  onBug?: (bug: unknown) => void;
}

/** A build whose releases the pages show. */
export interface GoodBuild {
  /** Which attempt produced it; pages carry it so they know when they are stale. */
  number: number;
  /** The campaign's id, from its manifest. */
  campaign: string;
  summaries: ReleaseSummary[];
  /** What `patchpress build` would write, by path relative to out/. */
  files: Map<string, OutputFile['content']>;
  /** Its warnings. */
  diagnostics: Diagnostic[];
}

export interface PreviewState {
  /** Rebuild attempts so far, the first build included. */
  attempt: number;
  /** The latest attempt found no errors. */
  ok: boolean;
  /** The last build without errors, kept while the files are broken; null until one succeeds. */
  good: GoodBuild | null;
  /** What the latest attempt found: errors (then `good` is older than the files) and warnings. */
  diagnostics: Diagnostic[];
  /** How long the latest attempt took. */
  milliseconds: number;
}

export interface PreviewBuilds {
  current(): PreviewState;
  /** Rebuilds now (or right after the build in progress) and resolves with the new state. */
  rebuild(): Promise<PreviewState>;
  /** Asks for a rebuild once the files have been quiet for `debounceMs`. */
  schedule(): void;
  /** Cancels a scheduled rebuild and waits for the one in progress. */
  close(): Promise<void>;
}

const DEFAULT_DEBOUNCE_MS = 50;

/**
 * Builds the campaign in memory with `generate({ write: false })`, one build
 * at a time, keeping the last good one. A bug that throws inside the
 * pipeline is reported like a broken file: the preview server stays up.
 */
export function createPreviewBuilds(options: PreviewBuildOptions, onBuilt: (state: PreviewState) => void): PreviewBuilds {
  let state: PreviewState = { attempt: 0, ok: false, good: null, diagnostics: [], milliseconds: 0 };
  let running: Promise<PreviewState> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  // Kept for the preview's life: a save recompiles only the templates it changed and re-renders only the regions it affects.
  const cache = createBuildCache();

  const buildOnce = async (): Promise<PreviewState> => {
    const started = performance.now();
    const attempt = state.attempt + 1;
    let diagnostics: Diagnostic[];
    let good = state.good;
    try {
      const result = await generate({ data: options.data, templates: options.templates, drafts: options.drafts, cwd: options.cwd, write: false, cache });
      diagnostics = result.diagnostics;
      // A save that changes nothing built (a touch, a comment in a CSV) keeps the build: pages need not refresh.
      if (result.ok && !(good && sameBuild(good, result.files, diagnostics))) {
        good = {
          number: attempt,
          campaign: result.manifest?.campaign ?? '',
          summaries: releaseSummaries(result),
          files: new Map(result.files.map((f) => [f.path, f.content])),
          diagnostics,
        };
      }
    } catch (bug) {
      diagnostics = [error('patchpress', `internal error while rebuilding: ${bug instanceof Error ? bug.message : String(bug)}`, { hint: 'please report it; the preview keeps the last good build' })];
    }
    state = { attempt, ok: !hasErrors(diagnostics), good, diagnostics, milliseconds: performance.now() - started };
    try {
      onBuilt(state);
    } catch (bug) {
      options.onBug?.(bug);
    }
    return state;
  };

  const rebuild = (): Promise<PreviewState> => {
    if (running) {
      // The build in progress builds again before it resolves, so it answers for this call too.
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let latest = await buildOnce();
        // Files changed while we were building: build again so the pages never settle on stale files.
        while (again) {
          again = false;
          latest = await buildOnce();
        }
        return latest;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    current: () => state,
    rebuild,
    schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void rebuild();
      }, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    },
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      again = false;
      await running;
    },
  };
}

function sameBuild(good: GoodBuild, files: readonly OutputFile[], diagnostics: readonly Diagnostic[]): boolean {
  if (files.length !== good.files.size) return false;
  if (JSON.stringify(diagnostics) !== JSON.stringify(good.diagnostics)) return false;
  return files.every((f) => {
    const before = good.files.get(f.path);
    return before !== undefined && (typeof before === 'string' && typeof f.content === 'string' ? before === f.content : Buffer.compare(Buffer.from(before), Buffer.from(f.content)) === 0);
  });
}
