import { availableParallelism } from 'node:os';
import { regionNames } from '../audit/auditReleases.js';
import type { StoryList } from '../derive/deriveStories.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import { loadRasterAssets } from '../load/loadRasterAssets.js';
import type { Campaign, QuoteSnippet, RegionStory } from '../model.js';
import { campaignContext, regionContext } from '../render/context.js';
import type { BranchPoint } from '../render/sourceMarkers.js';
import type { TemplateSet } from '../render/templateSet.js';
import type { PreviousOutput, PreviousRegion } from '../write/previousOutput.js';
import type { FileRecord, MemorySink, OutputSink, StagingSink } from '../write/sink.js';
import type { BuildCache } from './buildCache.js';
import { collectGarbage } from './collectGarbage.js';
import { regionResult, ResultList, type EncodedResult, type RegionResult } from './resultList.js';
import { buildRegion, createRegionBuilder, type BuildSettings, type RegionBuilder, type RegionOutcome, type ReleaseSummary } from './regionBuild.js';
import { buildInWorkers, WorkerSetupError, workersAvailable } from './workerPool.js';
import type { RegionJob, WorkerInit } from './workerProtocol.js';

/** Below this many regions to render, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 200;
/** Past a few threads the file system, not rendering, is the limit. */
const MAX_THREADS = 8;
/** Results received between full collections on this thread while workers render. */
const MAIN_COLLECT_EVERY = 2000;
/**
 * And a first one this long (ms) after the workers start: V8 shrinks this
 * thread's young generation only in a collection made after some five
 * seconds of little allocation, which this thread is once it only hands out
 * regions, and the workers' heaps are growing beside it meanwhile.
 */
const FIRST_MAIN_COLLECT_MS = 6000;

export type RegionsOutput =
  /** Nothing is written: files, releases and audits are kept in memory, on this thread. */
  | { kind: 'memory'; sink: MemorySink }
  /** Files stream into the staging folder; regions whose inputs are unchanged keep the previous files. */
  | { kind: 'staging'; sink: StagingSink; previous: PreviousOutput | null; staging: string };

export interface RegionsPlan {
  campaign: Campaign;
  quotes: QuoteSnippet[];
  set: TemplateSet;
  settings: BuildSettings;
  stories: StoryList;
  /** Each story's input hash, in the same order. */
  inputHashes: readonly string[];
  output: RegionsOutput;
  /** Keep each release's copy for the similar-releases check (which then needs every region rendered). */
  keepCopies: boolean;
  /** Stories asked for again after the build (the newsrooms' forces): every other row is let go once its region is done. */
  keepRows: ReadonlySet<number>;
  /** Where out/ files are named in messages. */
  outDir: string;
  /** Threads rendering (1: this one; more: that many workers); undefined chooses by size and cores. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** What the preview keeps between builds: compiled templates, and each region built in memory. */
  cache?: BuildCache;
}

export interface RegionsBuilt {
  /** In region order. */
  results: ResultList;
  /** Regions rendered in this run. */
  rendered: number;
  /** Regions whose files were kept from the previous build without rendering. */
  reused: number;
  /** Files given twice (two releases on one path: reported by name elsewhere). */
  collisions: number;
  /** Set when the converters could not be set up (the PNG renderer's files missing). */
  setupDiagnostics: Diagnostic[];
  /** The templates' blocks as this thread's auditor numbered them; null when no region was audited here. */
  branches: readonly BranchPoint[] | null;
}

/**
 * Builds every region into the output: first keeps the regions whose inputs
 * have not changed since the previous build, then renders the rest, on worker
 * threads when there are enough of them (this thread then only hands out
 * regions and collects results, and rendering's garbage stays in the
 * workers' heaps), else on this thread.
 */
export async function buildRegions(plan: RegionsPlan): Promise<RegionsBuilt> {
  const { stories, output } = plan;
  // Written files leave only small results, kept as JSON in a scratch file; in memory they hold the releases themselves.
  const results = new ResultList(stories.length, output.kind === 'staging' ? output.staging : null);
  try {
    return await buildInto(results, plan);
  } catch (cause) {
    results.close();
    throw cause;
  }
}

async function buildInto(results: ResultList, plan: RegionsPlan): Promise<RegionsBuilt> {
  const { stories, output } = plan;
  const built: RegionsBuilt = { results, rendered: 0, reused: 0, collisions: 0, setupDiagnostics: [], branches: null };
  const primary = plan.campaign.measures[0]!.name;
  let done = 0;
  const record = (index: number, result: RegionResult | EncodedResult): void => {
    if (result instanceof Uint8Array) results.setEncoded(index, result);
    else results.set(index, result);
    if (!plan.keepRows.has(index)) stories.letGo(index);
    plan.onProgress?.(++done, stories.length);
  };
  const resultOf = (index: number, story: RegionStory, outcome: RegionOutcome): RegionResult => regionResult(outcome, story, plan.inputHashes[index]!, primary);

  const toRender: number[] = [];
  // Email drafts are not listed with their releases: a build with eml renders every region.
  const mayKeep = output.kind === 'staging' && output.previous !== null && !plan.settings.formats.includes('eml');
  const shared = campaignContext(plan.campaign);
  for (let index = 0; index < stories.length; index++) {
    const story = mayKeep ? stories.at(index) : null;
    const kept = story && output.kind === 'staging' ? keepRegion(output.sink, output.previous?.regions.get(story.region.slug), plan.inputHashes[index]!, story.region.slug) : null;
    if (kept && story && plan.keepCopies) {
      // The similar-releases check reads the copy: the kept Markdown, as the previous build wrote it.
      const copies = copiesOf(kept, output.sink, plan.set, regionNames(regionContext(plan.campaign, story, [], shared).region), story.region.name);
      if (copies) kept.copies = copies;
      else {
        toRender.push(index);
        continue;
      }
    }
    if (kept && story) record(index, resultOf(index, story, kept));
    else toRender.push(index);
  }
  built.rendered = toRender.length;
  built.reused = stories.length - toRender.length;
  if (toRender.length === 0) return built;

  const options = { keepCopies: plan.keepCopies, outDir: plan.outDir };
  const threads = output.kind === 'staging' ? threadCount(plan.threads, toRender.length) : 1;
  if (output.kind === 'staging' && threads > 1) {
    const { previous } = output;
    const init: WorkerInit = {
      campaign: plan.campaign,
      quotes: plan.quotes,
      set: plan.set,
      settings: plan.settings,
      options,
      staging: output.staging,
      previous: previous && { dir: previous.dir, notAfterMs: previous.notAfterMs },
    };
    const job = (index: number): RegionJob => {
      const story = stories.at(index);
      const files = previous?.regions.get(story.region.slug)?.releases.flatMap((r) => Object.values(r.files)) ?? [];
      const previousFiles = [...files, `${story.region.slug}/audit.json`].flatMap((path): Array<[string, string]> => {
        const sha256 = previous?.sha256(path);
        return sha256 === undefined ? [] : [[path, sha256]];
      });
      return { index, story, inputHash: plan.inputHashes[index]!, previousFiles };
    };
    // This thread only collects results meanwhile, too slowly to start a full collection itself for
    // minutes: what it lets go of (received outcomes, sent jobs) would otherwise pile up for the whole build.
    let received = 0;
    let firstCollectAt = performance.now() + FIRST_MAIN_COLLECT_MS;
    const collect = (index: number, result: EncodedResult): void => {
      record(index, result);
      received += 1;
      const first = performance.now() >= firstCollectAt;
      if (first) firstCollectAt = Infinity;
      if (first || received % MAIN_COLLECT_EVERY === 0) collectGarbage();
    };
    try {
      await buildInWorkers(init, toRender, threads, job, collect, (n) => (built.collisions += n));
    } catch (cause) {
      if (!(cause instanceof WorkerSetupError)) throw cause;
      built.setupDiagnostics = cause.diagnostics;
    }
    return built;
  }

  // In memory, a region whose inputs are unchanged since the cache's last build is given back as it was.
  const memo = output.kind === 'memory' ? plan.cache?.regions : undefined;
  let builder: RegionBuilder | null = null;
  for (const index of toRender) {
    const story = stories.at(index);
    const kept = memo?.reuse(story.region.slug, plan.inputHashes[index]!, output.sink);
    if (kept) {
      built.rendered -= 1;
      built.reused += 1;
      record(index, resultOf(index, story, kept));
      continue;
    }
    if (!builder) {
      const created = await createRegionBuilder(plan.campaign, plan.quotes, plan.set, plan.settings, loadRasterAssets, plan.cache?.templates);
      if (!created.builder) {
        built.setupDiagnostics = created.diagnostics;
        return built;
      }
      builder = created.builder;
      built.branches = builder.auditor.branches;
    }
    const outcome = await buildRegion(builder, story, output.sink, { ...options, keepRendered: output.kind === 'memory' });
    if (memo && output.kind === 'memory') memo.remember(story.region.slug, plan.inputHashes[index]!, outcome, output.sink);
    record(index, resultOf(index, story, outcome));
  }
  built.collisions = output.sink.collisions;
  return built;
}

/**
 * The previous build's files for a region whose inputs are unchanged,
 * hard-linked into the staging folder; null when any of them cannot be
 * reused (then the region is rendered).
 */
function keepRegion(sink: StagingSink, previous: PreviousRegion | undefined, inputHash: string, slug: string): RegionOutcome | null {
  if (!previous || previous.inputHash !== inputHash) return null;
  const releases: ReleaseSummary[] = [];
  for (const r of previous.releases) {
    // The output path is what the copy formats are named after.
    const copy = r.files.md ?? r.files.html ?? r.files.docx;
    if (copy === undefined) return null;
    releases.push({ template: r.template, headline: r.headline, output: copy.replace(/\.[a-z]+$/, ''), files: r.files, ...(r.audit ? { audit: r.audit } : {}), ...(r.varySeed ? { varySeed: r.varySeed } : {}) });
  }
  const paths = [...new Set([...previous.releases.flatMap((r) => Object.values(r.files)), `${slug}/audit.json`])];
  if (!paths.every((path) => sink.canKeep(path))) return null;
  const files: FileRecord[] = paths.map((path) => sink.keep(path));
  return { releases, files, buildDiagnostics: [], leakDiagnostics: [], wrongEmbargo: [], findings: [] };
}

/** The copy of each kept release for the similar-releases check; null when one was not written as Markdown. */
function copiesOf(kept: RegionOutcome, sink: OutputSink, set: TemplateSet, names: string[], region: string): NonNullable<RegionOutcome['copies']> | null {
  const copies: NonNullable<RegionOutcome['copies']> = [];
  for (const release of kept.releases) {
    const template = set.specs.find((spec) => spec.id === release.template);
    if (!release.files.md || !template) return null;
    copies.push({ text: Buffer.from(sink.read(release.files.md)).toString('utf8'), names, template: template.file, region, templateId: release.template });
  }
  return copies;
}

/** Threads rendering: 1 is this one; more are worker threads (this one then renders nothing). */
function threadCount(requested: number | undefined, regions: number): number {
  if (!workersAvailable) return 1;
  if (requested !== undefined) return Math.max(1, Math.min(requested, regions));
  if (regions < WORKER_THRESHOLD) return 1;
  return Math.min(availableParallelism(), MAX_THREADS);
}

export type { RegionResult } from './resultList.js';
