import type { Diagnostic } from '../../../src/errors/diagnostic.js';
import { validateNewsrooms, type KnownForces } from '../../../src/validate/newsrooms.js';
import { exampleCampaign } from '../../support/example.js';

async function read(text: string): Promise<{ newsrooms: unknown[]; diagnostics: Array<Pick<Diagnostic, 'severity' | 'line' | 'message' | 'hint'>> }> {
  const { valid } = await exampleCampaign();
  const known: KnownForces = { regions: valid.regions, keys: new Set(valid.regions.map((r) => r.name.toLowerCase())), file: 'data/offences.csv' };
  const { newsrooms, diagnostics } = validateNewsrooms({ path: 'data/newsrooms.csv', text }, known);
  return { newsrooms, diagnostics: diagnostics.map(({ severity, line, message, hint }) => ({ severity, line, message, ...(hint ? { hint } : {}) })) };
}

describe('newsrooms.csv', () => {
  it('reads each newsroom with its forces, named as in the data, in the order listed', async () => {
    const { newsrooms, diagnostics } = await read('newsroom,email,forces\nThe Example Gazette,news@gazette.example.org,wiltshire ;  Hampshire\n"Valleys Radio, Example",desk@radio.example.org,Gwent\n');
    expect(diagnostics).toEqual([]);
    expect(newsrooms).toEqual([
      { name: 'The Example Gazette', slug: 'the-example-gazette', email: 'news@gazette.example.org', forces: ['Wiltshire', 'Hampshire'], line: 2 },
      { name: 'Valleys Radio, Example', slug: 'valleys-radio-example', email: 'desk@radio.example.org', forces: ['Gwent'], line: 3 },
    ]);
  });

  it.each([
    [
      'an unknown force, with the closest real name',
      'newsroom,email,forces\nGazette,news@gazette.example.org,Hampshir; Wiltshire\n',
      [{ severity: 'error', line: 2, message: 'row 1 (newsroom "Gazette"), column forces: force "Hampshir" is not in data/offences.csv', hint: 'did you mean "Hampshire"?' }],
    ],
    [
      'a force nothing like any in the data',
      'newsroom,email,forces\nGazette,news@gazette.example.org,Atlantis\n',
      [{ severity: 'error', line: 2, message: 'row 1 (newsroom "Gazette"), column forces: force "Atlantis" is not in data/offences.csv', hint: 'the forces are the rows of data/offences.csv' }],
    ],
    [
      'a bad email address',
      'newsroom,email,forces\nGazette,news at gazette,Kent\n',
      [{ severity: 'error', line: 2, message: 'row 1 (newsroom "Gazette"), column email: expected an email address, got "news at gazette"' }],
    ],
    [
      'no forces',
      'newsroom,email,forces\nGazette,news@gazette.example.org, ; \n',
      [{ severity: 'error', line: 2, message: 'row 1 (newsroom "Gazette"), column forces: name at least one force', hint: 'separate force names with ";", e.g. Hampshire; Wiltshire' }],
    ],
    [
      'a missing name',
      'newsroom,email,forces\n,news@gazette.example.org,Kent\n',
      [{ severity: 'error', line: 2, message: 'row 1, column newsroom: a newsroom name is required' }],
    ],
    [
      'two newsrooms with one folder name',
      'newsroom,email,forces\nThe Gazette,a@gazette.example.org,Kent\nthe gazette!,b@gazette.example.org,Dorset\n',
      [{ severity: 'error', line: 3, message: 'newsrooms "The Gazette" (line 2) and "the gazette!" both make the folder name "the-gazette"', hint: 'each newsroom needs a distinct name' }],
    ],
    [
      'a reserved folder name',
      'newsroom,email,forces\nCON,a@gazette.example.org,Kent\n',
      [{ severity: 'error', line: 2, message: 'row 1 (newsroom "CON"): its folder name "con" is reserved', hint: 'add a word to the name' }],
    ],
    [
      'a force listed twice (a warning: the bundle holds it once)',
      'newsroom,email,forces\nGazette,a@gazette.example.org,Kent; kent\n',
      [{ severity: 'warning', line: 2, message: 'row 1 (newsroom "Gazette"): force "kent" is listed twice' }],
    ],
    [
      'a missing column',
      'newsroom,address,forces\nGazette,a@gazette.example.org,Kent\n',
      [{ severity: 'error', line: 1, message: 'missing column "email"', hint: 'the header is: newsroom,address,forces; expected newsroom,email,forces' }],
    ],
    [
      'an empty file',
      '',
      [{ severity: 'error', line: undefined, message: 'the file is empty', hint: 'the first line names the columns: newsroom,email,forces' }],
    ],
  ])('reports %s', async (_case, text, expected) => {
    expect((await read(text)).diagnostics).toEqual(expected);
  });

  it('reports every bad row in one run, and keeps the good ones', async () => {
    const { newsrooms, diagnostics } = await read('newsroom,email,forces\nA,bad,Kent\nB,b@example.org,Kent\nC,c@example.org,Nowhere\n');
    expect(diagnostics.map((d) => d.line)).toEqual([2, 4]);
    expect(newsrooms).toHaveLength(1);
  });
  it('names no force as unknown when the figures file could not be read (that is reported already)', () => {
    const known: KnownForces = { regions: [], keys: new Set(), file: 'data' };
    const { diagnostics } = validateNewsrooms({ path: 'data/newsrooms.csv', text: 'newsroom,email,forces\nGazette,news@gazette.example.org,Hampshire; Wiltshire\n' }, known);
    expect(diagnostics).toEqual([]);
  });
});
