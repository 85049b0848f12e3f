import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { auditReleases, manifestAudit, type AuditReport } from './audit/auditReleases.js';
import { plausibilityReport } from './audit/plausibility.js';
import { createMarkdownConverter } from './convert/markdownToHtml.js';
import { indexContext, type IndexEntry } from './convert/pageContexts.js';
import { finishedPage, releasePage } from './convert/releasePage.js';
import { deriveStories } from './derive/deriveStories.js';
import { append, error, hasErrors, type Diagnostic } from './errors/diagnostic.js';
import { loadCampaignFolder } from './load/loadCampaignFolder.js';
import { loadTemplateFolder } from './load/loadTemplateFolder.js';
import type { RegionStory, ValidCampaign } from './model.js';
import { selectQuotes } from './quotes/selectQuotes.js';
import { contextShapes } from './render/contextShapes.js';
import { changeHeadline } from './render/helpers/changeHeadline.js';
import { outputCollisions } from './render/outputPaths.js';
import { createRenderer, type Renderer } from './render/renderer.js';
import { contextWithQuotes, renderRelease, type RenderedRelease } from './render/renderRelease.js';
import { checkTemplateSet, INDEX_LAYOUT, parseTemplateSet, type TemplateSet } from './render/templateSet.js';
import { validateCampaignFolder } from './validate/validateCampaignFolder.js';
import { manifestFile, roundTo2, type Manifest, type ManifestRelease } from './write/manifest.js';
import { outputOverlap } from './write/outputOverlap.js';
import { recoverOutput, writeStaged, type OutputFile } from './write/stagedOutput.js';

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
  /** false: check and render everything, write nothing (`patchpress check`). */
  write?: boolean;
  /** Folder the paths are relative to; default the process's. */
  cwd?: string;
}

export interface GenerateResult {
  /** No errors (warnings allowed). */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Set when the options themselves are wrong (an unknown --only slug): exit 2. */
  usageError?: string;
  releases: RenderedRelease[];
  files: OutputFile[];
  manifest: Manifest | null;
  /** Whether out/ was replaced. */
  written: boolean;
  /** Every figure traced, house style checked, paths taken: set once the releases have rendered. */
  audit: AuditReport | null;
}

/**
 * The whole pipeline: load → validate → derive → select quotes → render →
 * convert → audit → write. User mistakes come back as diagnostics; only bugs throw.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const dataDir = options.data ?? 'data';
  const templatesDir = options.templates ?? 'templates';
  const outDir = options.out ?? 'out';
  const cwd = options.cwd ?? process.cwd();
  const failed = (diagnostics: Diagnostic[], usageError?: string): GenerateResult => ({
    ok: false, diagnostics: unique(diagnostics), releases: [], files: [], manifest: null, written: false, audit: null, ...(usageError ? { usageError } : {}),
  });
  if (options.write !== false) {
    const overlap = outputOverlap(outDir, { data: dataDir, templates: templatesDir }, cwd);
    if (overlap) return failed([], overlap);
    // A build killed mid-swap left out/ beside itself: put it back whatever this run finds.
    await recoverOutput(outDir, cwd);
  }

  // load
  const [data, templates] = await Promise.all([loadCampaignFolder(dataDir, cwd), loadTemplateFolder(templatesDir, cwd)]);
  const diagnostics = [...data.diagnostics, ...templates.diagnostics];
  if (!data.folder || !templates.folder) return failed(diagnostics);

  // validate
  const validated = validateCampaignFolder(data.folder);
  append(diagnostics, validated.diagnostics);
  const set = parseTemplateSet(templates.folder, validated.valid?.quotes ?? []);
  append(diagnostics, set.diagnostics);
  if (!validated.valid) return failed(diagnostics);
  const valid = validated.valid;
  if (!set.set.layouts.has(INDEX_LAYOUT)) diagnostics.push(error(`${templatesDir}/layouts`, `missing ${INDEX_LAYOUT}.html.hbs, the layout of out/index.html`));

  // derive, then check every template against the data it will see
  const stories = deriveStories(valid);
  append(diagnostics, plausibilityReport(valid.campaign, stories, (csv) => join(dataDir, csv)));
  append(diagnostics, checkTemplateSet(set.set, contextShapes(valid.campaign, stories, valid.quotes)));
  if (hasErrors(diagnostics)) return failed(diagnostics);

  const date = options.date ?? today(valid.campaign.style.timeZone);
  const selected = selectRegions(stories, options.only);
  if ('unknown' in selected) return failed([], selected.unknown);

  // select quotes, render, convert
  const renderer = createRenderer(set.set.partials, valid.campaign.style);
  const built = buildReleases(valid, selected.stories, set.set, renderer, options.drafts ?? false);
  append(diagnostics, built.diagnostics);
  append(diagnostics, outputCollisions(built.releases));
  if (hasErrors(diagnostics)) return failed(diagnostics);

  const index = finishedPage(renderer, set.set.layouts.get(INDEX_LAYOUT)!, indexContext(valid.campaign, date, built.entries), 'the index page');
  if (index.html === null) return failed([...diagnostics, ...index.diagnostics]);
  const files = [...built.files, { path: 'index.html', content: index.html }];

  // audit: every figure traced to the data, house style checked, the paths releases took
  const audit = auditReleases(valid, set.set, built.releases, files, outDir);
  append(diagnostics, audit.diagnostics);
  if (hasErrors(diagnostics)) return { ...failed(diagnostics), audit: audit.report };
  append(files, audit.files);
  const entries = built.manifest.map((entry) => ({ ...entry, ...manifestAudit(audit.report, entry.slug, entry.template) }));
  const manifestOut = manifestFile(valid.campaign.id, date, entries, files);
  const manifest = JSON.parse(String(manifestOut.content)) as Manifest;
  files.push(manifestOut);

  // write
  const done = { ok: true, diagnostics: unique(diagnostics), releases: built.releases, files, manifest, audit: audit.report };
  if (options.write === false) return { ...done, written: false };
  const writeProblems = await writeStaged(outDir, files, cwd);
  if (writeProblems.length) return { ...failed([...diagnostics, ...writeProblems]), audit: audit.report };
  return { ...done, written: true };
}

interface BuiltReleases {
  releases: RenderedRelease[];
  files: OutputFile[];
  entries: IndexEntry[];
  manifest: ManifestRelease[];
  diagnostics: Diagnostic[];
}

function buildReleases(valid: ValidCampaign, stories: readonly RegionStory[], set: TemplateSet, renderer: Renderer, drafts: boolean): BuiltReleases {
  const { campaign } = valid;
  const primary = campaign.measures[0]!.name;
  const toHtml = createMarkdownConverter();
  const out: BuiltReleases = { releases: [], files: [], entries: [], manifest: [], diagnostics: [] };
  for (const story of stories) {
    const quotes = selectQuotes(story, valid.quotes, { drafts, primaryMeasure: primary });
    const { context, diagnostics } = contextWithQuotes(renderer, set, campaign, story, quotes);
    append(out.diagnostics, diagnostics);
    if (!context) continue;
    for (const spec of set.specs) {
      const rendered = renderRelease(renderer, spec, story, context, quotes);
      append(out.diagnostics, rendered.diagnostics);
      const release = rendered.release;
      if (!release) continue;
      // Converted even when only Markdown is written: the HTML check is what
      // finds raw HTML and script links in the Markdown too.
      const page = releasePage(release, campaign, set, renderer, toHtml);
      append(out.diagnostics, page.diagnostics);
      if (page.html === null) continue;
      const files: Record<string, string> = {};
      if (spec.formats.includes('md')) {
        files.md = `${release.output}.md`;
        out.files.push({ path: files.md, content: release.markdown });
      }
      if (spec.formats.includes('html')) {
        files.html = `${release.output}.html`;
        out.files.push({ path: files.html, content: page.html });
      }
      out.releases.push(release);
      const figures = story.figures[primary]!;
      out.entries.push({
        region: story.region.name,
        slug: story.region.slug,
        template: spec.id,
        headline: release.headline,
        change: figures.current === null ? 'not known' : changeHeadline(figures),
        direction: figures.change.direction,
        files,
      });
      out.manifest.push({
        region: story.region.name,
        slug: story.region.slug,
        template: spec.id,
        headline: release.headline,
        files,
        figures: { previous: figures.previous, current: figures.current, changePercent: roundTo2(figures.change.percent), direction: figures.change.direction },
      });
    }
  }
  return out;
}

function selectRegions(stories: RegionStory[], only: readonly string[] | undefined): { stories: RegionStory[] } | { unknown: string } {
  if (!only || only.length === 0) return { stories };
  const slugs = new Set(stories.map((s) => s.region.slug));
  const unknown = only.filter((slug) => !slugs.has(slug));
  if (unknown.length) {
    return { unknown: `--only: no force with the slug ${unknown.map((s) => `"${s}"`).join(', ')} (slugs: ${[...slugs].join(', ')})` };
  }
  const wanted = new Set(only);
  return { stories: stories.filter((s) => wanted.has(s.region.slug)) };
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

