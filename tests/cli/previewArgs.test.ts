import { parseCliArgs } from '../../src/cli/args.js';

describe('patchpress preview: arguments', () => {
  it.each([
    [['preview'], { command: 'preview', data: 'data', templates: 'templates', port: 4173, drafts: false }],
    [['preview', '--port', '0'], { port: 0 }],
    [['preview', '--port', '8080', '--drafts'], { port: 8080, drafts: true }],
    [['preview', '--data', 'campaigns/2021', '--templates', 'tpl'], { data: 'campaigns/2021', templates: 'tpl' }],
  ])('%p => %p', (argv, expected) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('run');
    expect(parsed.kind === 'run' && parsed.options).toMatchObject(expected);
  });

  it.each([
    [['preview', '--port', 'eighty'], '--port: expected a whole number from 0 to 65535, got "eighty"'],
    [['preview', '--port', '65536'], '--port: expected a whole number from 0 to 65535, got "65536"'],
    [['preview', '--port=-1'], '--port: expected a whole number from 0 to 65535, got "-1"'],
    [['preview', '--port', '80.5'], '--port: expected a whole number from 0 to 65535, got "80.5"'],
    [['preview', '--out', 'site'], 'preview writes nothing and shows every force: --out, --date and --only belong to build'],
    [['preview', '--only', 'kent'], 'preview writes nothing and shows every force: --out, --date and --only belong to build'],
    [['build', '--port', '4173'], '--port belongs to preview'],
    [['check', '--port', '4173'], '--port belongs to preview'],
    [['serve'], 'unknown command "serve" (commands: build, check, preview)'],
  ])('%p => usage error %p', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});
