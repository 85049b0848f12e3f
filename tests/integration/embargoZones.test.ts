import { simpleParser } from 'mailparser';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '../../src/generate.js';
import { docxParagraphs } from '../support/docx.js';
import { repoRoot } from '../support/paths.js';
import { tempCampaign } from '../support/tempCampaign.js';

const run = promisify(execFile);
const BIN = join(repoRoot, 'dist', 'cli', 'bin.js');

/** An embargo of 00:01 UK time in summer (BST, UTC+1) and in winter (GMT), the day after the build. */
const CASES = [
  { season: 'BST', embargo: '2020-09-03T00:01:00+01:00', date: '2020-09-02', dayAfter: '2020-09-04', line: 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020' },
  { season: 'BST written in UTC', embargo: '2020-09-02T23:01:00Z', date: '2020-09-02', dayAfter: '2020-09-04', line: 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020' },
  { season: 'GMT', embargo: '2020-12-03T00:01:00Z', date: '2020-12-02', dayAfter: '2020-12-04', line: 'EMBARGOED UNTIL 00:01 Thursday 3 December 2020' },
] as const;

/** The first line of each format of Hampshire's release in an output folder. */
async function firstLines(out: string): Promise<Record<string, string>> {
  const md = await readFile(join(out, 'hampshire/release.md'), 'utf8');
  const html = await readFile(join(out, 'hampshire/release.html'), 'utf8');
  const docx = docxParagraphs(await readFile(join(out, 'hampshire/release.docx')));
  const mail = await simpleParser(await readFile(join(out, 'newsrooms/southern-example-gazette/hampshire.eml')));
  return {
    md: md.split('\n')[0]!,
    html: /<main>\n<p><strong>([^<]*)<\/strong><\/p>/.exec(html)?.[1] ?? html,
    docx: docx[0]!.text,
    emailText: String(mail.text).split('\n')[0]!,
    emailHtml: /<p><strong>([^<]*)<\/strong><\/p>/.exec(String(mail.html))?.[1] ?? '',
  };
}

const everyFormat = (line: string): Record<string, string> => ({ md: `**${line}**`, html: line, docx: line, emailText: line, emailHtml: line });

describe.each(['UTC', 'Pacific/Auckland'])('the CLI on a machine set to %s', (zone) => {
  it.each(CASES.filter((c) => c.season !== 'BST written in UTC'))('$season: every format opens with "$line", and a late check warns', async ({ embargo, date, dayAfter, line }) => {
    const temp = await tempCampaign({ embargo });
    try {
      const env = { ...process.env, TZ: zone };
      const out = join(temp.dir, 'out');
      const args = [BIN, 'build', '--data', temp.data, '--templates', join(repoRoot, 'templates'), '--out', out, '--date', date, '--only', 'hampshire', '--formats', 'md,html,docx,eml'];
      const built = await run(process.execPath, args, { env });
      expect(built.stderr).not.toMatch(/error|embargo/);
      expect(await firstLines(out)).toEqual(everyFormat(line));

      const late = await run(process.execPath, [BIN, 'check', '--data', temp.data, '--templates', join(repoRoot, 'templates'), '--date', dayAfter], { env });
      expect(late.stderr).toContain(`warning  the embargo has already passed on ${dayAfter}: every release says "${line}"`);
      // The embargo warning, and the plausibility report's two notes on the example data.
      expect(late.stdout).toMatch(/\nChecked 10 releases: 3 warnings\.\n$/);
    } finally {
      await temp.cleanUp();
    }
  }, 120_000);
});

describe('in-process, in whatever zone the tests run', () => {
  it.each(CASES)('$season: every format opens with "$line"', async ({ embargo, date, line }) => {
    const temp = await tempCampaign({ embargo });
    try {
      const out = join(temp.dir, 'out');
      const result = await generate({ cwd: repoRoot, data: temp.data, out, date, only: ['hampshire'], formats: ['md', 'html', 'docx', 'eml'] });
      expect(result.diagnostics.filter((d) => d.severity === 'error' || d.message.includes('embargo'))).toEqual([]);
      expect(result.manifest!.embargo).toEqual({ at: embargo, line });
      expect(await firstLines(out)).toEqual(everyFormat(line));
    } finally {
      await temp.cleanUp();
    }
  }, 60_000);
});

describe('a campaign with no embargo', () => {
  it('has no embargo line in any format, none in the manifest, and no warning', async () => {
    const temp = await tempCampaign({ embargo: null });
    try {
      const out = join(temp.dir, 'out');
      const result = await generate({ cwd: repoRoot, data: temp.data, out, date: '2030-01-01', only: ['hampshire'], formats: ['md', 'html', 'docx', 'eml'] });
      expect(result.diagnostics.filter((d) => d.severity === 'error' || d.message.includes('embargo'))).toEqual([]);
      expect(result.manifest!.embargo).toBeNull();
      const lines = await firstLines(out);
      expect(lines.md).toBe('# Online child sex offences in Hampshire up 89%');
      expect(lines.docx).toBe('Online child sex offences in Hampshire up 89%');
      expect(lines.emailText).toBe('Online child sex offences in Hampshire up 89%');
    } finally {
      await temp.cleanUp();
    }
  }, 60_000);
});
