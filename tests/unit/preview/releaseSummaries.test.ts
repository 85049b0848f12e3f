import { error, warning } from '../../../src/errors/diagnostic.js';
import type { Direction } from '../../../src/model.js';
import { readSlugs } from '../../../src/preview/pages/compareView.js';
import { diagnosticsAbout, readSort, sortSummaries, type ReleaseSummary } from '../../../src/preview/releaseSummaries.js';

/** Only what sorting reads; the rest is plainly filler. */
function summary(region: string, changePercent: number | null, direction: Direction = changePercent === null ? 'unknown' : changePercent < 0 ? 'down' : 'up'): ReleaseSummary {
  return {
    region, slug: region.toLowerCase(), nation: 'England', template: 'release', templateFile: 'templates/release.md.hbs',
    headline: `${region} headline`, standfirst: null, change: '', changePercent, direction, smallBase: false, currentKnown: true,
    story: direction, branches: [], alone: [], figureCount: null,
    quotes: [], warnings: [], files: {}, markdown: '', measures: [],
  };
}

// Synthetic areas; the percentages are shapes, not figures.
const releases = [
  summary('Synthetic Area 03', 88.55),
  summary('Synthetic Area 01', -18.18),
  summary('Synthetic Area 05', null),
  summary('Synthetic Area 02', 100),
  summary('Synthetic Area 04', null, 'new'),
  summary('Synthetic Area 06', -44),
];
const names = (list: ReleaseSummary[]): string[] => list.map((s) => s.region.replace('Synthetic Area ', ''));

describe('sortSummaries', () => {
  it.each([
    ['order', 'asc', ['03', '01', '05', '02', '04', '06']],
    ['order', 'desc', ['06', '04', '02', '05', '01', '03']],
    ['force', 'asc', ['01', '02', '03', '04', '05', '06']],
    ['force', 'desc', ['06', '05', '04', '03', '02', '01']],
    // Largest rise first; forces with no percentage last either way, by name.
    ['change', 'desc', ['02', '03', '01', '06', '04', '05']],
    ['change', 'asc', ['06', '01', '03', '02', '04', '05']],
  ] as const)('by %s, %s => %p', (key, order, expected) => {
    expect(names(sortSummaries(releases, key, order))).toEqual(expected);
  });

  it('leaves the build order alone', () => {
    sortSummaries(releases, 'change', 'desc');
    expect(names(releases)).toEqual(['03', '01', '05', '02', '04', '06']);
  });
});

describe('readSort', () => {
  it.each([
    ['', { key: 'order', order: 'asc' }],
    ['sort=change&order=desc', { key: 'change', order: 'desc' }],
    ['sort=change', { key: 'change', order: 'asc' }],
    ['sort=force&order=desc', { key: 'force', order: 'desc' }],
    ['sort=headline&order=sideways', { key: 'order', order: 'asc' }],
  ])('?%s => %p', (query, expected) => {
    expect(readSort(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('diagnosticsAbout', () => {
  const found = [
    warning('templates/release.md.hbs', 'force "Kent": the HTML sanitizer removed raw HTML or an unsafe link from this release'),
    error('templates/release.md.hbs', 'force "Kent Downs": changeHeadline: the current figure is not known', { line: 3 }),
    warning('data/quotes/rise.md', 'the speaker of this quote is not a named person'),
  ];
  it.each([
    ['Kent', [found[0]]],
    ['Kent Downs', [found[1]]],
    ['Gwent', []],
  ])('%p => the diagnostics that name it', (region, expected) => {
    expect(diagnosticsAbout(region, found)).toEqual(expected);
  });
});

describe('readSlugs', () => {
  it.each([
    ['slugs=hampshire,wiltshire', ['hampshire', 'wiltshire']],
    ['slugs=hampshire&slugs=wiltshire', ['hampshire', 'wiltshire']],
    ['slugs=wiltshire,hampshire,wiltshire', ['wiltshire', 'hampshire']],
    ['slugs=%20kent%20,,', ['kent']],
    ['', []],
  ])('?%s => %p', (query, expected) => {
    expect(readSlugs(new URLSearchParams(query))).toEqual(expected);
  });
});
