import { createReleaseAuditor, hasFindings, leakDiagnostics, regionAuditFile, type AuditedRelease, type AuditSummary, type ReleaseAudit, type ReleaseAuditor } from '../audit/auditReleases.js';
import type { LintFinding } from '../audit/lint.js';
import type { FigureTrace } from '../audit/traceFigures.js';
import { addBinaryFormats, createBinaryMakers, type BinaryMakers } from '../convert/binaryFormats.js';
import { chartSpec } from '../convert/chart/chartSpec.js';
import { chartSvg } from '../convert/chart/svg.js';
import { wants, type Delivery, type ForceChart } from '../convert/delivery.js';
import { wrongEmbargoLine, type Embargo } from '../convert/embargo.js';
import type { Format } from '../convert/formats.js';
import type { ConvertedHtml } from '../convert/markdownToHtml.js';
import { releasePage } from '../convert/releasePage.js';
import { isDiagnostic } from '../load/readSourceFile.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { Campaign, Newsroom, QuoteSnippet, RegionStory } from '../model.js';
import { createEmailMakers, emailDrafts, type EmailMakers } from '../newsrooms/emailDrafts.js';
import { selectQuotes } from '../quotes/selectQuotes.js';
import type { CompileCache } from '../render/compileCache.js';
import { campaignContext, regionContext, type CampaignContext } from '../render/context.js';
import { createRenderer, type Renderer } from '../render/renderer.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import type { TracedRelease } from '../render/traceRelease.js';
import type { TemplateSet } from '../render/templateSet.js';
import type { FileRecord, OutputFile, OutputSink } from '../write/sink.js';

/** What every region of a run is built with, besides the campaign and the templates. */
export interface BuildSettings {
  drafts: boolean;
  formats: readonly Format[];
  embargo: Embargo | null;
  /** Newsrooms whose email drafts are made with each region (eml). */
  newsrooms: readonly Newsroom[];
  /** The build date: Word documents and email drafts carry it. */
  date: string;
}

/** Everything needed to build any region of a campaign, made once per thread. */
export interface RegionBuilder {
  campaign: Campaign;
  quotes: readonly QuoteSnippet[];
  set: TemplateSet;
  settings: BuildSettings;
  formats: ReadonlySet<Format>;
  primary: string;
  renderer: Renderer;
  toHtml: (markdown: string) => ConvertedHtml;
  auditor: ReleaseAuditor;
  shared: CampaignContext;
  /** Chart PNG and Word, when their formats are asked for. */
  binary: BinaryMakers;
  /** Email drafts, when eml is asked for. */
  email: EmailMakers | null;
}

/**
 * Loads what this thread will need and nothing more: the converter (marked,
 * sanitize-html) always, the PNG renderer, Word and email code only when
 * their formats are asked for. A main thread that only hands regions to
 * workers never calls this.
 */
export async function createRegionBuilder(
  campaign: Campaign,
  quotes: readonly QuoteSnippet[],
  set: TemplateSet,
  settings: BuildSettings,
  loadAssets: () => Promise<import('../load/loadRasterAssets.js').RasterAssets | Diagnostic>,
  cache?: CompileCache,
): Promise<{ builder: RegionBuilder | null; diagnostics: Diagnostic[] }> {
  const formats = new Set(settings.formats);
  const { createMarkdownConverter } = await import('../convert/markdownToHtml.js');
  const binary = await createBinaryMakers(formats, loadAssets);
  if (isDiagnostic(binary)) return { builder: null, diagnostics: [binary] };
  const builder: RegionBuilder = {
    campaign,
    quotes,
    set,
    settings,
    formats,
    primary: campaign.measures[0]!.name,
    renderer: createRenderer(set.partials, campaign.style, cache),
    toHtml: createMarkdownConverter(),
    auditor: createReleaseAuditor(campaign, set, cache),
    shared: campaignContext(campaign),
    binary,
    email: await createEmailMakers(formats),
  };
  return { builder, diagnostics: [] };
}

/** One release of a region as the index and the manifest need it. */
export interface ReleaseSummary {
  template: string;
  headline: string;
  /** Output path without extension, e.g. `hampshire/release`. */
  output: string;
  /** format → path under out/ (the chart's svg and png are shared by a force's releases). */
  files: Partial<Record<Format, string>>;
  audit?: AuditSummary;
  varySeed?: string;
}

/** A problem the audit found in one release, kept to be grouped with the same problem in others. */
export interface ReleaseFindings {
  region: string;
  file: string;
  figures: FigureTrace[];
  lint: LintFinding[];
}

/** What building one region produced: its files are already in the sink. */
export interface RegionOutcome {
  releases: ReleaseSummary[];
  files: FileRecord[];
  /** Problems rendering and converting, in the order met. */
  buildDiagnostics: Diagnostic[];
  /** Values a layout printed that were missing or not text. */
  leakDiagnostics: Diagnostic[];
  /** Templates whose release opens with an embargo line other than the campaign's. */
  wrongEmbargo: Array<{ file: string; line: number; text: string }>;
  /** Untraced figures and house-style findings, release by release (usually none). */
  findings: ReleaseFindings[];
  /** Copy for the similar-releases check, when it runs. */
  copies?: Array<AuditedRelease['copy'] & { region: string; templateId: string }>;
  /** Only when nothing is written (check, preview): the releases and their audits in full. */
  rendered?: RenderedRelease[];
  audits?: ReleaseAudit[];
}

export interface BuildRegionOptions {
  /** Keep the rendered releases and audits in the outcome (nothing is written). */
  keepRendered: boolean;
  /** Keep each release's copy for the similar-releases check. */
  keepCopies: boolean;
  /** Where out/ files are named in messages. */
  outDir: string;
}

/**
 * Everything for one region: select quotes, render each template, convert
 * (HTML page with the chart, chart SVG and PNG, Word), audit, email drafts
 * for its newsrooms, and hand each file to the sink as it is made. The
 * single-threaded build and each worker thread call this same function, so
 * their output is the same.
 */
export async function buildRegion(b: RegionBuilder, story: RegionStory, sink: OutputSink, options: BuildRegionOptions): Promise<RegionOutcome> {
  const { campaign, set, renderer, formats } = b;
  const { embargo } = b.settings;
  const slug = story.region.slug;
  const outcome: RegionOutcome = { releases: [], files: [], buildDiagnostics: [], leakDiagnostics: [], wrongEmbargo: [], findings: [] };
  if (options.keepRendered) {
    outcome.rendered = [];
    outcome.audits = [];
  }
  if (options.keepCopies) outcome.copies = [];
  const pages: OutputFile[] = [];
  const put = (path: string, content: string | Uint8Array): void => {
    outcome.files.push(sink.put(path, content));
    if (typeof content === 'string') pages.push({ path, content });
  };

  // select quotes, render, convert (Markdown, HTML, chart SVG)
  const quotes = selectQuotes(story, b.quotes, { drafts: b.settings.drafts, primaryMeasure: b.primary });
  // One region context for the release and its audit.
  const base = regionContext(campaign, story, [], b.shared);
  // Each release is rendered once, from the templates the audit marked: the audit reads the render that is written.
  const { tracer } = b.auditor;
  const { context, diagnostics } = tracer.context(base, story, quotes);
  outcome.buildDiagnostics.push(...diagnostics);
  if (!context) return outcome;
  const spec = chartSpec(campaign, story);
  const chart: ForceChart = { spec, svg: chartSvg(spec), png: null };
  const deliveries: Delivery[] = [];
  const traces = new Map<Delivery, TracedRelease>();
  for (const template of set.specs) {
    const rendered = tracer.render(template, story, context, quotes);
    outcome.buildDiagnostics.push(...rendered.diagnostics);
    if (!rendered.release || !rendered.traced) continue;
    const release = rendered.release;
    const wrongLine = embargo && wrongEmbargoLine(release.markdown, embargo);
    if (wrongLine) outcome.wrongEmbargo.push({ file: template.file, line: template.body.line, text: wrongLine });
    // Converted even when only Markdown is written: the HTML check is what
    // finds raw HTML and script links in the Markdown too.
    const page = releasePage(release, campaign, set, renderer, b.toHtml, `<figure class="chart">\n${chart.svg}</figure>`);
    outcome.buildDiagnostics.push(...page.diagnostics);
    if (page.html === null) continue;
    const delivery: Delivery = { release, content: page.content, files: {} };
    if (wants(formats, release, 'md')) {
      delivery.files.md = `${release.output}.md`;
      put(delivery.files.md, release.markdown);
    }
    if (wants(formats, release, 'html')) {
      delivery.files.html = `${release.output}.html`;
      put(delivery.files.html, page.html);
    }
    if (formats.has('svg')) delivery.files.svg = `${slug}/chart.svg`;
    deliveries.push(delivery);
    traces.set(delivery, rendered.traced);
  }
  if (deliveries.length === 0) return outcome;
  if (formats.has('svg')) put(`${slug}/chart.svg`, chart.svg);

  // convert: chart PNG and Word
  await addBinaryFormats(deliveries, chart, slug, formats, { campaign, date: b.settings.date, makers: b.binary }, put);

  // newsrooms: the email draft of each release for each newsroom covering this force
  if (b.email) {
    const settings = { campaign, newsrooms: b.settings.newsrooms, formats, date: b.settings.date };
    // Straight to the sink: drafts are not pages, and the leak check does not read them.
    for (const draft of emailDrafts(story.region, deliveries, chart, settings, b.email)) outcome.files.push(sink.put(draft.path, draft.content));
  }

  // audit: every figure traced to the data, house style checked, the path each release took
  const audits: ReleaseAudit[] = [];
  for (const delivery of deliveries) {
    const audited = b.auditor.audit(delivery.release, traces.get(delivery)!, base);
    audits.push(audited.audit);
    if (hasFindings(audited.audit)) {
      const { region, file, figures, lint } = audited.audit;
      outcome.findings.push({ region, file, figures: figures.filter((f) => f.status === 'untraced'), lint });
    }
    outcome.copies?.push({ ...audited.copy, region: story.region.name, templateId: delivery.release.template.id });
    outcome.releases.push({
      template: delivery.release.template.id,
      headline: delivery.release.headline,
      output: delivery.release.output,
      files: delivery.files,
      audit: audited.audit.summary,
      varySeed: audited.audit.varySeed,
    });
    outcome.rendered?.push(delivery.release);
  }
  outcome.audits?.push(...audits);
  const auditFile = regionAuditFile(campaign.id, slug, audits);
  outcome.files.push(sink.put(auditFile.path, auditFile.content));
  outcome.leakDiagnostics.push(...leakDiagnostics(pages, options.outDir));
  return outcome;
}

/** Whether an outcome holds anything to report: such a region is rendered again next build, so it is reported again. */
export function hasProblems(outcome: RegionOutcome): boolean {
  return (
    outcome.buildDiagnostics.length > 0 ||
    outcome.leakDiagnostics.length > 0 ||
    outcome.wrongEmbargo.length > 0 ||
    outcome.findings.length > 0
  );
}
