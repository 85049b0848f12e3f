import { error, warning, type Diagnostic, type Severity } from '../errors/diagnostic.js';
import type { ValidCampaign } from '../model.js';
import { quoteContext, regionContext } from '../render/context.js';
import { varySeed } from '../render/helpers/vary.js';
import type { RenderedRelease } from '../render/renderRelease.js';
import { hasMarkers, type BranchPoint, type BranchWay, type SourcePoint } from '../render/sourceMarkers.js';
import { createTracer, type TracedRelease } from '../render/traceRelease.js';
import type { TemplateSet } from '../render/templateSet.js';
import type { OutputFile } from '../write/stagedOutput.js';
import { leaves, regionCandidates } from './candidates.js';
import { coverage, releasePath, type Coverage, type ReleasePath } from './coverage.js';
import { leaksIn, lintRelease, ruleSetting, type LintFinding } from './lint.js';
import { releaseParts } from './releaseText.js';
import { comparable, ownParagraphs, similarPairs, type Comparable, type SimilarPair } from './similarity.js';
import { traceFigures, type FigureTrace } from './traceFigures.js';

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

export interface AuditResult {
  report: AuditReport;
  diagnostics: Diagnostic[];
  /** `audit.json` in each release folder. */
  files: OutputFile[];
}

/**
 * The accuracy guard, run on the rendered releases before anything is
 * written: every number traced to the figure it came from, house style
 * checked, the path each release took through its template recorded, and
 * releases that read almost the same found. `outputs` are every file about
 * to be written (checked for leaked values); `outDir` names them in messages.
 */
export function auditReleases(valid: ValidCampaign, set: TemplateSet, releases: readonly RenderedRelease[], outputs: readonly OutputFile[], outDir: string): AuditResult {
  const { campaign } = valid;
  const primary = campaign.measures[0]!.name;
  const tracer = createTracer(set, campaign.style);
  const audits: ReleaseAudit[] = [];
  const copies: Array<{ label: string; text: string; names: string[] }> = [];
  for (const release of releases) {
    const { story, template: spec } = release;
    const context = regionContext(campaign, story, release.quotes.map((q) => quoteContext(q, '')));
    const traced = tracer.trace(spec, campaign, story, release.quotes);
    const parts = releaseParts(release, traced);
    const figures = traceFigures(parts, regionCandidates(campaign, story, context), { file: spec.file, texts: spec.fixedText });
    const count = (status: FigureTrace['status']): number => figures.filter((f) => f.status === status).length;
    const file = `${release.output}.md`;
    audits.push({
      region: story.region.name,
      slug: story.region.slug,
      template: spec.id,
      file,
      varySeed: varySeed(context) ?? '',
      summary: { figures: figures.length, traced: count('traced'), fixed: count('fixed'), untraced: count('untraced') },
      figures,
      lint: lintRelease(parts, figures, campaign.style),
      path: releasePath(story, primary, spec.id, release.quotes, branchWays(traced, tracer.table.branches)),
    });
    const names = leaves(context.region, 'region').flatMap(([, v]) => (typeof v === 'string' ? [v] : []));
    copies.push({ label: label(story.region.name, spec.id, releases), text: release.markdown, names });
  }

  const similarity = ruleSetting(campaign.style, 'similar-releases');
  const similar = similarity === 'off' ? [] : similarReleases(copies, releases, campaign.style.similarity);
  const report: AuditReport = {
    campaign: campaign.id,
    releases: audits,
    coverage: coverage(audits.map((a) => a.path), valid.quotes, tracer.table.branches),
    similar,
  };
  const diagnostics = [...markerDiagnostics(releases), ...untracedDiagnostics(audits), ...lintDiagnostics(audits), ...leakDiagnostics(outputs, outDir)];
  if (similarity !== 'off') {
    for (const pair of similar) {
      const finding = { file: pair.template, message: `similar-releases: the releases for ${pair.a} and ${pair.b} are ${(pair.similarity * 100).toFixed(1)}% the same once figures and names are set aside`, hint: 'vary the phrasing with {{vary "…" "…"}}, or let the copy branch on what differs between them' };
      diagnostics.push(similarity === 'error' ? error(finding.file, finding.message, { hint: finding.hint }) : warning(finding.file, finding.message, { hint: finding.hint }));
    }
  }
  return { report, diagnostics, files: auditFiles(campaign.id, audits) };
}

/** Pairs of releases of one template that read alike, their shared paragraphs set aside. */
function similarReleases(copies: ReadonlyArray<{ label: string; text: string; names: string[] }>, releases: readonly RenderedRelease[], threshold: number): AuditReport['similar'] {
  const byTemplate = new Map<string, number[]>();
  releases.forEach((r, i) => byTemplate.set(r.template.file, [...(byTemplate.get(r.template.file) ?? []), i]));
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

function label(region: string, template: string, releases: readonly RenderedRelease[]): string {
  return new Set(releases.map((r) => r.template.id)).size > 1 ? `${region} (${template})` : region;
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
function outputPlace(audit: ReleaseAudit, finding: { part: string; line: number }): string {
  return finding.part === 'body' ? `${audit.file}:${finding.line}` : `${finding.part} of ${audit.file}`;
}

interface Grouped {
  severity: Severity;
  template: string | null;
  fallbackFile: string;
  message: string;
  hint: string;
  places: string[];
}

/** One diagnostic per template place and problem, listing every release it shows up in. */
function grouped(groups: Map<string, Grouped>): Diagnostic[] {
  return [...groups.values()].map((g) => {
    const shown = g.places.slice(0, 3).join('; ');
    const more = g.places.length > 3 ? `; and ${g.places.length - 3} more` : '';
    const message = `${g.message} (${shown}${more})`;
    const at = parsePlace(g.template);
    const where = at ? { line: at.line, hint: g.hint } : { hint: g.hint };
    const file = at?.file ?? g.fallbackFile;
    return g.severity === 'error' ? error(file, message, where) : warning(file, message, where);
  });
}

function addTo(groups: Map<string, Grouped>, key: string, entry: Omit<Grouped, 'places'>, place: string): void {
  const group = groups.get(key) ?? { ...entry, places: [] };
  group.places.push(place);
  groups.set(key, group);
}

function markerDiagnostics(releases: readonly RenderedRelease[]): Diagnostic[] {
  return releases
    .filter((r) => [r.title, r.standfirst ?? '', r.markdown].some(hasMarkers))
    .map((r) =>
      error(r.template.file, `force "${r.story.region.name}": the release holds a character from U+E000 to U+E005, which the numbers audit uses as a marker`, {
        hint: 'remove it from the data or the template (it is invisible: search for \\uE000 to \\uE005)',
      }),
    );
}

function untracedDiagnostics(audits: readonly ReleaseAudit[]): Diagnostic[] {
  const groups = new Map<string, Grouped>();
  for (const audit of audits) {
    for (const f of audit.figures) {
      if (f.status !== 'untraced') continue;
      addTo(
        groups,
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
  }
  return grouped(groups);
}

function lintDiagnostics(audits: readonly ReleaseAudit[]): Diagnostic[] {
  const groups = new Map<string, Grouped>();
  for (const audit of audits) {
    for (const f of audit.lint) {
      addTo(groups, `${f.template}|${f.rule}|${f.message}`, { severity: f.severity, template: f.template, fallbackFile: audit.file, message: `${f.rule}: ${f.message}`, hint: f.hint }, `${audit.region}: ${outputPlace(audit, f)}`);
    }
  }
  return grouped(groups);
}

function leakDiagnostics(outputs: readonly OutputFile[], outDir: string): Diagnostic[] {
  // Markdown is linted with its template places above; other files can only be checked for leaks.
  return outputs.flatMap((file) => {
    if (typeof file.content !== 'string' || file.path.endsWith('.md')) return [];
    return leaksIn(file.content).map((leak) => error(`${outDir}/${file.path}`, `leaked-value: "${leak.text}" in the output`, { line: leak.line, hint: 'a layout printed a value that was missing or not text: check its fields' }));
  });
}

function parsePlace(place: string | null): SourcePoint | null {
  const match = place === null ? null : /^(.*):(\d+)$/.exec(place);
  return match ? { file: match[1]!, line: Number(match[2]), column: 0 } : null;
}

/** audit.json in each release's folder: every figure, where the template wrote it, and what it came from. */
function auditFiles(campaign: string, audits: readonly ReleaseAudit[]): OutputFile[] {
  const byFolder = new Map<string, ReleaseAudit[]>();
  for (const audit of audits) {
    const folder = audit.file.includes('/') ? audit.file.slice(0, audit.file.lastIndexOf('/')) : '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), audit]);
  }
  return [...byFolder].map(([folder, list]) => ({
    path: folder ? `${folder}/audit.json` : 'audit.json',
    content: `${JSON.stringify({ campaign, releases: list.map(releaseJson) }, null, 2)}\n`,
  }));
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
