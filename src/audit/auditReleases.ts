import { error, warning, type Diagnostic, type Severity } from '../errors/diagnostic.js';
import type { Campaign, QuoteSnippet } from '../model.js';
import { campaignContext, createQuoteContexts, regionContext, type RegionContext } from '../render/context.js';
import { varySeed } from '../render/helpers/vary.js';
import type { CompileCache } from '../render/compileCache.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import type { BranchPoint, BranchWay, SourcePoint } from '../render/sourceMarkers.js';
import { createTracer, type TracedRelease, type Tracer } from '../render/traceRelease.js';
import type { TemplateSet } from '../render/templateSet.js';
import type { OutputFile } from '../write/stagedOutput.js';
import { campaignCandidates, createCandidateMemo, leaves, regionCandidates } from './candidates.js';
import { coverage, releasePath, type Coverage, type ReleasePath } from './coverage.js';
import { leaksIn, lintRelease, ruleSetting, type LintFinding } from './lint.js';
import { createMentionReader } from './mentions.js';
import { releaseParts } from './releaseText.js';
import { comparable, ownParagraphs, similarPairs, type Comparable, type SimilarPair } from './similarity.js';
import { traceFigures, wantedKeys, type FigureTrace } from './traceFigures.js';

/** How many figures a release holds and how each was accounted for. */
export interface AuditSummary {
  figures: number;
  traced: number;
  fixed: number;
  untraced: number;
}

/** Everything the audit found in one release. */
export interface ReleaseAudit {
  region: string;
  slug: string;
  template: string;
  /** The release's Markdown file, relative to out/ (e.g. `hampshire/release.md`). */
  file: string;
  /** What `vary` chose phrasings by. */
  varySeed: string;
  summary: AuditSummary;
  figures: FigureTrace[];
  lint: LintFinding[];
  path: ReleasePath;
}

export interface AuditReport {
  campaign: string;
  releases: ReleaseAudit[];
  coverage: Coverage;
  /** Pairs of releases of one template more alike than style.similarity, with that template's file. */
  similar: Array<SimilarPair & { template: string }>;
}

/** One release's audit, and what the checks across releases need of it. */
export interface AuditedRelease {
  audit: ReleaseAudit;
  /** The copy, the region's names and the template file, for the similar-releases check. */
  copy: { text: string; names: string[]; template: string };
}

/** Audits releases one at a time: made once per thread (it marks every template once). */
export interface ReleaseAuditor {
  /** Renders the releases the auditor reads, from the templates it marked. */
  tracer: Tracer;
  /** The blocks of every template, for the paths table. */
  branches: readonly BranchPoint[];
  /** A release the tracer rendered, with its traces; `base`: the region context it was rendered with, before its quotes (made here when not given). */
  audit(release: RenderedRelease, traced: TracedRelease, base?: RegionContext): AuditedRelease;
}

/** `cache`: compiled templates kept between builds (see compileCache.ts). */
export function createReleaseAuditor(campaign: Campaign, set: TemplateSet, cache?: CompileCache): ReleaseAuditor {
  const primary = campaign.measures[0]!.name;
  const tracer = createTracer(set, campaign.style, cache);
  const shared = campaignContext(campaign);
  const memo = createCandidateMemo();
  const campaignWide = campaignCandidates(campaign, shared, memo);
  const readMentions = createMentionReader();
  const quoteContext = createQuoteContexts();
  return {
    tracer,
    branches: tracer.table.branches,
    audit(release, traced, base = regionContext(campaign, release.story, [], shared)) {
      const { story, template: spec } = release;
      const context: RegionContext = { ...base, quotes: release.quotes.map((q) => quoteContext(q, '')) };
      const parts = releaseParts(release, traced, readMentions);
      const figures = traceFigures(parts, regionCandidates(campaign, story, context, campaignWide, memo, wantedKeys(parts)), { file: spec.file, texts: spec.fixedText });
      const count = (status: FigureTrace['status']): number => figures.filter((f) => f.status === status).length;
      const audit: ReleaseAudit = {
        region: story.region.name,
        slug: story.region.slug,
        template: spec.id,
        file: `${release.output}.md`,
        varySeed: varySeed(context) ?? '',
        summary: { figures: figures.length, traced: count('traced'), fixed: count('fixed'), untraced: count('untraced') },
        figures,
        lint: lintRelease(parts, figures, campaign.style),
        path: releasePath(story, primary, spec.id, release.quotes, branchWays(traced, tracer.table.branches)),
      };
      const names = regionNames(context.region);
      return { audit, copy: { text: release.markdown, names, template: spec.file } };
    },
  };
}

/** Every name of a region a release may print (name, force name, contacts), set aside when releases are compared. */
export function regionNames(region: unknown): string[] {
  return leaves(region, 'region').flatMap(([, v]) => (typeof v === 'string' ? [v] : []));
}

/**
 * The report across releases: the paths table and the similar pairs (with
 * their diagnostics). `manyTemplates` labels releases with their template.
 */
export function auditReport(
  campaign: Campaign,
  quotes: readonly QuoteSnippet[],
  branches: readonly BranchPoint[],
  audited: readonly AuditedRelease[],
  manyTemplates: boolean,
): { report: AuditReport; diagnostics: Diagnostic[] } {
  const audits = audited.map((a) => a.audit);
  const similarity = ruleSetting(campaign.style, 'similar-releases');
  const similar = similarity === 'off' ? [] : similarReleases(audited.map((a) => ({ ...a.copy, label: label(a.audit.region, a.audit.template, manyTemplates) })), campaign.style.similarity);
  return {
    report: { campaign: campaign.id, releases: audits, coverage: coverage(audits.map((a) => a.path), quotes, branches), similar },
    diagnostics: similarDiagnostics(similar, similarity),
  };
}

/** Every similar pair as a diagnostic, at the rule's setting. */
export function similarDiagnostics(similar: AuditReport['similar'], setting: 'error' | 'warning' | 'off'): Diagnostic[] {
  if (setting === 'off') return [];
  return similar.map((pair) => {
    const finding = { file: pair.template, message: `similar-releases: the releases for ${pair.a} and ${pair.b} are ${(pair.similarity * 100).toFixed(1)}% the same once figures and names are set aside`, hint: 'vary the phrasing with {{vary "…" "…"}}, or let the copy branch on what differs between them' };
    return setting === 'error' ? error(finding.file, finding.message, { hint: finding.hint }) : warning(finding.file, finding.message, { hint: finding.hint });
  });
}

/** Pairs of releases of one template that read alike, their shared paragraphs set aside. */
export function similarReleases(copies: ReadonlyArray<{ label: string; text: string; names: string[]; template: string }>, threshold: number): AuditReport['similar'] {
  const byTemplate = new Map<string, number[]>();
  copies.forEach((c, i) => byTemplate.set(c.template, [...(byTemplate.get(c.template) ?? []), i]));
  return [...byTemplate].flatMap(([template, indexes]) => {
    const own = ownParagraphs(indexes.map((i) => copies[i]!.text));
    const items: Comparable[] = indexes.map((i, k) => comparable(copies[i]!.label, own[k]!, copies[i]!.names));
    return similarPairs(items, threshold).map((pair) => ({ ...pair, template }));
  });
}

/** The fields the manifest keeps per release: the audit's counts and the vary seed. */
export function manifestAudit(report: AuditReport, slug: string, template: string): { audit: AuditSummary; varySeed: string } | Record<string, never> {
  const found = report.releases.find((r) => r.slug === slug && r.template === template);
  return found ? { audit: found.summary, varySeed: found.varySeed } : {};
}

function label(region: string, template: string, manyTemplates: boolean): string {
  return manyTemplates ? `${region} (${template})` : region;
}

function branchWays(traced: TracedRelease, points: readonly BranchPoint[]): Map<BranchPoint, Set<BranchWay>> {
  const ways = new Map<BranchPoint, Set<BranchWay>>();
  for (const text of [traced.title, traced.standfirst, traced.body]) {
    for (const [id, set] of text?.branches ?? []) {
      const point = points[id];
      if (!point) continue;
      ways.set(point, new Set([...(ways.get(point) ?? []), ...set]));
    }
  }
  return ways;
}

/** Where a figure is in the output: "hampshire/release.md:7", or the title or standfirst of it. */
function outputPlace(audit: Pick<ReleaseAudit, 'file'>, finding: { part: string; line: number }): string {
  return finding.part === 'body' ? `${audit.file}:${finding.line}` : `${finding.part} of ${audit.file}`;
}

interface Grouped {
  severity: Severity;
  template: string | null;
  fallbackFile: string;
  message: string;
  hint: string;
  /** The first few places it shows up, and how many in all. */
  places: string[];
  count: number;
}

/** Places named in a grouped message; the rest are counted ("and 997 more"). */
const PLACES_SHOWN = 3;

/**
 * Untraced figures and house-style findings, gathered release by release:
 * one diagnostic per template place and problem, naming the first releases it
 * shows up in and counting the rest, so 50,000 releases with one problem make
 * one message held in a few strings, not a list of 50,000 places.
 */
export class AuditFindings {
  private readonly untraced = new Map<string, Grouped>();
  private readonly lint = new Map<string, Grouped>();

  add(audit: Pick<ReleaseAudit, 'region' | 'file' | 'figures' | 'lint'>): void {
    for (const f of audit.figures) {
      if (f.status !== 'untraced') continue;
      addTo(
        this.untraced,
        `${f.template}|${f.text}`,
        {
          severity: 'error',
          template: f.template,
          fallbackFile: audit.file,
          message: `"${f.text}" matches no figure in the data`,
          hint: `print figures from the data with a helper (e.g. {{perCent offences.change.percent}}); if this is fixed copy, write {{fixed "${f.text}"}} or list it under fixedText in the template's front matter`,
        },
        `${audit.region}: ${outputPlace(audit, f)}`,
      );
    }
    for (const f of audit.lint) {
      addTo(this.lint, `${f.template}|${f.rule}|${f.message}`, { severity: f.severity, template: f.template, fallbackFile: audit.file, message: `${f.rule}: ${f.message}`, hint: f.hint }, `${audit.region}: ${outputPlace(audit, f)}`);
    }
  }

  /** Untraced figures first, then house style, each in the order first met. */
  diagnostics(): Diagnostic[] {
    return [...grouped(this.untraced), ...grouped(this.lint)];
  }
}

/** Whether a release's audit found anything to report (its region is then rendered again next build, to report it again). */
export function hasFindings(audit: Pick<ReleaseAudit, 'figures' | 'lint'>): boolean {
  return audit.lint.length > 0 || audit.figures.some((f) => f.status === 'untraced');
}

/** One diagnostic per template place and problem, listing every release it shows up in. */
function grouped(groups: Map<string, Grouped>): Diagnostic[] {
  return [...groups.values()].map((g) => {
    const shown = g.places.join('; ');
    const more = g.count > PLACES_SHOWN ? `; and ${g.count - PLACES_SHOWN} more` : '';
    const message = `${g.message} (${shown}${more})`;
    const at = parsePlace(g.template);
    const where = at ? { line: at.line, hint: g.hint } : { hint: g.hint };
    const file = at?.file ?? g.fallbackFile;
    return g.severity === 'error' ? error(file, message, where) : warning(file, message, where);
  });
}

function addTo(groups: Map<string, Grouped>, key: string, entry: Omit<Grouped, 'places' | 'count'>, place: string): void {
  const group = groups.get(key) ?? { ...entry, places: [], count: 0 };
  if (group.places.length < PLACES_SHOWN) group.places.push(place);
  group.count += 1;
  groups.set(key, group);
}

/** Values a layout printed that were missing or not text, in every file but Markdown (linted with its template places). */
export function leakDiagnostics(outputs: Iterable<OutputFile>, outDir: string): Diagnostic[] {
  // Markdown is linted with its template places above; other files can only be checked for leaks.
  return [...outputs].flatMap((file) => {
    if (typeof file.content !== 'string' || file.path.endsWith('.md')) return [];
    return leaksIn(file.content).map((leak) => error(`${outDir}/${file.path}`, `leaked-value: "${leak.text}" in the output`, { line: leak.line, hint: 'a layout printed a value that was missing or not text: check its fields' }));
  });
}

function parsePlace(place: string | null): SourcePoint | null {
  const match = place === null ? null : /^(.*):(\d+)$/.exec(place);
  return match ? { file: match[1]!, line: Number(match[2]), column: 0 } : null;
}

/**
 * `<slug>/audit.json` for a region: every figure of its releases, where the
 * template wrote it, and what it came from. One file per region, so a
 * region's audit is written with its releases.
 */
export function regionAuditFile(campaign: string, slug: string, audits: readonly ReleaseAudit[]): OutputFile {
  return { path: `${slug}/audit.json`, content: `${JSON.stringify({ campaign, releases: audits.map(releaseJson) }, null, 2)}\n` };
}

/**
 * The audit as `patchpress check --json` prints it: each release with its
 * counts, path, blocks and figures; the paths table; every template block
 * and which releases went each way; releases alone on a path; similar pairs.
 */
export function auditJson(report: AuditReport): unknown {
  return {
    campaign: report.campaign,
    releases: report.releases.map((r) => ({ slug: r.slug, ...releaseJson(r), blocks: r.path.branches })),
    paths: report.coverage.paths,
    blocks: report.coverage.branches,
    outliers: report.coverage.outliers,
    similar: report.similar,
  };
}

function releaseJson(audit: ReleaseAudit): Record<string, unknown> {
  return {
    region: audit.region,
    template: audit.template,
    file: audit.file,
    varySeed: audit.varySeed,
    summary: audit.summary,
    path: { story: audit.path.story, smallBase: audit.path.smallBase, quotes: audit.path.quotes },
    figures: audit.figures.map((f) => ({
      at: outputPlace(audit, f),
      text: f.text,
      kind: f.kind,
      template: f.template,
      status: f.status,
      trace: f.trace,
        ...(f.also.length ? { also: f.also } : {}),
    })),
    ...(audit.lint.length ? { lint: audit.lint.map((l) => ({ at: outputPlace(audit, l), rule: l.rule, severity: l.severity, text: l.text, message: l.message, template: l.template })) } : {}),
  };
}
