import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { AuditFindings, auditReport as auditReport_, createReleaseAuditor, leakDiagnostics, similarDiagnostics, similarReleases, type AuditReport } from './audit/auditReleases.js';
import { ruleSetting } from './audit/lint.js';
import { plausibilityReport } from './audit/plausibility.js';
import { buildRegions, WORKER_THRESHOLD, type RegionResult, type RegionsBuilt, type RegionsOutput } from './build/buildRegions.js';
import { collectGarbage, withSmallYoungGeneration } from './build/collectGarbage.js';
import type { ResultList } from './build/resultList.js';
import { inputHashesFor } from './build/inputHash.js';
import type { BuildSettings, ReleaseSummary } from './build/regionBuild.js';
import { embargoOf, embargoPassed, type Embargo } from './convert/embargo.js';
import { DEFAULT_FORMATS, FORMATS, type Format } from './convert/formats.js';
import { indexContext, type IndexEntry } from './convert/pageContexts.js';
import { finishedPage } from './convert/releasePage.js';
import { eachStory, storiesOf, type StoryList } from './derive/deriveStories.js';
import { append, error, hasErrors, warning, type Diagnostic } from './errors/diagnostic.js';
import { engineId } from './load/engineId.js';
import { loadCampaignFolder } from './load/loadCampaignFolder.js';
import { loadTemplateFolder, type TemplateFolder } from './load/loadTemplateFolder.js';
import type { Campaign, Newsroom, QuoteSnippet, RegionStory } from './model.js';
import { newsroomBundles } from './newsrooms/newsroomBundles.js';
import { contextShapes } from './render/contextShapes.js';
import { formatNumber } from './render/helpers/format.js';
import { outputCollisions, type OutputClaim } from './render/outputPaths.js';
import type { BuildCache } from './build/buildCache.js';
import { createRenderer } from './render/renderer.js';
import type { BranchPoint } from './render/sourceMarkers.js';
import type { RenderedRelease } from './render/renderRelease.js';
import { checkTemplateSet, INDEX_LAYOUT, parseTemplateSet, type TemplateSet } from './render/templateSet.js';
import type { TemplateSpec } from './render/templateSpec.js';
import { NEWSROOMS_FILE } from './validate/newsrooms.js';
import { lineOfKey, validateCampaignFolder } from './validate/validateCampaignFolder.js';
import { buildManifest, manifestPieces, manifestText, type Manifest, type ManifestInput, type ManifestRelease } from './write/manifest.js';
import { outputOverlap } from './write/outputOverlap.js';
import { readPreviousOutput } from './write/previousOutput.js';
import { MemorySink, StagingSink, WriteError, type FileRecord } from './write/sink.js';
import { openStaging, recoverOutput, writeFailure, type OutputFile, type Staging } from './write/stagedOutput.js';

export interface GenerateOptions {
  /** Campaign folder; default `data`. */
  data?: string;
  /** Templates folder; default `templates`. */
  templates?: string;
  /** Output folder; default `out`. */
  out?: string;
  /** The build date, YYYY-MM-DD, recorded in the manifest; default today in the campaign's time zone. */
  date?: string;
  /** Only these region slugs. */
  only?: readonly string[];
  /** Include quote snippets not yet approved. */
  drafts?: boolean;
  /** The outputs to make; default md, html and svg (the chart). */
  formats?: readonly Format[];
  /** false: check and render everything, write nothing (`patchpress check`). */
  write?: boolean;
  /** Folder the paths are relative to; default the process's. */
  cwd?: string;
  /**
   * Threads rendering regions when writing: 1 renders on the calling thread;
   * more start that many worker threads. Default: one per core (up to 8)
   * from 200 regions to render, else 1.
   */
  threads?: number;
  /** true: ignore the previous out/ and render and write every file. */
  fresh?: boolean;
  /** Called as regions are done, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /**
   * What to reuse and add to from earlier builds in this process
   * (`createBuildCache()`, the preview's): only templates that changed are
   * compiled again, and with `write: false` only regions whose inputs
   * changed are rendered again. The output is the same with or without it.
   */
  cache?: BuildCache;
}

/** What a run produced and what it had to write. */
export interface GenerateCounts {
  releases: number;
  /** Files in the output, index and manifest included. */
  files: number;
  /** Files written with new content. */
  written: number;
  /** Files kept from the previous out/ because their bytes had not changed. */
  unchanged: number;
  /** Regions rendered in this run. */
  rendered: number;
  /** Regions whose inputs were unchanged, so their files were kept without rendering. */
  reused: number;
}

export interface GenerateResult {
  /** No errors (warnings allowed). */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Set when the options themselves are wrong (an unknown --only slug): exit 2. */
  usageError?: string;
  /**
   * With `write: false`, every release as rendered and every file's content.
   * Empty when writing: files stream to disk as they are made, so 50,000
   * releases never sit in memory together (see `counts` and `manifest`).
   */
  releases: RenderedRelease[];
  files: OutputFile[];
  /**
   * The manifest; when the build wrote its files, read back from the
   * manifest.json it wrote when first asked for (a large build writes it
   * as it is made, never holding it). null when the build failed.
   */
  manifest: Manifest | null;
  /** Whether out/ was replaced. */
  written: boolean;
  /**
   * Every figure traced, house style checked, paths taken: the full report
   * with `write: false` (check, preview); null when writing, whose audit
   * streams into each region's audit.json.
   */
  audit: AuditReport | null;
  counts: GenerateCounts;
}

const NO_COUNTS: GenerateCounts = { releases: 0, files: 0, written: 0, unchanged: 0, rendered: 0, reused: 0 };

/** Past this many releases of one template, similar-releases (every pair compared) is not run. */
export const SIMILARITY_LIMIT = 2000;

/**
 * The whole pipeline: load → validate → derive → select quotes → render →
 * convert → audit → write, region by region, each region's files streamed to
 * the output as they are made. User mistakes come back as diagnostics; only
 * bugs throw.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const dataDir = options.data ?? 'data';
  const templatesDir = options.templates ?? 'templates';
  const outDir = options.out ?? 'out';
  const cwd = options.cwd ?? process.cwd();
  const failed = (diagnostics: Diagnostic[], usageError?: string): GenerateResult => ({
    ok: false, diagnostics: unique(diagnostics), releases: [], files: [], manifest: null, written: false, audit: null, counts: NO_COUNTS, ...(usageError ? { usageError } : {}),
  });
  if (options.write !== false) {
    const overlap = outputOverlap(outDir, { data: dataDir, templates: templatesDir }, cwd);
    if (overlap) return failed([], overlap);
    // A build killed mid-swap left out/ beside itself: put it back whatever this run finds.
    await recoverOutput(outDir, cwd);
  }

  // load, validate, derive, check; then select quotes, render, convert and audit every region into the output
  const built = await buildAllRegions(options, { dataDir, templatesDir, outDir, cwd });
  if ('failed' in built) return failed(built.failed, built.usageError);
  const { campaign, set, output, staging, diagnostics, results } = built;
  const discard = async (problems: Diagnostic[]): Promise<GenerateResult> => {
    await staging?.discard();
    return failed(problems);
  };
  try {
    const warnedEmbargo = new Set<string>();
    // Each pass over the results reads every one back from its JSON: this one also gathers what later steps count.
    const outputs: OutputClaim[] = [];
    let fileCount = 0;
    let regionsWritten = 0;
    let releaseCount = 0;
    for (const result of results) {
      fileCount += result.paths.length;
      regionsWritten += result.written;
      releaseCount += result.releases.length;
      for (const release of result.releases) outputs.push({ output: release.output, region: result.region, template: templateOf(set, release.template) });
      append(diagnostics, result.buildDiagnostics);
      for (const wrong of result.wrongEmbargo) {
        if (warnedEmbargo.has(wrong.file) || !built.embargo) continue;
        warnedEmbargo.add(wrong.file);
        diagnostics.push(
          warning(wrong.file, `the release opens with "${wrong.text}", which is not the campaign's embargo: "${built.embargo.line}"`, {
            line: wrong.line,
            hint: 'print it from campaign.yaml: **EMBARGOED UNTIL {{date campaign.embargo "HH:mm EEEE d MMMM yyyy"}}**',
          }),
        );
      }
    }
    const collisions = outputCollisions(outputs);
    outputs.length = 0;
    append(diagnostics, collisions);
    if (built.collisions > 0 && !collisions.length) diagnostics.push(error(outDir, 'two outputs of this build would be written to the same file', { hint: 'give each template an output path with the region in it, e.g. "{{region.slug}}/release"' }));
    if (hasErrors(diagnostics)) return discard(diagnostics);
    append(diagnostics, built.setupDiagnostics);
    if (hasErrors(diagnostics)) return discard(diagnostics);

    // newsrooms: each one's releases in every format, email drafts, figures and a zip
    // Every region's files, read from the results when asked for: 200,000 records held at once were 50 MB.
    const regionFiles = function* (): Generator<Pick<FileRecord, 'path' | 'sha256' | 'written'>> {
      for (const r of results) for (let i = 0; i < r.paths.length; i++) yield { path: r.paths[i]!, sha256: r.sha256.slice(i * 64, i * 64 + 64), written: r.writtenFlags[i] === '1' };
    };
    const newsroomForces = new Set(built.newsrooms.flatMap((n) => n.forces));
    const bundles = newsroomBundles({
      ...built,
      regions: results.flatMap((r) => (newsroomForces.has(r.region) ? [r] : [])),
      files: built.newsrooms.length ? Array.from(regionFiles()) : [],
      sink: output.sink,
    });

    // index, then the audit's findings across releases
    const entries = results.flatMap((r) => r.releases.map((release) => indexEntry(r, release)));
    const renderer = createRenderer(set.partials, campaign.style, options.cache?.templates);
    const index = finishedPage(renderer, set.layouts.get(INDEX_LAYOUT)!, indexContext(campaign, built.date, entries, bundles.index), 'the index page');
    entries.length = 0;
    if (index.html === null) return discard([...diagnostics, ...index.diagnostics]);
    const indexFile = output.sink.put('index.html', index.html);
    // The index's rows and page (tens of MB at 50,000 regions) are garbage before the manifest is made.
    if (results.length >= WORKER_THRESHOLD && output.kind === 'staging') collectGarbage();
    // One pass for three kinds of finding, reported in this order.
    const findings = new AuditFindings();
    const leaks: Diagnostic[] = [];
    for (const result of results) {
      for (const found of result.findings) findings.add(found);
      append(leaks, result.leakDiagnostics);
    }
    append(diagnostics, findings.diagnostics());
    append(diagnostics, leaks);
    append(diagnostics, leakDiagnostics([{ path: 'index.html', content: index.html }], outDir));
    const report = built.auditReport(results);
    append(diagnostics, report.diagnostics);
    if (hasErrors(diagnostics)) {
      await staging?.discard();
      return { ...failed(diagnostics), audit: report.report };
    }

    // manifest
    const inputHashes = new Map(results.flatMap((r) => (r.reusable ? [[r.slug, r.inputHash] as const] : [])));
    const manifestReleases = function* (): Generator<ManifestRelease> {
      for (const r of results) for (const release of r.releases) yield manifestRelease(r, release);
    };
    const manifestInput: ManifestInput = {
      campaign: campaign.id,
      date: built.date,
      embargo: built.embargo,
      formats: FORMATS.filter((f) => built.settings.formats.includes(f)),
      releases: manifestReleases(),
      newsrooms: bundles.manifest,
      files: [regionFiles(), bundles.files, [indexFile]],
      inputHashes,
    };
    fileCount += bundles.files.length + 2;
    const counts = (manifestFile: FileRecord): GenerateCounts => {
      const written = regionsWritten + [...bundles.files, indexFile, manifestFile].filter((f) => f.written).length;
      return { releases: releaseCount, files: fileCount, written, unchanged: fileCount - written, rendered: built.rendered, reused: built.reused };
    };

    if (output.kind === 'memory') {
      const manifest = buildManifest(manifestInput);
      const manifestFile = output.sink.putPieces('manifest.json', manifestText(manifest));
      const releases = results.flatMap((r) => r.rendered ?? []);
      return { ok: true, diagnostics: unique(diagnostics), releases, files: output.sink.files, manifest, written: false, audit: report.report, counts: { ...counts(manifestFile), written: 0, unchanged: 0 } };
    }
    // Written as it is made: the manifest of a large build is the biggest thing it would otherwise hold.
    const manifestFile = output.sink.putPieces('manifest.json', manifestPieces(manifestInput));

    // write: swap the staging folder in for out/
    const writeProblems = await staging!.commit();
    if (writeProblems.length) return failed([...diagnostics, ...writeProblems]);
    return withWrittenManifest({ ok: true, diagnostics: unique(diagnostics), releases: [], files: [], manifest: null, written: true, audit: null, counts: counts(manifestFile) }, join(staging!.target, 'manifest.json'));
  } catch (cause) {
    await staging?.discard();
    if (cause instanceof WriteError) return failed([...diagnostics, writeFailure(outDir, cause)]);
    throw cause;
  } finally {
    results.close();
  }
}

interface Folders {
  dataDir: string;
  templatesDir: string;
  outDir: string;
  cwd: string;
}

interface AllRegionsBuilt extends RegionsBuilt {
  campaign: Campaign;
  newsrooms: Newsroom[];
  set: TemplateSet;
  settings: BuildSettings;
  embargo: Embargo | null;
  date: string;
  output: RegionsOutput;
  /** The staging folder files went into; null when nothing is written. */
  staging: Staging | null;
  diagnostics: Diagnostic[];
  /** A region's story by slug, kept only when newsrooms need their forces' figures. */
  storyOf: (slug: string) => RegionStory | undefined;
  /** The audit across releases: the full report when nothing is written, the similar pairs only when writing. */
  auditReport(results: ResultList): { report: AuditReport | null; diagnostics: Diagnostic[] };
}

/**
 * Everything up to and including each region's files. Its own function so
 * the campaign's rows and stories are let go before the index and manifest
 * are made: only the small per-region results come back.
 */
async function buildAllRegions(options: GenerateOptions, folders: Folders): Promise<AllRegionsBuilt | { failed: Diagnostic[]; usageError?: string }> {
  const { dataDir, outDir, cwd } = folders;
  const engineHash = options.cache ? (options.cache.engine ??= engineId()) : engineId();
  // Reading a campaign is this thread's busiest time; a build that writes lives on after it, and needs its memory back.
  const checked = options.write === false ? await loadAndCheck(folders, engineHash) : await withSmallYoungGeneration(() => loadAndCheck(folders, engineHash));
  if ('failed' in checked) return checked;
  const { campaign, quotes, newsrooms, stories, set, templates, engine, diagnostics } = checked;

  const date = options.date ?? today(campaign.style.timeZone);
  const selected = selectRegions(stories, options.only);
  if ('unknown' in selected) return { failed: [], usageError: selected.unknown };
  const formats = options.formats ?? DEFAULT_FORMATS;
  const embargo = embargoOf(campaign);
  if (embargo && embargoPassed(embargo, date, campaign.style.timeZone)) diagnostics.push(staleEmbargo(checked.campaignFile, embargo, date));
  if (formats.includes('eml') && newsrooms.length === 0) {
    diagnostics.push(warning(`${dataDir}/${NEWSROOMS_FILE}`, 'eml: no newsrooms to address the email drafts to, so none were written', { hint: 'list newsrooms, their email and the forces they cover in this file (see README, Newsroom delivery)' }));
  }
  const settings: BuildSettings = { drafts: options.drafts ?? false, formats, embargo, newsrooms, date };
  const inputHashes = inputHashesFor({ engine, campaign, quotes, templates, drafts: settings.drafts, formats, date, newsrooms }, eachStory(selected));
  // Reading and checking a large campaign leaves its garbage on this thread; let it go, and its pages, before the workers start.
  const large = options.write !== false && selected.length >= WORKER_THRESHOLD;
  if (large) collectGarbage({ compact: true });

  // similar-releases compares every pair of a template's releases: run up to a limit
  const similarity = ruleSetting(campaign.style, 'similar-releases');
  const releaseCount = selected.length * set.specs.length;
  const compareCopies = similarity !== 'off' && releaseCount <= SIMILARITY_LIMIT;
  if (similarity !== 'off' && !compareCopies) {
    diagnostics.push(
      warning(set.specs[0]?.file ?? folders.templatesDir, `similar-releases: not checked for ${formatNumber(releaseCount)} releases (it compares every pair; up to ${formatNumber(SIMILARITY_LIMIT)} are checked)`, {
        hint: 'set style.rules.similar-releases to off in campaign.yaml to drop this note, or check a sample with --only',
      }),
    );
  }

  let staging: Staging | null = null;
  let output: RegionsOutput;
  if (options.write === false) {
    output = { kind: 'memory', sink: new MemorySink() };
  } else {
    const opened = await openStaging(outDir, cwd);
    if ('diagnostics' in opened) return { failed: [...diagnostics, ...opened.diagnostics] };
    staging = opened.staging;
    const previous = options.fresh ? null : await readPreviousOutput(outDir, cwd);
    output = { kind: 'staging', sink: new StagingSink(staging.dir, previous), previous, staging: staging.dir };
  }
  let branches: readonly BranchPoint[] | null = null;
  const auditReport = (results: ResultList): { report: AuditReport | null; diagnostics: Diagnostic[] } => {
    if (output.kind === 'memory') {
      const audited = results.flatMap((r) => (r.audits ?? []).map((audit, i) => ({ audit, copy: r.copies?.[i] ?? { text: '', names: [], template: '' } })));
      // The blocks as the auditor that audited the releases numbered them; marked afresh only when no release was.
      branches ??= createReleaseAuditor(campaign, set, options.cache?.templates).branches;
      return auditReport_(campaign, quotes, branches, audited, set.specs.length > 1);
    }
    if (!compareCopies) return { report: null, diagnostics: [] };
    const copies = results.flatMap((r) => (r.copies ?? []).map((c) => ({ ...c, label: set.specs.length > 1 ? `${c.region} (${c.templateId})` : c.region })));
    return { report: null, diagnostics: similarDiagnostics(similarReleases(copies, campaign.style.similarity), similarity) };
  };
  const covered = coveredStories(selected, newsrooms);
  try {
    const built = await buildRegions({
      campaign,
      quotes,
      set,
      settings,
      stories: selected,
      inputHashes,
      output,
      keepCopies: compareCopies || output.kind === 'memory',
      keepRows: covered.indices,
      outDir,
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    });
    branches = built.branches;
    // And the regions' (results received from the workers) before the index and manifest are made.
    if (large) collectGarbage();
    return { ...built, campaign, newsrooms, set, settings, embargo, date, output, staging, diagnostics, storyOf: covered.storyOf, auditReport };
  } catch (cause) {
    await staging?.discard();
    if (cause instanceof WriteError) return { failed: [...diagnostics, writeFailure(outDir, cause)] };
    throw cause;
  }
}

interface Checked {
  campaign: Campaign;
  campaignFile: { path: string; text: string };
  quotes: QuoteSnippet[];
  newsrooms: Newsroom[];
  stories: StoryList;
  set: TemplateSet;
  templates: TemplateFolder;
  engine: string;
  /** Warnings so far. */
  diagnostics: Diagnostic[];
}

/**
 * Load, validate, derive, and check every template against the data it will
 * see. Its own function so the files' text is let go once validated.
 */
async function loadAndCheck({ dataDir, templatesDir, cwd }: Folders, engineHash: Promise<string>): Promise<Checked | { failed: Diagnostic[] }> {
  // load
  const [data, templates, engine] = await Promise.all([loadCampaignFolder(dataDir, cwd), loadTemplateFolder(templatesDir, cwd), engineHash]);
  const diagnostics = [...data.diagnostics, ...templates.diagnostics];
  if (!data.folder || !templates.folder) return { failed: diagnostics };

  // validate
  const validated = validateCampaignFolder(data.folder);
  append(diagnostics, validated.diagnostics);
  const set = parseTemplateSet(templates.folder, validated.valid?.quotes ?? []);
  append(diagnostics, set.diagnostics);
  if (!validated.valid) return { failed: diagnostics };
  const valid = validated.valid;
  // A large campaign's files, parsed rows and cell checks are garbage now, a few hundred MB of it at
  // 50,000 rows, which V8 would keep through the next stages: peak memory is what a user sees of it.
  const large = valid.regions.length >= WORKER_THRESHOLD;
  if (large) collectGarbage();
  if (!set.set.layouts.has(INDEX_LAYOUT)) diagnostics.push(error(`${templatesDir}/layouts`, `missing ${INDEX_LAYOUT}.html.hbs, the layout of out/index.html`));

  // derive, then check every template against the data it will see
  const stories = storiesOf(valid);
  append(diagnostics, plausibilityReport(valid.campaign, stories, (csv) => join(dataDir, csv)));
  if (large) collectGarbage();
  append(diagnostics, checkTemplateSet(set.set, contextShapes(valid.campaign, eachStory(stories), valid.quotes)));
  if (hasErrors(diagnostics)) return { failed: diagnostics };
  const { path, text } = data.folder.campaign;
  return { campaign: valid.campaign, campaignFile: { path, text }, quotes: valid.quotes, newsrooms: valid.newsrooms, stories, set: set.set, templates: templates.folder, engine, diagnostics };
}

/**
 * The result of a build that wrote its files, its `manifest` read from the
 * manifest.json it wrote when first asked for: the build itself never holds
 * the manifest of 50,000 releases as objects.
 */
function withWrittenManifest(result: GenerateResult, manifestPath: string): GenerateResult {
  let manifest: Manifest | undefined;
  return Object.defineProperty(result, 'manifest', {
    enumerable: true,
    get: () => (manifest ??= JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest),
  });
}

/** The template a release came from, by id. */
function templateOf(set: TemplateSet, id: string): TemplateSpec {
  return set.specs.find((spec) => spec.id === id)!;
}

/** A release's row in out/index.html. */
function indexEntry(region: RegionResult, release: ReleaseSummary): IndexEntry {
  return {
    region: region.region,
    slug: region.slug,
    template: release.template,
    headline: release.headline,
    change: region.change,
    direction: region.figures.direction,
    // Every format's key, null where not made: a layout may name `files.html` in a run without HTML.
    files: Object.fromEntries(FORMATS.filter((f) => f !== 'eml').map((f) => [f, release.files[f] ?? null])),
  };
}

function manifestRelease(region: RegionResult, release: ReleaseSummary): ManifestRelease {
  return {
    region: region.region,
    slug: region.slug,
    template: release.template,
    headline: release.headline,
    files: orderedFiles(release.files),
    figures: region.figures,
    ...(release.audit ? { audit: release.audit } : {}),
    ...(release.varySeed !== undefined ? { varySeed: release.varySeed } : {}),
  };
}

/** A release's files in the order of FORMATS, so the manifest reads the same whichever was made first. */
function orderedFiles(files: ReleaseSummary['files']): Record<string, string> {
  return Object.fromEntries(FORMATS.flatMap((f) => (files[f] ? [[f, files[f]]] : [])));
}

/** The warning that catches a stale embargo line before it is sent. */
function staleEmbargo(campaignFile: { path: string; text: string }, embargo: Embargo, date: string): Diagnostic {
  return warning(campaignFile.path, `the embargo has already passed on ${date}: every release says "${embargo.line}"`, {
    line: lineOfKey(campaignFile.text, 'embargo') + 1,
    hint: 'set `embargo` to the new time (or remove it), or pass --date with the day the releases go out',
  });
}

/**
 * The stories of the forces a newsroom covers (by name, as newsrooms.csv
 * lists them), by slug, for the newsrooms' figures; their rows are kept
 * when the others are let go.
 */
function coveredStories(stories: StoryList, newsrooms: readonly Newsroom[]): { indices: ReadonlySet<number>; storyOf: (slug: string) => RegionStory | undefined } {
  const covered = new Set(newsrooms.flatMap((n) => n.forces));
  const index = new Map<string, number>();
  // No newsrooms: no story is asked for again, and no row needs to be made into one here.
  if (covered.size > 0) {
    for (let i = 0; i < stories.length; i++) {
      const { region } = stories.at(i);
      if (covered.has(region.name)) index.set(region.slug, i);
    }
  }
  return {
    indices: new Set(index.values()),
    storyOf: (slug) => {
      const i = index.get(slug);
      return i === undefined ? undefined : stories.at(i);
    },
  };
}

/** The stories of the regions named by `--only`, or all of them. */
function selectRegions(stories: StoryList, only: readonly string[] | undefined): StoryList | { unknown: string } {
  if (!only || only.length === 0) return stories;
  const slugs = Array.from(eachStory(stories), (s) => s.region.slug);
  const known = new Set(slugs);
  const unknown = only.filter((slug) => !known.has(slug));
  if (unknown.length) {
    return { unknown: `--only: no force with the slug ${unknown.map((s) => `"${s}"`).join(', ')} (slugs: ${slugs.join(', ')})` };
  }
  const wanted = new Set(only);
  const picked = slugs.flatMap((slug, i) => (wanted.has(slug) ? [i] : []));
  return { length: picked.length, at: (i) => stories.at(picked[i]!), letGo: (i) => stories.letGo(picked[i]!) };
}

/** Today's date where the campaign is published, so a build after 23:00 UTC in summer gets the right day. */
function today(timeZone: string): string {
  return format(new TZDate(Date.now(), timeZone), 'yyyy-MM-dd');
}

function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}|${d.file}|${d.line}|${d.column}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
