import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { createHelpers, HELPER_NAMES } from '../../../../src/render/helpers/index.js';

/**
 * The examples in README.md and in the helpers' `@example` comments,
 * rendered through Handlebars as a template would, so neither can drift from
 * the code. Examples that need a context ("with 247", "(131 → 247)") are
 * covered by each helper's own tests.
 */
const root = new URL('../../../../', import.meta.url);
const helperDir = new URL('src/render/helpers/', root);

const hb = Handlebars.create();
hb.registerHelper(createHelpers({ smallBase: 10, timeZone: 'Europe/London' }));
const knownHelpers = Object.fromEntries(HELPER_NAMES.map((name) => [name, true]));

function render(example: string): string {
  // A comparison example is a subexpression: show what {{#if}} makes of it.
  const source = example.startsWith('(') ? `{{#if ${example}}}true{{else}}false{{/if}}` : example;
  return hb.compile(source, { strict: true, knownHelpersOnly: true, knownHelpers, noEscape: true })({});
}

/** `| `{{number 10391}}` | `10,391` |` rows of the docs' example tables. */
const documented = readFileSync(new URL('README.md', root), 'utf8')
  .split('\n')
  .flatMap((line) => {
    const row = /^\| `(\{\{.*\}\}|\(.*\))` \| `(.*)` \|$/.exec(line);
    return row ? [[row[1] as string, row[2] as string] as const] : [];
  });

/** `@example {{number 10391}} → 10,391` lines without a context note. */
const commented = readdirSync(helperDir)
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) =>
    readFileSync(new URL(file, helperDir), 'utf8')
      .split('\n')
      .flatMap((line) => {
        const example = /@example (\{\{(?:(?!\}\}).)*\}\}|\((?:[^()]|\([^()]*\))*\)) → (.*)$/.exec(line);
        return example ? [[example[1] as string, example[2] as string] as const] : [];
      }),
  );

describe('documented examples', () => {
  it('are found', () => {
    expect(documented.length).toBeGreaterThan(80);
    expect(commented.length).toBeGreaterThan(80);
  });

  it.each(documented)('README.md: %s => %s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it.each(commented)('@example %s => %s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('every helper has documented examples', () => {
    for (const name of HELPER_NAMES) {
      // changeHeadline needs a measure's figures and vary a region: their examples are in prose and their own tests.
      expect(documented.some(([template]) => template.startsWith(`{{${name} `) || template.startsWith(`(${name} `)) || name === 'changeHeadline' || name === 'vary').toBe(true);
    }
  });
});
