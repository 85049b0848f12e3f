import type { AuditSummary } from '../audit/auditReleases.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { GenerateResult } from '../generate.js';
import { compareCodePoints } from '../load/listFolder.js';
import type { Direction, MeasureFigures, QuoteSnippet, Rank } from '../model.js';
import { changeHeadline } from '../render/helpers/changeHeadline.js';

/** One release as the preview pages show it: what it says, and which way through the template it went. */
export interface ReleaseSummary {
  region: string;
  slug: string;
  nation: string;
  /** The template's id (`release`) and file (`templates/release.md.hbs`). */
  template: string;
  templateFile: string;
  headline: string;
  standfirst: string | null;
  /** As the built index prints it: "up 89%", "at 194", "not known". */
  change: string;
  /** Signed, unrounded; null when there is no percentage (not known, from none). */
  changePercent: number | null;
  direction: Direction;
  smallBase: boolean;
  currentKnown: boolean;
  /** The audit's name for the story the figures tell (rise, fall, unchanged, new, unknown, not published), as `check` prints it. */
  story: string;
  /** Each template block the release reached, as `check` names it, and the way it went. */
  branches: { block: string; way: 'then' | 'else' | 'both' }[];
  /** The paths and blocks this release alone takes: worth reading first. */
  alone: string[];
  /** How the audit accounted for the figures in the copy; null when no audit ran. */
  figureCount: AuditSummary | null;
  quotes: QuoteSnippet[];
  /** Warnings the build raised about this force. */
  warnings: Diagnostic[];
  /** Paths inside the build's files, by format: `{ md: 'hampshire/release.md', html: … }`. */
  files: Record<string, string>;
  markdown: string;
  /** measure name → figures and rank, primary measure first. */
  measures: { name: string; figures: MeasureFigures; rank: Rank | undefined }[];
}

/** The releases of a successful build, in the build's order (the primary CSV's). */
export function releaseSummaries(result: GenerateResult): ReleaseSummary[] {
  const manifest = result.manifest?.releases ?? [];
  const templates = new Set(result.releases.map((r) => r.template.id));
  return result.releases.map((release) => {
    const { story } = release;
    // deriveStories keys `figures` in the campaign's measure order: the first is the primary measure.
    const measures = Object.entries(story.figures).map(([name, figures]) => ({ name, figures, rank: story.rank[name] }));
    const primary = measures[0]!.figures;
    const entry = manifest.find((m) => m.slug === story.region.slug && m.template === release.template.id);
    const audit = result.audit?.releases.find((a) => a.slug === story.region.slug && a.template === release.template.id);
    // The audit names a release by its force, and its template too when there are several.
    const label = templates.size > 1 ? `${story.region.name} (${release.template.id})` : story.region.name;
    return {
      region: story.region.name,
      slug: story.region.slug,
      nation: story.region.nation,
      template: release.template.id,
      templateFile: release.template.file,
      headline: release.headline,
      standfirst: release.standfirst,
      change: primary.current === null ? 'not known' : changeHeadline(primary),
      changePercent: primary.change.percent,
      direction: primary.change.direction,
      smallBase: primary.change.smallBase,
      currentKnown: primary.current !== null,
      story: audit?.path.story ?? primary.change.direction,
      branches: Object.entries(audit?.path.branches ?? {}).map(([block, way]) => ({ block, way })),
      alone: result.audit?.coverage.outliers.find((o) => o.release === label)?.only ?? [],
      figureCount: audit?.summary ?? null,
      quotes: release.quotes,
      warnings: diagnosticsAbout(story.region.name, result.diagnostics),
      files: entry?.files ?? {},
      markdown: release.markdown,
      measures,
    };
  });
}

/**
 * The diagnostics about one force. The render and convert stages name the
 * force they were working on at the start of each message (`force "Gwent": …`);
 * anything else concerns the whole campaign.
 */
export function diagnosticsAbout(region: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const prefix = `force "${region}": `;
  return diagnostics.filter((d) => d.message.startsWith(prefix));
}

export type SortKey = 'order' | 'force' | 'change';
export type SortOrder = 'asc' | 'desc';

/**
 * Releases sorted for the index. By change, forces without a percentage
 * (not known, up from none) come last in either order, so "largest rise
 * first" starts with a real figure.
 */
export function sortSummaries(summaries: readonly ReleaseSummary[], key: SortKey, order: SortOrder): ReleaseSummary[] {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: ReleaseSummary, b: ReleaseSummary): number => compareCodePoints(a.region, b.region) || compareCodePoints(a.template, b.template);
  if (key === 'order') return order === 'asc' ? [...summaries] : [...summaries].reverse();
  if (key === 'force') return [...summaries].sort((a, b) => sign * byName(a, b));
  return [...summaries].sort((a, b) => {
    if (a.changePercent === null || b.changePercent === null) {
      return Number(a.changePercent === null) - Number(b.changePercent === null) || byName(a, b);
    }
    return sign * (a.changePercent - b.changePercent) || byName(a, b);
  });
}

/** Reads `?sort=change&order=desc`; anything else falls back to the build's order. */
export function readSort(query: URLSearchParams): { key: SortKey; order: SortOrder } {
  const key = query.get('sort');
  const order = query.get('order') === 'desc' ? 'desc' : 'asc';
  return { key: key === 'force' || key === 'change' ? key : 'order', order };
}
