import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { auditReleases, manifestAudit, type AuditReport } from './audit/auditReleases.js';
import { plausibilityReport } from './audit/plausibility.js';
import { addBinaryFormats } from './convert/binaryFormats.js';
import { chartSpec } from './convert/chart/chartSpec.js';
import { chartSvg } from './convert/chart/svg.js';
import { wants, type Delivery, type ForceChart } from './convert/delivery.js';
import { embargoOf, embargoPassed, wrongEmbargoLine, type Embargo } from './convert/embargo.js';
import { DEFAULT_FORMATS, FORMATS, type Format } from './convert/formats.js';
import { createMarkdownConverter } from './convert/markdownToHtml.js';
import { indexContext, type IndexEntry } from './convert/pageContexts.js';
import { finishedPage, releasePage } from './convert/releasePage.js';
import { deriveStories } from './derive/deriveStories.js';
import { append, error, hasErrors, warning, type Diagnostic } from './errors/diagnostic.js';
import { loadCampaignFolder } from './load/loadCampaignFolder.js';
import { loadRasterAssets } from './load/loadRasterAssets.js';
import { loadTemplateFolder } from './load/loadTemplateFolder.js';
import type { RegionStory, ValidCampaign } from './model.js';
import { newsroomBundles } from './newsrooms/newsroomBundles.js';
import { selectQuotes } from './quotes/selectQuotes.js';
import { contextShapes } from './render/contextShapes.js';
import { changeHeadline } from './render/helpers/changeHeadline.js';
import { outputCollisions } from './render/outputPaths.js';
import { createRenderer, type Renderer } from './render/renderer.js';
import { contextWithQuotes, renderRelease, type RenderedRelease } from './render/renderRelease.js';
import { checkTemplateSet, INDEX_LAYOUT, parseTemplateSet, type TemplateSet } from './render/templateSet.js';
import { NEWSROOMS_FILE } from './validate/newsrooms.js';
import { lineOfKey, validateCampaignFolder } from './validate/validateCampaignFolder.js';
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
  /** The outputs to make; default md, html and svg (the chart). */
  formats?: readonly Format[];
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
  const formats = new Set(options.formats ?? DEFAULT_FORMATS);
  const embargo = embargoOf(valid.campaign);
  if (embargo && embargoPassed(embargo, date, valid.campaign.style.timeZone)) diagnostics.push(staleEmbargo(data.folder.campaign, embargo, date));
  if (formats.has('eml') && valid.newsrooms.length === 0) {
    diagnostics.push(warning(`${dataDir}/${NEWSROOMS_FILE}`, 'eml: no newsrooms to address the email drafts to, so none were written', { hint: 'list newsrooms, their email and the forces they cover in this file (see README, Newsroom delivery)' }));
  }

  // select quotes, render, convert (Markdown, HTML, chart SVG)
  const renderer = createRenderer(set.set.partials, valid.campaign.style);
  const built = buildReleases(valid, selected.stories, set.set, renderer, { drafts: options.drafts ?? false, formats, embargo });
  append(diagnostics, built.diagnostics);
  append(diagnostics, outputCollisions(built.deliveries.map((d) => d.release)));
  if (hasErrors(diagnostics)) return failed(diagnostics);
  const releases = built.deliveries.map((d) => d.release);

  // convert: chart PNG and Word, their code loaded only when asked for
  const binary = await addBinaryFormats(built.deliveries, built.charts, formats, valid.campaign, date, loadRasterAssets);
  append(diagnostics, binary.diagnostics);
  if (hasErrors(diagnostics)) return failed(diagnostics);

  // newsrooms: each one's releases in every format, email drafts, figures and a zip
  const bundles = await newsroomBundles({ campaign: valid.campaign, newsrooms: valid.newsrooms, deliveries: built.deliveries, charts: built.charts, files: [...built.files, ...binary.files], formats, date });

  const entries = built.deliveries.map((d) => indexEntry(valid, d));
  const newsrooms = bundles.manifest.map((n) => ({ newsroom: n.newsroom, forces: n.forces.join(', '), folder: n.folder, zip: n.zip }));
  const index = finishedPage(renderer, set.set.layouts.get(INDEX_LAYOUT)!, indexContext(valid.campaign, date, entries, newsrooms), 'the index page');
  if (index.html === null) return failed([...diagnostics, ...index.diagnostics]);
  const pages = [...built.files, { path: 'index.html', content: index.html }];

  // audit: every figure traced to the data, house style checked, the paths releases took.
  // It reads the copy and the text pages made of it: Word, PNG and email
  // drafts (base64) are made from that same copy and hold none of their own.
  const audit = auditReleases(valid, set.set, releases, pages, outDir);
  append(diagnostics, audit.diagnostics);
  if (hasErrors(diagnostics)) return { ...failed(diagnostics), audit: audit.report };
  const files = [...pages, ...binary.files, ...bundles.files, ...audit.files];
  const manifestOut = manifestFile({
    campaign: valid.campaign.id,
    date,
    embargo,
    formats: FORMATS.filter((f) => formats.has(f)),
    releases: built.deliveries.map((d) => ({ ...manifestRelease(valid, d), ...manifestAudit(audit.report, d.release.story.region.slug, d.release.template.id) })),
    newsrooms: bundles.manifest,
    files,
  });
  const manifest = JSON.parse(String(manifestOut.content)) as Manifest;
  files.push(manifestOut);

  // write
  const done = { ok: true, diagnostics: unique(diagnostics), releases, files, manifest, audit: audit.report };
  if (options.write === false) return { ...done, written: false };
  const writeProblems = await writeStaged(outDir, files, cwd);
  if (writeProblems.length) return { ...failed([...diagnostics, ...writeProblems]), audit: audit.report };
  return { ...done, written: true };
}

interface BuiltReleases {
  deliveries: Delivery[];
  /** region slug → its chart */
  charts: Map<string, ForceChart>;
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

interface BuildSettings {
  drafts: boolean;
  formats: ReadonlySet<Format>;
  embargo: Embargo | null;
}

function buildReleases(valid: ValidCampaign, stories: readonly RegionStory[], set: TemplateSet, renderer: Renderer, settings: BuildSettings): BuiltReleases {
  const { campaign } = valid;
  const { formats, embargo } = settings;
  const primary = campaign.measures[0]!.name;
  const toHtml = createMarkdownConverter();
  const out: BuiltReleases = { deliveries: [], charts: new Map(), files: [], diagnostics: [] };
  const warnedEmbargo = new Set<string>();
  for (const story of stories) {
    const quotes = selectQuotes(story, valid.quotes, { drafts: settings.drafts, primaryMeasure: primary });
    const { context, diagnostics } = contextWithQuotes(renderer, set, campaign, story, quotes);
    append(out.diagnostics, diagnostics);
    if (!context) continue;
    const spec = chartSpec(campaign, story);
    const chart: ForceChart = { spec, svg: chartSvg(spec), png: null };
    let delivered = false;
    for (const template of set.specs) {
      const rendered = renderRelease(renderer, template, story, context, quotes);
      append(out.diagnostics, rendered.diagnostics);
      if (!rendered.release) continue;
      const release = rendered.release;
      const wrongLine = embargo && wrongEmbargoLine(release.markdown, embargo);
      if (embargo && wrongLine && !warnedEmbargo.has(template.file)) {
        warnedEmbargo.add(template.file);
        out.diagnostics.push(
          warning(template.file, `the release opens with "${wrongLine}", which is not the campaign's embargo: "${embargo.line}"`, {
            line: template.body.line,
            hint: 'print it from campaign.yaml: **EMBARGOED UNTIL {{date campaign.embargo "HH:mm EEEE d MMMM yyyy"}}**',
          }),
        );
      }
      // Converted even when only Markdown is written: the HTML check is what
      // finds raw HTML and script links in the Markdown too.
      const page = releasePage(release, campaign, set, renderer, toHtml, `<figure class="chart">\n${chart.svg}</figure>`);
      append(out.diagnostics, page.diagnostics);
      if (page.html === null) continue;
      const delivery: Delivery = { release, content: page.content, files: {} };
      if (wants(formats, release, 'md')) {
        delivery.files.md = `${release.output}.md`;
        out.files.push({ path: delivery.files.md, content: release.markdown });
      }
      if (wants(formats, release, 'html')) {
        delivery.files.html = `${release.output}.html`;
        out.files.push({ path: delivery.files.html, content: page.html });
      }
      if (formats.has('svg')) delivery.files.svg = `${story.region.slug}/chart.svg`;
      out.deliveries.push(delivery);
      delivered = true;
    }
    if (!delivered) continue;
    out.charts.set(story.region.slug, chart);
    if (formats.has('svg')) out.files.push({ path: `${story.region.slug}/chart.svg`, content: chart.svg });
  }
  return out;
}

/** What the index and the manifest both say of a release, and its primary measure's figures. */
function releaseSummary(valid: ValidCampaign, { release }: Delivery) {
  return {
    head: { region: release.story.region.name, slug: release.story.region.slug, template: release.template.id, headline: release.headline },
    figures: release.story.figures[valid.campaign.measures[0]!.name]!,
  };
}

function indexEntry(valid: ValidCampaign, delivery: Delivery): IndexEntry {
  const { head, figures } = releaseSummary(valid, delivery);
  return {
    ...head,
    change: figures.current === null ? 'not known' : changeHeadline(figures),
    direction: figures.change.direction,
    // Every format's key, null where not made: a layout may name `files.html` in a run without HTML.
    files: Object.fromEntries(FORMATS.filter((f) => f !== 'eml').map((f) => [f, delivery.files[f] ?? null])),
  };
}

function manifestRelease(valid: ValidCampaign, delivery: Delivery): ManifestRelease {
  const { head, figures } = releaseSummary(valid, delivery);
  return {
    ...head,
    files: orderedFiles(delivery.files),
    figures: { previous: figures.previous, current: figures.current, changePercent: roundTo2(figures.change.percent), direction: figures.change.direction },
  };
}

/** A release's files in the order of FORMATS, so the manifest reads the same whichever was made first. */
function orderedFiles(files: Delivery['files']): Record<string, string> {
  return Object.fromEntries(FORMATS.flatMap((f) => (files[f] ? [[f, files[f]]] : [])));
}

/** The warning that catches a stale embargo line before it is sent. */
function staleEmbargo(campaignFile: { path: string; text: string }, embargo: Embargo, date: string): Diagnostic {
  return warning(campaignFile.path, `the embargo has already passed on ${date}: every release says "${embargo.line}"`, {
    line: lineOfKey(campaignFile.text, 'embargo') + 1,
    hint: 'set `embargo` to the new time (or remove it), or pass --date with the day the releases go out',
  });
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

