/**
 * The practical limit: the loop a developer would write instead of using
 * patchpress, doing the same rendering work on one thread and nothing else.
 * The release template, its partials and the page layout compiled once with
 * Handlebars (and patchpress's helpers, which the templates call); per region
 * a context built by hand from the CSV rows, the headline, standfirst and body
 * rendered, the body through marked, the .md and the .html written.
 * No validation, no checks, no audit, no sanitizing, no chart, no index, no manifest.
 *
 *   node .bench/build/bench/minimalLoop.js <campaign dir> <out dir>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { Marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { createHelpers, HELPER_NAMES } from '../src/render/helpers/index.js';

type Figures = Record<string, unknown>;

const [campaignDir, outDir] = process.argv.slice(2);
if (!campaignDir || !outDir) throw new Error('usage: minimalLoop.js <campaign dir> <out dir>');
const data = join(campaignDir, 'data');
const templates = join(campaignDir, 'templates');

const campaign = parseYaml(readFileSync(join(data, 'campaign.yaml'), 'utf8')) as {
  id: string;
  title: string;
  publisher: Record<string, unknown>;
  releaseDate: string;
  embargo: string;
  periods: { current: string; previous: string; baseline: string };
  measures: Record<string, { label: string; kind: string; noun: { one: string; many: string } }>;
  national: Record<string, unknown>;
};
const contacts = (parseYaml(readFileSync(join(data, 'contacts.yaml'), 'utf8')) ?? {}) as Record<string, Record<string, Record<string, string>>>;

const hb = Handlebars.create();
for (const [name, helper] of Object.entries(createHelpers({ smallBase: 10, timeZone: 'Europe/London' }))) hb.registerHelper(name, helper);
const knownHelpers = Object.fromEntries(HELPER_NAMES.map((n) => [n, true]));
const markdownOptions = { strict: true, knownHelpersOnly: true, knownHelpers, noEscape: true };
const withoutFrontMatter = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');
for (const file of readdirSync(join(templates, 'partials'))) {
  hb.registerPartial(file.replace(/\.md\.hbs$/, ''), hb.compile(readFileSync(join(templates, 'partials', file), 'utf8'), markdownOptions));
}
const body = hb.compile(withoutFrontMatter(readFileSync(join(templates, 'release.md.hbs'), 'utf8')), markdownOptions);
const headline = hb.compile('{{> headline}}', markdownOptions);
const standfirst = hb.compile('{{> standfirst}}', markdownOptions);
const layout = hb.compile(readFileSync(join(templates, 'layouts', 'page.html.hbs'), 'utf8'), { strict: true, knownHelpersOnly: true, knownHelpers });
// In the order their front matter gives them (`order: 10`, then 20).
const quotes = ['national', 'rise', 'fall'].map((id) => {
  const text = readFileSync(join(data, 'quotes', `${id}.md`), 'utf8');
  return { id, template: hb.compile(withoutFrontMatter(text).trim(), markdownOptions) };
});
const marked = new Marked({ gfm: true, async: false });

/** One measure's CSV as rows of cells keyed by the header (the synthetic files hold no quoted commas). */
function readCsv(file: string): Map<string, Record<string, string>> {
  const [header, ...lines] = readFileSync(join(data, file), 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return new Map(lines.map((line) => {
    const cells = line.split(',');
    return [cells[0]!, Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))];
  }));
}

const numberOrNull = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Number(cell));

function figures(row: Record<string, string> | undefined, measure: string): Figures {
  const { label, kind, noun } = campaign.measures[measure]!;
  const periods = Object.fromEntries(Object.keys(row ?? {}).filter((c) => /^\d{4}\/\d{2}$/.test(c)).map((c) => [c, numberOrNull(row?.[c])]));
  const current = numberOrNull(row?.[campaign.periods.current]);
  const previous = numberOrNull(row?.[campaign.periods.previous]);
  const known = current !== null && previous !== null;
  const values = Object.values(periods);
  return {
    label, kind, noun, current, previous,
    baseline: numberOrNull(row?.[campaign.periods.baseline]),
    total: kind === 'count' && values.length && values.every((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null,
    periods,
    change: {
      difference: known ? current - previous : null,
      percent: known && previous !== 0 ? ((current - previous) / previous) * 100 : null,
      direction: !known ? 'unknown' : previous === 0 && current > 0 ? 'new' : current > previous ? 'up' : current < previous ? 'down' : 'unchanged',
      ratio: known && previous !== 0 ? current / previous : null,
      smallBase: kind === 'count' && known && (previous < 10 || current < 10),
    },
  };
}

const offences = readCsv('offences.csv');
const share = readCsv('online-share.csv');
const campaignContext = { id: campaign.id, title: campaign.title, publisher: { email: null, website: null, ...campaign.publisher }, releaseDate: campaign.releaseDate, embargo: campaign.embargo, periods: campaign.periods };
const noService = { name: null, phone: null, url: null };

for (const [name, row] of offences) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const local = contacts[name] ?? {};
  const region = {
    name, slug, nation: row.nation, force_name: row.force_name, five_year_total: numberOrNull(row.five_year_total),
    contacts: {
      emergency: '999', nonEmergency: '101',
      safeguarding: { ...noService, ...local.safeguarding }, support: { ...noService, ...local.support },
      pressOffice: { email: null, phone: null, ...local.pressOffice },
    },
  };
  const context: Record<string, unknown> = { campaign: campaignContext, national: campaign.national, region, offences: figures(row, 'offences'), onlineShare: figures(share.get(name), 'onlineShare'), rank: {}, quotes: [] };
  const change = (context.offences as { change: { direction: string; smallBase: boolean } }).change;
  context.quotes = quotes
    .filter((q) => q.id === 'national' || (q.id === 'rise' && ['up', 'new'].includes(change.direction) && !change.smallBase) || (q.id === 'fall' && change.direction === 'down'))
    .map((q) => ({ speaker: 'A spokesperson for the synthetic charity', role: null, org: 'Synthetic Charity', sample: true, text: q.template(context) }));
  const page = { title: headline(context).replace(/\s+/g, ' ').trim(), standfirst: standfirst(context).replace(/\s+/g, ' ').trim() };
  const markdown = body({ ...context, page });
  const html = layout({ title: page.title, content: marked.parse(markdown) as string, campaign: campaignContext, region });
  mkdirSync(join(outDir, slug), { recursive: true });
  writeFileSync(join(outDir, slug, 'release.md'), markdown);
  writeFileSync(join(outDir, slug, 'release.html'), html);
}
