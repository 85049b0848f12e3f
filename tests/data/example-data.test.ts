/**
 * The bundled example must never hold a figure that could pass for real
 * without being real: every figure is traced to a source row.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '../support/paths.js';

type Row = Record<string, string>;
const readCsv = async (name: string): Promise<Row[]> => parse(await readFile(join(repoRoot, 'data', name), 'utf8'), { columns: true }) as Row[];

describe('data/sources.csv backs every figure', () => {
  let sources: Row[];
  beforeAll(async () => {
    sources = await readCsv('sources.csv');
  });
  const sourced = (force: string, measure: string, period: string, value: string): boolean =>
    sources.some((s) => s.force === force && s.measure === measure && s.period === period && s.value === value && /^(https?:\/\/|seed story: )/.test(s.source ?? ''));

  it('for every count in offences.csv, by force and period', async () => {
    const missing: string[] = [];
    for (const row of await readCsv('offences.csv')) {
      for (const [column, value] of Object.entries(row)) {
        if (!value || !/^\d{4}\/\d{2}$/.test(column)) continue;
        if (!sourced(row.force!, 'offences', column, value)) missing.push(`${row.force} ${column} ${value}`);
      }
      if (row.five_year_total && !sourced(row.force!, 'offences_five_year_total', '2015/16-2019/20', row.five_year_total)) missing.push(`${row.force} five-year ${row.five_year_total}`);
    }
    expect(missing).toEqual([]);
  });

  it('for every percentage in online-share.csv', async () => {
    const missing: string[] = [];
    for (const row of await readCsv('online-share.csv')) {
      for (const [column, value] of Object.entries(row)) {
        if (value && /^\d{4}\/\d{2}$/.test(column) && !sourced(row.force!, 'online_share_percent', column, value)) missing.push(`${row.force} ${column} ${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leaves Cumbria's unpublished 2018/19 count blank rather than working it back", async () => {
    const cumbria = (await readCsv('offences.csv')).find((r) => r.force === 'Cumbria');
    expect(cumbria?.['2018/19']).toBe('');
    expect(cumbria?.['2019/20']).toBe('194');
  });
});

describe('sample quotes', () => {
  it('are attributed to a role, never to a named person, and marked as sample copy', async () => {
    const dir = join(repoRoot, 'data/quotes');
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8');
      expect({ name, speaker: /^speaker: "A spokesperson for [^"]+"$/m.test(text), sample: /^sample: true$/m.test(text) }).toEqual({ name, speaker: true, sample: true });
    }
  });
});
