import { buildManifest, manifestPieces, manifestText, type Manifest, type ManifestInput } from '../../../src/write/manifest.js';

const release = (slug: string, audit?: Manifest['releases'][number]['audit']): Manifest['releases'][number] => ({
  region: slug.toUpperCase(),
  slug,
  template: 'release',
  headline: `Offences in ${slug} up 89%`,
  files: { md: `${slug}/release.md`, html: `${slug}/release.html` },
  figures: { previous: 131, current: 247, changePercent: 88.55, direction: 'up' },
  ...(audit ? { audit, varySeed: `campaign/${slug}` } : {}),
});

const manifests: Array<[string, Manifest]> = [
  [
    'a build with releases, newsrooms, hashes and an embargo',
    {
      campaign: 'c',
      date: '2020-09-03',
      embargo: { at: '2020-09-03T00:01:00+01:00', line: 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020' },
      formats: ['md', 'html'],
      releases: [release('hampshire', { figures: 40, traced: 40, fixed: 0, untraced: 0 }), release('wiltshire')],
      newsrooms: [{ newsroom: 'N', slug: 'n', email: 'n@example.org', forces: ['Hampshire'], folder: 'newsrooms/n', zip: 'newsrooms/n/n.zip', files: ['newsrooms/n/figures.csv'] }],
      sha256: { 'hampshire/release.md': 'a'.repeat(64), 'index.html': 'b'.repeat(64) },
      inputHashes: { hampshire: 'c'.repeat(32) },
    },
  ],
  ['an empty build', { campaign: 'c', date: '2020-09-03', embargo: null, formats: [], releases: [], newsrooms: [], sha256: {}, inputHashes: {} }],
];

describe('the manifest written in pieces', () => {
  it.each(manifests)('%s: the same bytes as JSON.stringify with two-space indents', (_, manifest) => {
    expect([...manifestText(manifest)].join('')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
  });

  it('gives each release of a long list as its own piece', () => {
    const long: Manifest = { campaign: 'c', date: '2020-09-03', embargo: null, formats: ['md'], releases: ['a', 'b', 'c'].map((slug) => release(slug)), newsrooms: [], sha256: {}, inputHashes: {} };
    const pieces = [...manifestText(long)];
    expect(pieces.filter((p) => p.includes('"slug"'))).toHaveLength(3);
  });
});

describe('the manifest written as it is made (a build that writes its files)', () => {
  /** A build's manifest input, its lists made afresh each time (they are read once). */
  const input = (): ManifestInput => ({
    campaign: 'c',
    date: '2020-09-03',
    embargo: { at: '2020-09-03T00:01:00+01:00', line: 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020' },
    formats: ['md', 'html'],
    releases: (function* () {
      yield release('hampshire', { figures: 40, traced: 40, fixed: 0, untraced: 0 });
      yield release('wiltshire');
    })(),
    newsrooms: [],
    // out of path order, in groups, as a build gives them
    files: [
      [
        { path: 'wiltshire/release.md', sha256: 'd'.repeat(64) },
        { path: 'hampshire/release.md', sha256: 'a'.repeat(64) },
      ],
      [],
      [{ path: 'index.html', sha256: 'b'.repeat(64) }],
    ],
    inputHashes: new Map([['hampshire', 'c'.repeat(32)]]),
  });

  it('writes the same bytes as the manifest buildManifest makes, written out', () => {
    const manifest = buildManifest(input());
    expect([...manifestPieces(input())].join('')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
  });

  it('lists every file by path in code-point order and keeps the fields in their order', () => {
    const written = JSON.parse([...manifestPieces(input())].join('')) as Manifest;
    expect(Object.keys(written)).toEqual(['campaign', 'date', 'embargo', 'formats', 'releases', 'newsrooms', 'sha256', 'inputHashes']);
    expect(Object.keys(written.sha256)).toEqual(['hampshire/release.md', 'index.html', 'wiltshire/release.md']);
    expect(written.sha256['wiltshire/release.md']).toBe('d'.repeat(64));
    expect(written.releases.map((r) => r.slug)).toEqual(['hampshire', 'wiltshire']);
  });

  it('makes each release only as its piece is asked for', () => {
    let made = 0;
    const counting = function* (): Generator<Manifest['releases'][number]> {
      for (const slug of ['a', 'b', 'c']) {
        made += 1;
        yield release(slug);
      }
    };
    const pieces = manifestPieces({ ...input(), releases: counting() });
    let piece = pieces.next();
    while (!piece.done && !piece.value.includes('"slug"')) piece = pieces.next();
    expect(made).toBe(1);
  });
});
