import { fixtureCopy, runCli, type CliRun } from '../support/fixture.js';
import { repoRoot } from '../support/paths.js';
import { tempCampaign } from '../support/tempCampaign.js';

const run = (argv: string[]): Promise<CliRun> => runCli(repoRoot, argv);

describe('--formats', () => {
  it.each([
    [['build', '--formats', 'md,pdf'], 'patchpress: --formats: unknown format "pdf" (formats: md, html, svg, png, docx, eml)'],
    [['build', '--formats', 'doc,pdf'], 'patchpress: --formats: unknown formats "doc", "pdf" (formats: md, html, svg, png, docx, eml)'],
    [['build', '--formats', ','], 'patchpress: --formats: name at least one format (md, html, svg, png, docx, eml)'],
    [['check', '--formats', 'md'], 'patchpress: --formats belongs to build'],
  ])('%p is a usage error (exit 2)', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('is explained in --help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('--formats LIST     outputs to make, comma-separated, from md, html, svg, png, docx, eml');
  });
});

describe('an embargo that has passed', () => {
  it('is a warning from check, naming the line in campaign.yaml; the exit code stays 0', async () => {
    const { code, stderr, stdout } = await run(['check', '--date', '2020-09-04']);
    expect(code).toBe(0);
    expect(stderr).toContain(
      [
        'data/campaign.yaml',
        '  10  warning  the embargo has already passed on 2020-09-04: every release says "EMBARGOED UNTIL 00:01 Thursday 3 September 2020"',
        '               hint: set `embargo` to the new time (or remove it), or pass --date with the day the releases go out',
        '',
      ].join('\n'),
    );
    // With the plausibility report's two notes on the example data.
    expect(stdout).toMatch(/\nChecked 10 releases: 3 warnings\.\n$/);
  });

  it('is not reported on the release day itself', async () => {
    const { code, stderr } = await run(['check', '--date', '2020-09-03']);
    expect(code).toBe(0);
    expect(stderr).not.toContain('embargo');
  });
});

describe('newsrooms.csv problems stop the build', () => {
  it('an unknown force: exit 1, with the file, the line and the closest name', async () => {
    const temp = await tempCampaign({ newsrooms: 'newsroom,email,forces\nThe Example Gazette,news@gazette.example.org,Hampshire; Wiltshier\n' });
    try {
      const { code, stderr } = await run(['build', '--data', temp.data, '--out', `${temp.dir}/out`, '--date', '2020-09-03']);
      expect(code).toBe(1);
      expect(stderr).toContain(
        [
          `${temp.data}/newsrooms.csv`,
          `  2  error  row 1 (newsroom "The Example Gazette"), column forces: force "Wiltshier" is not in ${temp.data}/offences.csv`,
          '            hint: did you mean "Wiltshire"?',
          '',
        ].join('\n'),
      );
      expect(stderr).toMatch(/\n1 error and 2 warnings\. Nothing was written to .*\/out\/\.\n$/);
    } finally {
      await temp.cleanUp();
    }
  });
});

describe("a release whose embargo line is not the campaign's", () => {
  it('gets one warning at the first line of the template body, with the line to use', async () => {
    // The release date printed where the embargo belongs: 00:00, a minute early.
    const dir = await fixtureCopy('synthetic', {
      'templates/release.md.hbs': [
        '---',
        'id: release',
        'title: "{{region.name}}"',
        'output: "{{region.slug}}/release"',
        '---',
        '**EMBARGOED UNTIL {{date campaign.releaseDate "HH:mm EEEE d MMMM yyyy"}}**',
        '',
        '# {{page.title}}',
        '',
        '{{region.name}} recorded {{number offences.current}} {{offences.noun.many}}.',
        '',
      ].join('\n'),
    });
    const { code, stderr } = await runCli(dir, ['build', '--date', '2020-09-03', '--formats', 'md']);
    // The accuracy guard refuses the "00:00" too: no figure in the data has that time.
    expect(code).toBe(1);
    expect(stderr).toContain(
      [
        '  6  warning  the release opens with "**EMBARGOED UNTIL 00:00 Thursday 3 September 2020**", which is not the campaign\'s embargo: "EMBARGOED UNTIL 00:01 Thursday 3 September 2020"',
        '              hint: print it from campaign.yaml: **EMBARGOED UNTIL {{date campaign.embargo "HH:mm EEEE d MMMM yyyy"}}**',
      ].join('\n'),
    );
    expect(stderr.match(/is not the campaign's embargo/g)).toHaveLength(1);
  });
});
