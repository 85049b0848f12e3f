import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../errors/diagnostic.js';
import { WriteError } from '../write/sink.js';
import type { EncodedResult } from './resultList.js';
import type { RegionJob, WorkerInit, WorkerReply } from './workerProtocol.js';

const WORKER = new URL('./regionWorker.js', import.meta.url);

/**
 * Whether worker threads can start: they run the compiled worker script,
 * which is not there when patchpress runs from its TypeScript sources (its
 * own tests, in-process); regions are then built on the calling thread.
 */
export const workersAvailable = existsSync(fileURLToPath(WORKER));

/** Batches in flight per worker: while it renders one, the next is already waiting, so it never idles on the main thread. */
const IN_FLIGHT = 2;

/**
 * A worker holds its libraries, the templates and one batch: a small heap,
 * kept small (young objects die fast when rendering). A ceiling, not a
 * target: a worker that needed more would stop with an error, not corrupt
 * anything.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 };

/** A worker could not set up (the PNG renderer's files are missing): the user's to fix, reported as diagnostics. */
export class WorkerSetupError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('a render worker could not set up');
  }
}

/**
 * Builds regions on `workers` worker threads. Jobs go out in small batches to
 * whichever worker is free (regions differ in cost, so a fixed split would
 * leave one waiting); each has at most two batches at a time, so results
 * never pile up in memory. This thread renders nothing meanwhile: it keeps
 * the campaign and the results, and rendering's garbage stays in the
 * workers' small heaps. `onResult` gets each region's result, encoded, with
 * its index; the caller puts them back in region order.
 */
export async function buildInWorkers(
  init: WorkerInit,
  indices: readonly number[],
  workers: number,
  makeJob: (index: number) => RegionJob,
  onResult: (index: number, result: EncodedResult) => void,
  onCollisions: (count: number) => void,
): Promise<void> {
  const batchSize = Math.max(1, Math.min(64, Math.ceil(indices.length / (workers * 16))));
  // Batches of indices: a region's job (its story) is made only when its batch is sent.
  const batches: Array<readonly number[]> = [];
  for (let i = 0; i < indices.length; i += batchSize) batches.push(indices.slice(i, i + batchSize));
  let next = 0;
  let failed = false;
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(WORKER, { workerData: init, resourceLimits: WORKER_LIMITS }));
  try {
    await Promise.all(pool.map((worker) => serve(worker)));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }

  /** Feeds one worker until no batch is left; rejects on its failure (or a failure elsewhere). */
  function serve(worker: Worker): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let pending = 0;
      let settled = false;
      const fail = (cause: Error): void => {
        if (settled) return;
        settled = true;
        failed = true;
        reject(cause);
      };
      const send = (): void => {
        if (next >= batches.length || failed) return;
        worker.postMessage(batches[next++]!.map(makeJob));
        pending++;
      };
      worker.on('message', (reply: WorkerReply) => {
        pending--;
        if (settled) return;
        if ('failure' in reply) return fail(fromFailure(reply.failure));
        try {
          for (const { index, result } of reply.results) onResult(index, result);
          if (reply.collisions) onCollisions(reply.collisions);
          send();
        } catch (cause) {
          return fail(cause as Error);
        }
        if (pending === 0) {
          settled = true;
          resolve();
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a render worker stopped early (exit code ${code})`)));
      for (let i = 0; i < IN_FLIGHT; i++) send();
      if (pending === 0) {
        settled = true;
        resolve();
      }
    });
  }
}

function fromFailure(failure: Extract<WorkerReply, { failure: unknown }>['failure']): Error {
  if (failure.kind === 'setup') return new WorkerSetupError(failure.diagnostics);
  if (failure.kind === 'write') return new WriteError(failure.code);
  const bug = new Error('a render worker failed');
  bug.stack = `${bug.message}: ${failure.stack}`;
  return bug;
}
