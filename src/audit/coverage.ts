import type { Direction, QuoteSnippet, RegionStory } from '../model.js';
import type { BranchPoint, BranchWay } from '../render/sourceMarkers.js';

/** The path one release took through its template. */
export interface ReleasePath {
  region: string;
  slug: string;
  template: string;
  /** The story the primary measure tells: rise, fall, unchanged, new, unknown (no previous figure) or not published. */
  story: string;
  smallBase: boolean;
  /** Ids of the quotes selected. */
  quotes: string[];
  /** Each block reached, as "file:line label" → the way it went. */
  branches: Record<string, 'then' | 'else' | 'both'>;
}

/** A column of the paths table: one story, the small-base path, or one quote. */
export interface PathColumn {
  name: string;
  /** Release labels (region, or region and template) taking it. */
  releases: string[];
}

/** One block of a template and which releases went each way. */
export interface BranchRow {
  file: string;
  line: number;
  label: string;
  then: string[];
  else: string[];
  notReached: string[];
}

export interface Coverage {
  releases: ReleasePath[];
  paths: PathColumn[];
  branches: BranchRow[];
  /** Releases that are the only one on some path or branch, with what makes them so. */
  outliers: Array<{ release: string; only: string[] }>;
}

const STORIES: Readonly<Record<Direction, string>> = { up: 'rise', down: 'fall', unchanged: 'unchanged', new: 'new', unknown: 'unknown' };

export function releasePath(story: RegionStory, primary: string, template: string, quotes: readonly QuoteSnippet[], ways: ReadonlyMap<BranchPoint, ReadonlySet<BranchWay>>): ReleasePath {
  const figures = story.figures[primary];
  const direction = figures?.change.direction ?? 'unknown';
  const branches: ReleasePath['branches'] = {};
  for (const [point, set] of ways) {
    if (!set.has('visit')) continue;
    // A block without {{else}} leaves no mark when skipped: reached but not entered is "else".
    const then = set.has('then');
    branches[branchKey(point)] = then && set.has('else') ? 'both' : then ? 'then' : 'else';
  }
  return {
    region: story.region.name,
    slug: story.region.slug,
    template,
    story: figures?.current === null ? 'not published' : STORIES[direction],
    smallBase: figures?.change.smallBase ?? false,
    quotes: quotes.map((q) => q.id),
    branches,
  };
}

export function branchKey(point: BranchPoint): string {
  return `${point.file}:${point.line} ${point.label}`;
}

/**
 * The table an editor reads before sending: which releases take each story,
 * the small-base path and each quote, which way each template block went,
 * and which releases are alone on a path (worth reading first).
 */
export function coverage(releases: readonly ReleasePath[], allQuotes: readonly QuoteSnippet[], points: readonly BranchPoint[]): Coverage {
  const templates = new Set(releases.map((r) => r.template));
  const label = (r: ReleasePath): string => (templates.size > 1 ? `${r.region} (${r.template})` : r.region);
  const column = (name: string, takes: (r: ReleasePath) => boolean): PathColumn => ({ name, releases: releases.filter(takes).map(label) });
  const paths = [
    ...[...Object.values(STORIES), 'not published'].map((story) => column(story, (r) => r.story === story)),
    column('small base', (r) => r.smallBase),
    ...allQuotes.map((q) => column(`quote ${q.id}`, (r) => r.quotes.includes(q.id))),
  ];
  const seen = new Set<string>();
  const branches: BranchRow[] = [];
  for (const point of points) {
    const key = branchKey(point);
    if (seen.has(key)) continue;
    seen.add(key);
    const way = (r: ReleasePath): string | undefined => r.branches[key];
    branches.push({
      file: point.file,
      line: point.line,
      label: point.label,
      then: releases.filter((r) => way(r) === 'then' || way(r) === 'both').map(label),
      else: releases.filter((r) => way(r) === 'else' || way(r) === 'both').map(label),
      notReached: releases.filter((r) => way(r) === undefined).map(label),
    });
  }
  const only = new Map<string, string[]>();
  const note = (release: string, what: string): void => {
    only.set(release, [...(only.get(release) ?? []), what]);
  };
  if (releases.length > 2) {
    for (const p of paths) if (p.releases.length === 1) note(p.releases[0]!, p.name);
    for (const b of branches) {
      if (b.then.length === 1 && b.then.length < releases.length) note(b.then[0]!, `${b.file}:${b.line} ${b.label} → then`);
      if (b.else.length === 1 && b.else.length < releases.length) note(b.else[0]!, `${b.file}:${b.line} ${b.label} → else`);
    }
  }
  const outliers = releases.map(label).filter((r) => only.has(r)).map((release) => ({ release, only: only.get(release)! }));
  return { releases: [...releases], paths, branches, outliers };
}

/** The coverage as text for `patchpress check`: a releases × paths table, then every block. */
export function formatCoverage(c: Coverage): string {
  const lines: string[] = [];
  const labels = c.releases.map((r) => (new Set(c.releases.map((x) => x.template)).size > 1 ? `${r.region} (${r.template})` : r.region));
  const nameWidth = Math.max('release'.length, ...labels.map((l) => l.length));
  const widths = c.paths.map((p) => Math.max(p.name.length, String(p.releases.length).length));
  lines.push(`Paths taken by ${c.releases.length} ${c.releases.length === 1 ? 'release' : 'releases'}`, '');
  lines.push(['release'.padEnd(nameWidth), ...c.paths.map((p, i) => p.name.padEnd(widths[i]!))].join('  ').trimEnd());
  labels.forEach((label) => {
    const cells = c.paths.map((p, i) => (p.releases.includes(label) ? 'x' : '.').padEnd(widths[i]!));
    lines.push([label.padEnd(nameWidth), ...cells].join('  ').trimEnd());
  });
  lines.push(['total'.padEnd(nameWidth), ...c.paths.map((p, i) => String(p.releases.length).padEnd(widths[i]!))].join('  ').trimEnd());
  const unused = c.paths.filter((p) => p.releases.length === 0).map((p) => p.name);
  lines.push('', `Paths no release takes: ${unused.length ? unused.join(', ') : 'none'}`);

  lines.push('', 'Template blocks (which releases went each way)');
  let file = '';
  const count = (names: readonly string[], total: number): string => {
    if (names.length === 0) return '0';
    if (names.length === total) return 'all';
    return names.length <= 2 ? names.join(', ') : String(names.length);
  };
  if (c.branches.length === 0) lines.push('  none');
  const labelWidth = Math.min(60, Math.max(0, ...c.branches.map((b) => b.label.length)));
  for (const b of c.branches) {
    if (b.file !== file) {
      file = b.file;
      lines.push(`  ${file}`);
    }
    const total = c.releases.length;
    const never = b.notReached.length === total ? '  never reached' : b.then.length === 0 ? '  then never taken' : '';
    const label = b.label.length > labelWidth ? `${b.label.slice(0, labelWidth - 1)}…` : b.label.padEnd(labelWidth);
    lines.push(`    ${String(b.line).padStart(4)}  ${label}  then: ${count(b.then, total)} · else: ${count(b.else, total)}${b.notReached.length && b.notReached.length < total ? ` · not reached: ${count(b.notReached, total)}` : ''}${never}`);
  }
  lines.push('', 'Releases alone on a path or branch (read these first)');
  if (c.outliers.length === 0) lines.push('  none');
  for (const o of c.outliers) lines.push(`  ${o.release}`, ...o.only.map((what) => `    ${what}`));
  return lines.join('\n');
}
