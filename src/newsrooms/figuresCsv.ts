import { compareCodePoints } from '../load/listFolder.js';
import type { Campaign, RegionStory } from '../model.js';
import { roundTo2 } from '../write/manifest.js';

/**
 * A cell as a spreadsheet reads it safely. Text that starts with = + - @ tab
 * or carriage return would run as a formula in Excel, LibreOffice or Google
 * Sheets ("=HYPERLINK(…)" in a force name): it gets a leading apostrophe,
 * which spreadsheets show as text. Numbers are written as numbers (a
 * negative change is not a formula). Quotes, commas and line breaks are
 * quoted as RFC 4180 asks.
 *
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('Avon, Somerset') // '"Avon, Somerset"'
 * @example csvCell(-44.1) // '-44.1'
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The figures behind a newsroom's releases, one row per force and measure,
 * a column per period (blank where not published), then the change between
 * the campaign's two periods. UTF-8 with a byte-order mark and CRLF line
 * ends, so Excel opens "Ynys Môn" as written.
 */
export function figuresCsv(campaign: Campaign, stories: readonly RegionStory[]): string {
  const periods = [...new Set(stories.flatMap((s) => Object.values(s.figures).flatMap((f) => Object.keys(f.periods))))].sort(compareCodePoints);
  const header = ['force', 'nation', 'measure', 'unit', ...periods, `change_${campaign.periods.previous}_to_${campaign.periods.current}_percent`, 'direction'];
  const rows: Array<Array<string | number | null>> = [header];
  for (const story of stories) {
    for (const measure of campaign.measures) {
      const figures = story.figures[measure.name];
      if (!figures) continue;
      rows.push([
        story.region.name,
        story.region.nation,
        measure.label,
        measure.kind === 'count' ? 'count' : 'percent',
        ...periods.map((p) => figures.periods[p] ?? null),
        roundTo2(figures.change.percent),
        figures.change.direction,
      ]);
    }
  }
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
