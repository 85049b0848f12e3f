import { createCompileCache, type CompileCache } from '../render/compileCache.js';
import type { MemorySink, OutputFile, OutputSink } from '../write/sink.js';
import { hasProblems, type RegionOutcome } from './regionBuild.js';

/**
 * What a process that builds the same campaign again and again in memory
 * (the live preview) keeps from one build to the next: compiled templates,
 * and each region's outcome with its files. A save rebuilds only the
 * releases it affects: a changed row re-renders that region alone; a changed
 * template recompiles that template and re-renders every region (each
 * region's input hash covers every template). The output is the same as a
 * build without a cache, byte for byte.
 */
export interface BuildCache {
  templates: CompileCache;
  regions: RegionMemo;
  /**
   * patchpress's own code hash (engineId), worked out by the first build:
   * the code a process runs cannot change under it, and reading all of
   * dist/ again was 35 to 100 ms of every preview rebuild.
   */
  engine: Promise<string> | null;
}

export function createBuildCache(): BuildCache {
  return { templates: createCompileCache(), regions: createRegionMemo(), engine: null };
}

/**
 * The last outcome of each region built in memory, under its input hash (see
 * inputHash.ts), the same key an incremental build keeps files by on disk.
 */
export interface RegionMemo {
  /** The region's outcome with its files put into `sink` again, if its inputs are those it was built from; else null. */
  reuse(slug: string, inputHash: string, sink: OutputSink): RegionOutcome | null;
  /** Keeps an outcome and its files, put into `sink`; one with anything to report is not kept, so it is reported again. */
  remember(slug: string, inputHash: string, outcome: RegionOutcome, sink: MemorySink): void;
  /** How many regions are kept (for tests). */
  readonly size: number;
}

interface Kept {
  inputHash: string;
  outcome: RegionOutcome;
  files: OutputFile[];
}

/** One entry per region slug, replaced as the region is rebuilt: never more than the campaign's regions. */
export function createRegionMemo(): RegionMemo {
  const kept = new Map<string, Kept>();
  return {
    reuse(slug, inputHash, sink) {
      const entry = kept.get(slug);
      if (!entry || entry.inputHash !== inputHash) return null;
      return { ...entry.outcome, files: entry.files.map((file) => sink.put(file.path, file.content)) };
    },
    remember(slug, inputHash, outcome, sink) {
      const own = outcome.files.flatMap((record) => {
        const content = sink.contentOf(record.path);
        return content === undefined ? [] : [{ path: record.path, content }];
      });
      // A file another region had already put (a collision, reported elsewhere) is not this region's to give back.
      if (hasProblems(outcome) || own.length !== outcome.files.length || outcome.files.some((f) => !f.written)) {
        kept.delete(slug);
        return;
      }
      kept.set(slug, { inputHash, outcome, files: own });
    },
    get size() {
      return kept.size;
    },
  };
}
