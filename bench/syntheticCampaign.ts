/**
 * Writes a plainly synthetic campaign of N regions ("Synthetic Area 00042")
 * that the bundled templates can render: the same measures and columns as
 * data/ (force_name, five_year_total, onlineShare, national.*), figures spread
 * over rises, falls, doublings, small bases, zeros, no change and blanks.
 * Nothing here is a real figure; the same N always gives the same files.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { between, seededRandom } from './prng.js';

export const PERIODS = ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20'] as const;
const NATIONS = ['England', 'England', 'England', 'England', 'Wales', 'Scotland', 'Northern Ireland'];

export interface SyntheticRow {
  name: string;
  nation: string;
  forceName: string;
  /** By period, null where blank. */
  offences: Array<number | null>;
  fiveYearTotal: number | null;
  /** [previous, current] percentages, null where blank. */
  onlineShare: [number | null, number | null];
}

export function areaName(index: number): string {
  return `Synthetic Area ${String(index).padStart(5, '0')}`;
}

/** The rows of a campaign of `count` regions; row i is the same whatever the count. */
export function syntheticRows(count: number): SyntheticRow[] {
  return Array.from({ length: count }, (_, i) => syntheticRow(i + 1));
}

function syntheticRow(index: number): SyntheticRow {
  const random = seededRandom(0x5eed0000 + index);
  const [previous, current] = previousAndCurrent(random);
  const older = [0, 1, 2].map(() => (random() < 0.6 ? between(random, 0, 400) : null));
  const offences = [...older, previous, current];
  const known = offences.every((v) => v !== null);
  const sharePrevious = random() < 0.75 ? between(random, 3, 45) : null;
  const shareCurrent = random() < 0.85 ? between(random, 3, 45) : null;
  const name = areaName(index);
  return {
    name,
    nation: NATIONS[index % NATIONS.length]!,
    forceName: `${name} Police`,
    offences,
    fiveYearTotal: known ? offences.reduce<number>((sum, v) => sum + (v ?? 0), 0) : null,
    onlineShare: [sharePrevious, shareCurrent],
  };
}

/** The two periods a release compares, drawn from one of the cases the templates word differently. */
function previousAndCurrent(random: () => number): [number | null, number | null] {
  const roll = random();
  const base = between(random, 20, 600);
  if (roll < 0.3) return [base, Math.round(base * (1.02 + random() * 0.8))]; // rise
  if (roll < 0.36) return [base, Math.round(base * (1.95 + random() * 2))]; // doubled or more
  if (roll < 0.6) return [base, Math.round(base * (0.4 + random() * 0.58))]; // fall
  // Small counts start at two: the audit reads "up from one in 2018/19" as the fraction "one in 2018".
  if (roll < 0.7) return [between(random, 2, 9), between(random, 2, 60)]; // small base
  if (roll < 0.74) return [base, base]; // unchanged
  if (roll < 0.78) return [0, between(random, 2, 40)]; // new: none the year before
  if (roll < 0.8) return [0, 0]; // zeros
  if (roll < 0.9) return [null, base]; // previous not published
  if (roll < 0.95) return [base, null]; // current not published
  return [null, null]; // nothing published
}

const csvCell = (value: number | null): string => (value === null ? '' : String(value));

/** Writes data/ and templates/ under `dir`; `templatesFrom` is the repository's templates folder. */
export async function writeSyntheticCampaign(dir: string, rows: readonly SyntheticRow[], templatesFrom: string): Promise<void> {
  const data = join(dir, 'data');
  await mkdir(join(data, 'quotes'), { recursive: true });
  await cp(templatesFrom, join(dir, 'templates'), { recursive: true });
  await writeFile(join(data, 'campaign.yaml'), campaignYaml(rows));
  await writeFile(join(data, 'offences.csv'), offencesCsv(rows));
  await writeFile(join(data, 'online-share.csv'), onlineShareCsv(rows));
  await writeFile(join(data, 'contacts.yaml'), contactsYaml(rows));
  for (const [file, text] of Object.entries(QUOTES)) await writeFile(join(data, 'quotes', file), text);
}

export function offencesCsv(rows: readonly SyntheticRow[]): string {
  const header = `force,nation,force_name,${PERIODS.join(',')},five_year_total`;
  const lines = rows.map((r) => [r.name, r.nation, r.forceName, ...r.offences.map(csvCell), csvCell(r.fiveYearTotal)].join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

function onlineShareCsv(rows: readonly SyntheticRow[]): string {
  const lines = rows.map((r) => [r.name, r.nation, csvCell(r.onlineShare[0]), csvCell(r.onlineShare[1])].join(','));
  return `${['force,nation,2018/19,2019/20', ...lines].join('\n')}\n`;
}

/** Local details for every tenth region, so both branches of the "how to report" section run. */
function contactsYaml(rows: readonly SyntheticRow[]): string {
  const entries = rows
    .filter((_, i) => i % 10 === 0)
    .map((r, i) =>
      [
        `${r.name}:`,
        '  safeguarding:',
        `    name: "${r.name} Synthetic Safeguarding Hub"`,
        `    phone: "0000 000 ${String(i % 10000).padStart(4, '0')}"`,
        ...(i % 2 === 0 ? ['  support:', `    name: "${r.name} Synthetic Support Service"`] : []),
        ...(i % 3 === 0 ? ['  pressOffice:', `    email: "press@area-${i}.example.org"`] : []),
      ].join('\n'),
    );
  return `# Synthetic local details for the bench: no real service or number.\n${entries.join('\n')}\n`;
}

/** campaign.yaml as data/ has it, with synthetic national totals summed from the synthetic rows. */
function campaignYaml(rows: readonly SyntheticRow[]): string {
  const sum = (period: number): number => rows.reduce((total, r) => total + (r.offences[period] ?? 0), 0);
  const current = sum(4);
  const previous = sum(3);
  const change = previous === 0 ? 0 : Math.round(((current - previous) / previous) * 100);
  return `# A synthetic campaign for \`npm run bench\`: every figure is made up by a seeded generator.
id: synthetic-bench-${rows.length}
title: "Synthetic offences by area: a bench campaign of ${rows.length} areas"
publisher:
  name: "Synthetic Charity"
  helpline: "0000 000 0000"
releaseDate: "2020-09-03"
embargo: "2020-09-03T00:01:00+01:00"
periods:
  current: "2019/20"
  previous: "2018/19"
  baseline: "2015/16"
measures:
  offences:
    label: "Synthetic offences"
    file: offences.csv
    kind: count
    noun: { one: "synthetic offence", many: "synthetic offences" }
  onlineShare:
    label: "Synthetic share of offences recorded online"
    file: online-share.csv
    kind: percent
    noun: { one: "per cent of synthetic offences", many: "per cent of synthetic offences" }
national:
  uk:
    current: ${current}
    changePercent: ${Math.abs(change)}
    direction: ${change >= 0 ? 'up' : 'down'}
  englandAndWales:
    current: ${Math.round(current * 0.9)}
    changePercent: ${Math.abs(change)}
    direction: ${change >= 0 ? 'up' : 'down'}
  fiveYearTotalMoreThan: ${Math.floor((sum(0) + sum(1) + sum(2) + previous + current) / 1000) * 1000}
  fortyForces:
    forces: 40
    area: "the synthetic areas"
    previous: ${previous}
    baseline: ${sum(0)}
    commonestVictimAge: 13
  source: "A seeded generator in bench/syntheticCampaign.ts; no figure is real."
chart:
  compareWith: uk
  compareLabel: "All synthetic areas"
style:
  smallBase: 10
  timeZone: "Europe/London"
  rules:
    # Compares every pair of releases: quadratic, and synthetic areas all read alike.
    similar-releases: off
`;
}

/** The example campaign's sample quotes, attributed to the synthetic charity. */
export const QUOTES: Record<string, string> = {
  'national.md': `---
speaker: "A spokesperson for the synthetic charity"
role: null
org: "Synthetic Charity"
applies_to: all
approved: true
sample: true
order: 10
---
“Every one of these synthetic offences stands for a case in a made-up campaign used to measure patchpress.

“The second paragraph of the sample quote is here so that quotes with more than one paragraph are rendered too.”
`,
  'rise.md': `---
speaker: "A spokesperson for the synthetic charity"
role: null
org: "Synthetic Charity"
applies_to: all
when:
  direction: [up, new]
  smallBase: false
approved: true
sample: true
order: 20
---
“{{#if offences.change.percent}}A rise of {{perCent offences.change.percent}} in a year{{else}}This increase{{/if}} in {{region.name}} is a synthetic figure.”
`,
  'fall.md': `---
speaker: "A spokesperson for the synthetic charity"
role: null
org: "Synthetic Charity"
applies_to: all
when:
  direction: [down]
approved: true
sample: true
order: 20
---
“Fewer synthetic offences were recorded in {{region.name}} in {{campaign.periods.current}}.”
`,
};
