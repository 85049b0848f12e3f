import type { Campaign, QuoteSnippet, RegionStory } from '../model.js';
import type { TemplateSet } from '../render/templateSet.js';
import type { BuildRegionOptions, BuildSettings } from './regionBuild.js';
import type { EncodedResult } from './resultList.js';

/** What every render worker is started with: the campaign once, never its 50,000 rows. */
export interface WorkerInit {
  campaign: Campaign;
  quotes: QuoteSnippet[];
  /** The templates as the main thread parsed and checked them: a worker need not load the parser's libraries. */
  set: TemplateSet;
  settings: BuildSettings;
  options: Omit<BuildRegionOptions, 'keepRendered'>;
  /** The staging folder the worker writes its regions' files into. */
  staging: string;
  /** The previous out/ and its manifest's time, when its files may be reused. */
  previous: { dir: string; notAfterMs: number } | null;
}

/** One region to build. */
export interface RegionJob {
  /** Position among the regions being built, so results merge in region order. */
  index: number;
  story: RegionStory;
  /** Its inputs' hash, kept with its result for the next build. */
  inputHash: string;
  /** path → sha256 of this region's files in the previous out/. */
  previousFiles: Array<[string, string]>;
}

/** A worker's answer to one batch of jobs. */
export type WorkerReply =
  | { results: Array<{ index: number; result: EncodedResult }>; /** Files the sink was given twice in this batch. */ collisions: number }
  | { failure: { kind: 'setup'; diagnostics: import('../errors/diagnostic.js').Diagnostic[] } | { kind: 'write'; code: string } | { kind: 'bug'; stack: string } };
