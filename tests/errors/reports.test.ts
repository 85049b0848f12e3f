/**
 * What a user sees for bad input: one report listing every problem with its
 * file and line, exit 1, and out/ exactly as it was.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureCopy, runCli } from '../support/fixture.js';
import { readTree } from '../support/paths.js';

const BUILD = ['build', '--date', '2020-09-03'];

async function withPreviousOutput(dir: string): Promise<Map<string, Buffer>> {
  await mkdir(join(dir, 'out/old-force'), { recursive: true });
  await writeFile(join(dir, 'out/old-force/release.md'), 'the previous build\n');
  return readTree(join(dir, 'out'));
}

describe('a data folder and a template with three mistakes', () => {
  it('reports all three in one run with file and line, exits 1 and leaves out/ untouched', async () => {
    const dir = await fixtureCopy('synthetic');
    const csv = await readFile(join(dir, 'data/offences.csv'), 'utf8');
    await writeFile(
      join(dir, 'data/offences.csv'),
      csv.replace('Synthetic Area 00002,Wales,80,60', 'Synthetic Area 00002,Wales,80,"1,2O3"') + 'Synthetic Area 00001,England,5,6\n',
    );
    const template = await readFile(join(dir, 'templates/release.md.hbs'), 'utf8');
    await writeFile(join(dir, 'templates/release.md.hbs'), template.replace('{{number offences.current}}', '{{number offences.curent}}'));
    const before = await withPreviousOutput(dir);

    const run = await runCli(dir, BUILD);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'data/offences.csv',
        '  3  error  row 2 (force "Synthetic Area 00002"), column 2019/20: expected a whole number, got "1,2O3"',
        '  5  error  row 4 (force "Synthetic Area 00001"): force "Synthetic Area 00001" appears twice (lines 2 and 5)',
        '            hint: keep one row per force',
        'templates/release.md.hbs',
        '  8:35  error  unknown field `offences.curent` (fields of `offences`: label, kind, noun, current, previous, baseline, total, periods, change)',
        '               hint: did you mean `offences.current`?',
        '',
        '3 errors. Nothing was written to out/.',
        '',
      ].join('\n'),
    );
    expect(await readTree(join(dir, 'out'))).toEqual(before);
  });
});

describe.each([
  [
    'an unknown helper',
    { 'templates/release.md.hbs': '---\nid: release\ntitle: "{{region.name}}"\noutput: "{{region.slug}}/release"\n---\n{{percnt offences.change.percent}}\n' },
    ['templates/release.md.hbs', '  6:1  error  unknown helper `percnt`', '              hint: did you mean `percent`?'],
  ],
  [
    'a misspelt field in the front matter, at its real line and column',
    { 'templates/release.md.hbs': '---\nid: release\ntitle: "{{region.nmae}}"\noutput: "{{region.slug}}/release"\n---\nBody\n' },
    ['templates/release.md.hbs', '  3:11  error  unknown field `region.nmae` (fields of `region`: name, slug, nation, contacts)', '               hint: did you mean `region.name`?'],
  ],
  [
    'a field used only inside #if, which Handlebars strict mode would not catch',
    { 'templates/release.md.hbs': '---\nid: release\ntitle: "{{region.name}}"\noutput: "{{region.slug}}/release"\n---\n{{#if offences.chnage.smallBase}}x{{/if}}\n' },
    ['templates/release.md.hbs', '  6:7  error  unknown field `offences.chnage` (fields of `offences`: label, kind, noun, current, previous, baseline, total, periods, change)', '              hint: did you mean `offences.change`?'],
  ],
  [
    'an unknown partial',
    { 'templates/release.md.hbs': '---\nid: release\ntitle: "{{region.name}}"\noutput: "{{region.slug}}/release"\n---\n{{> contact}}\n' },
    ['templates/release.md.hbs', '  6:1  error  unknown partial `contact` (partials: contacts)', '              hint: did you mean `contacts`?'],
  ],
  [
    'an unclosed block',
    { 'templates/release.md.hbs': '---\nid: release\ntitle: "{{region.name}}"\noutput: "{{region.slug}}/release"\n---\nIntro\n{{#if offences.current}}\nStill open\n' },
    ['templates/release.md.hbs', '  7:1  error  block {{#if}} is never closed', '              hint: add {{/if}} where the block ends'],
  ],
  [
    'JavaScript front matter',
    { 'templates/release.md.hbs': '---js\n{ id: (globalThis.pwned = true, "release") }\n---\nBody\n' },
    ['templates/release.md.hbs', '  1  error  JavaScript front matter is not allowed: it would run code', '            hint: write the front matter as YAML between two lines of three dashes (---)'],
  ],
  [
    'a count that is not a number and an unmatched contact',
    {
      'data/offences.csv': 'force,nation,2018/19,2019/20\nSynthetic Area 00001,England,n/a,150\nSynthetic Area 00002,Wales,80,60\n',
      'data/contacts.yaml': 'Synthetic Area 0002:\n  pressOffice:\n    email: "press@example.org"\n',
    },
    [
      'data/offences.csv',
      '  2  error  row 1 (force "Synthetic Area 00001"), column 2018/19: expected a whole number or a blank, got "n/a"',
      '            hint: leave the cell blank where the figure is not known',
      'data/contacts.yaml',
      '  1  error  force "Synthetic Area 0002" is not in data/offences.csv',
      '            hint: did you mean "Synthetic Area 00002"?',
    ],
  ],
  [
    'an unquoted phone number in YAML',
    { 'data/contacts.yaml': 'Synthetic Area 00002:\n  safeguarding:\n    name: "Hub"\n    phone: 0300 456 0108\n' },
    ['data/contacts.yaml', '  4  error  unquoted value `0300 456 0108` reads as a number with a leading zero: quote this value', '            hint: write "0300 456 0108" so every reader keeps it as written'],
  ],
  [
    'a campaign.yaml with a wrong kind and an unknown field',
    {
      'data/campaign.yaml':
        'id: synthetic-test\ntitle: "T"\npublisher:\n  name: "P"\nreleaseDate: "2020-09-03"\nperiods:\n  current: "2019/20"\n  previous: "2018/19"\nmeasures:\n  offences:\n    label: "L"\n    file: offences.csv\n    kind: cnt\nnationl: {}\n',
    },
    [
      'data/campaign.yaml',
      '  1   error  at the top level: unknown field `nationl`',
      '  13  error  field `measures.offences.kind`: expected "count" or "percent", got "cnt"',
    ],
  ],
])('%s', (_name, changes, expected) => {
  it('is reported exactly, with exit 1 and out/ untouched', async () => {
    const dir = await fixtureCopy('synthetic', changes as Record<string, string>);
    const before = await withPreviousOutput(dir);
    const run = await runCli(dir, BUILD);
    const count = (expected as string[]).filter((l) => /^\s+\d+(:\d+)?\s+error/.test(l)).length;
    expect(run.stderr).toBe([...(expected as string[]), '', `${count} ${count === 1 ? 'error' : 'errors'}. Nothing was written to out/.`, ''].join('\n'));
    expect(run.code).toBe(1);
    expect(await readTree(join(dir, 'out'))).toEqual(before);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});
