/**
 * A render worker: builds the regions it is sent, writing their files into
 * the staging folder itself, and answers with the small per-region outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRasterAssets } from '../load/loadRasterAssets.js';
import { StagingSink, WriteError, type PreviousFiles } from '../write/sink.js';
import { collectGarbage } from './collectGarbage.js';
import { buildRegion, createRegionBuilder } from './regionBuild.js';
import { encodeResult, regionResult } from './resultList.js';
import type { RegionJob, WorkerInit, WorkerReply } from './workerProtocol.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const { builder, diagnostics } = await createRegionBuilder(init.campaign, init.quotes, init.set, init.settings, loadRasterAssets);
const primary = init.campaign.measures[0]!.name;
let previousHashes = new Map<string, string>();
const previous: PreviousFiles | null = init.previous && { ...init.previous, sha256: (path) => previousHashes.get(path) };
const sink = new StagingSink(init.staging, previous);

/**
 * Regions between full collections. Rendering's garbage outlives the small
 * young generation and would grow this heap to several times what it holds;
 * collecting after every few hundred regions keeps it near its live size for
 * about 2% of the time.
 */
const COLLECT_EVERY = 500;
let sinceCollected = 0;

port.on('message', (jobs: RegionJob[]) => {
  void answer(jobs).then((reply) => {
    // The results' bytes move to the main thread rather than being copied.
    port.postMessage(reply, 'results' in reply ? reply.results.map((r) => r.result.buffer) : []);
    sinceCollected += jobs.length;
    if (sinceCollected >= COLLECT_EVERY) {
      sinceCollected = 0;
      collectGarbage();
    }
  });
});

async function answer(jobs: RegionJob[]): Promise<WorkerReply> {
  if (!builder) return { failure: { kind: 'setup', diagnostics } };
  try {
    previousHashes = new Map(jobs.flatMap((job) => job.previousFiles));
    const collisionsBefore = sink.collisions;
    const results: Extract<WorkerReply, { results: unknown }>['results'] = [];
    for (const job of jobs) {
      const outcome = await buildRegion(builder, job.story, sink, { ...init.options, keepRendered: false });
      results.push({ index: job.index, result: encodeResult(regionResult(outcome, job.story, job.inputHash, primary)) });
    }
    return { results, collisions: sink.collisions - collisionsBefore };
  } catch (cause) {
    if (cause instanceof WriteError) return { failure: { kind: 'write', code: cause.code } };
    return { failure: { kind: 'bug', stack: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) } };
  }
}
