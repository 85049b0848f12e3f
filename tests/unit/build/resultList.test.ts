import type { RegionResult } from '../../../src/build/buildRegions.js';
import { encodeResult, ResultList } from '../../../src/build/resultList.js';

function result(slug: string): RegionResult {
  return {
    region: `Synthetic Area ${slug}`,
    slug,
    releases: [{ template: 'release', headline: `Synthetic headline for ${slug}`, output: `${slug}/release`, files: { md: `${slug}/release.md` }, audit: { figures: 3, traced: 3, fixed: 0, untraced: 0 } }],
    buildDiagnostics: [],
    markerDiagnostics: [],
    leakDiagnostics: [],
    wrongEmbargo: [],
    findings: [],
    figures: { previous: 10, current: 12, changePercent: 20, direction: 'up' },
    change: 'up 20%',
    paths: [`${slug}/release.md`],
    sha256: 'a'.repeat(64),
    written: 1,
    writtenFlags: '1',
    inputHash: 'b'.repeat(32),
    reusable: true,
  };
}

describe('ResultList', () => {
  it.each([true, false])('gives back each result as it was set, in region order, whatever order they came in (as JSON: %s)', (asText) => {
    const list = new ResultList(3, asText);
    list.set(2, result('c'));
    list.set(0, result('a'));
    list.set(1, result('b'));
    expect([...list]).toEqual([result('a'), result('b'), result('c')]);
    expect(list.at(1)).toEqual(result('b'));
    expect(list.flatMap((r) => r.paths)).toEqual(['a/release.md', 'b/release.md', 'c/release.md']);
  });

  it.each([true, false])('reads a result a worker encoded as the result itself (as JSON: %s)', (asJson) => {
    const list = new ResultList(2, asJson);
    list.setEncoded(1, encodeResult(result('b')));
    list.set(0, result('a'));
    expect([...list]).toEqual([result('a'), result('b')]);
  });

  it('passes over regions that were never built (the converters could not be set up)', () => {
    const list = new ResultList(3, true);
    list.set(1, result('b'));
    expect(list.length).toBe(3);
    expect([...list].map((r) => r.slug)).toEqual(['b']);
    expect(list.at(0)).toBeUndefined();
  });

  it('kept as JSON, hands out a copy each time, so nothing a reader changes reaches the next reader', () => {
    const list = new ResultList(1, true);
    list.set(0, result('a'));
    list.at(0)!.paths.push('changed');
    expect(list.at(0)!.paths).toEqual(['a/release.md']);
  });

  it('kept as objects, holds the very object set (the preview keeps rendered releases in it)', () => {
    const list = new ResultList(1, false);
    const kept = result('a');
    list.set(0, kept);
    expect(list.at(0)).toBe(kept);
  });
});
