import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegionResult } from '../../../src/build/buildRegions.js';
import { encodeResult, ResultList } from '../../../src/build/resultList.js';
import { WriteError } from '../../../src/write/sink.js';

let scratch: string;
beforeEach(() => (scratch = mkdtempSync(join(tmpdir(), 'patchpress-results-'))));
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A list kept as JSON in a scratch file in a fresh folder, or as objects. */
function listOf(length: number, asJson: boolean): ResultList {
  return new ResultList(length, asJson ? scratch : null);
}

function result(slug: string): RegionResult {
  return {
    region: `Synthetic Area ${slug}`,
    slug,
    releases: [{ template: 'release', headline: `Synthetic headline for ${slug}`, output: `${slug}/release`, files: { md: `${slug}/release.md` }, audit: { figures: 3, traced: 3, fixed: 0, untraced: 0 } }],
    buildDiagnostics: [],
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
    const list = listOf(3, asText);
    list.set(2, result('c'));
    list.set(0, result('a'));
    list.set(1, result('b'));
    expect([...list]).toEqual([result('a'), result('b'), result('c')]);
    expect(list.at(1)).toEqual(result('b'));
    expect(list.flatMap((r) => r.paths)).toEqual(['a/release.md', 'b/release.md', 'c/release.md']);
  });

  it.each([true, false])('reads a result a worker encoded as the result itself (as JSON: %s)', (asJson) => {
    const list = listOf(2, asJson);
    list.setEncoded(1, encodeResult(result('b')));
    list.set(0, result('a'));
    expect([...list]).toEqual([result('a'), result('b')]);
  });

  it('passes over regions that were never built (the converters could not be set up)', () => {
    const list = listOf(3, true);
    list.set(1, result('b'));
    expect(list.length).toBe(3);
    expect([...list].map((r) => r.slug)).toEqual(['b']);
    expect(list.at(0)).toBeUndefined();
  });

  it('kept as JSON, hands out a copy each time, so nothing a reader changes reaches the next reader', () => {
    const list = listOf(1, true);
    list.set(0, result('a'));
    list.at(0)!.paths.push('changed');
    expect(list.at(0)!.paths).toEqual(['a/release.md']);
  });

  it('kept as objects, holds the very object set (the preview keeps rendered releases in it)', () => {
    const list = listOf(1, false);
    const kept = result('a');
    list.set(0, kept);
    expect(list.at(0)).toBe(kept);
  });

  it('reads back thousands of results, set out of order, past the scratch file\'s read and write windows', () => {
    // 3,000 results of about 600 bytes: megabytes written in chunks and read back through a moving window.
    const count = 3000;
    const list = listOf(count, true);
    const order = Array.from({ length: count }, (_, i) => (i * 7919) % count);
    for (const i of order) list.setEncoded(i, encodeResult(result(String(i).padStart(5, '0'))));
    const slugs = [...list].map((r) => r.slug);
    expect(slugs).toHaveLength(count);
    expect(slugs.every((slug, i) => slug === String(i).padStart(5, '0'))).toBe(true);
    // and one at a time, backwards, where no window is reused
    for (let i = count - 1; i >= 0; i -= 97) expect(list.at(i)!.slug).toBe(String(i).padStart(5, '0'));
    list.close();
  });

  it('reads a result set after earlier ones were read (a write after a read)', () => {
    const list = listOf(2, true);
    list.set(0, result('a'));
    expect(list.at(0)!.slug).toBe('a');
    list.set(1, result('b'));
    expect(list.at(1)!.slug).toBe('b');
    expect(list.at(0)!.slug).toBe('a');
  });

  it('leaves no file in the folder it keeps its results in (the staging folder becomes out/)', () => {
    const list = listOf(2, true);
    list.set(0, result('a'));
    list.set(1, result('b'));
    expect(list.at(1)!.slug).toBe('b');
    expect(readdirSync(scratch)).toEqual([]);
    list.close();
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('reports a folder it cannot keep its results in as a write failure, not a crash', () => {
    const missing = join(scratch, 'gone');
    expect(() => new ResultList(1, missing)).toThrow(WriteError);
    expect(() => new ResultList(1, missing)).toThrow('could not write the output (ENOENT)');
  });
});
