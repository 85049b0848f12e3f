import { createServer, type Server } from 'node:net';
import { main, type CliProcess } from '../../src/cli/main.js';
import { copyExampleCampaign, get } from '../support/preview.js';

interface RunningCli {
  stdout: string[];
  stderr: string[];
  exit: Promise<number>;
  stop: AbortController;
  /** Resolves with the address once preview prints it. */
  address: Promise<string>;
}

function run(argv: string[], cwd: string): RunningCli {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stop = new AbortController();
  let announce: (url: string) => void = () => {};
  const address = new Promise<string>((resolve) => (announce = resolve));
  const proc: CliProcess = {
    argv,
    cwd,
    stdout: {
      write(text: string) {
        stdout.push(text);
        const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text)?.[1];
        if (url) announce(url);
      },
    },
    stderr: { write: (text: string) => stderr.push(text) },
    stopSignal: () => stop.signal,
  };
  return { stdout, stderr, exit: main(proc), stop, address };
}

describe('patchpress preview (in-process)', () => {
  it('prints its address, serves, and returns 0 when stopped', async () => {
    const campaign = await copyExampleCampaign();
    try {
      const cli = run(['preview', '--port', '0'], campaign.dir);
      const url = await cli.address;
      const port = Number(new URL(url).port);
      expect((await get(port, '/')).status).toBe(200);
      cli.stop.abort();
      await expect(cli.exit).resolves.toBe(0);
      // The example campaign's two plausibility warnings (Cumbria's missing 2018/19 figure, Kent's size) and its 2020 embargo, passed today, are printed in full.
      expect(cli.stdout[0]).toMatch(/^Built 10 releases in \d+ ms \(build 1, 3 warnings\)\.\n$/);
      expect(cli.stdout[1]).toBe(`Preview of data/ with templates/ at ${url}\nWatching for changes; pages update by themselves. Ctrl+C stops.\n`);
      expect(cli.stdout.at(-1)).toBe('Preview stopped.\n');
      expect(cli.stderr.join('')).toMatch(/^data\/offences\.csv\n  2  warning  force "Cumbria": /);
    } finally {
      await campaign.remove();
    }
  });

  it('starts even when the files are broken, and shows the problems in the page', async () => {
    const campaign = await copyExampleCampaign();
    try {
      await campaign.edit('templates/release.md.hbs', (text) => text.replace(/^ENDS$/m, 'ENDS {{region.nmae}}'));
      const cli = run(['preview', '--port', '0'], campaign.dir);
      const port = Number(new URL(await cli.address).port);
      const page = await get(port, '/');
      cli.stop.abort();
      await expect(cli.exit).resolves.toBe(0);
      expect(page.status).toBe(200);
      expect(page.body).toContain('Nothing has built yet');
      expect(page.body).toContain('<code class="where">templates/release.md.hbs:73:8</code> <span class="message">unknown field `region.nmae`');
      expect(cli.stderr.join('')).toContain('templates/release.md.hbs\n  73:8  error  unknown field `region.nmae`');
      expect(cli.stderr.join('')).toContain('1 error and 2 warnings (build 1, ');
    } finally {
      await campaign.remove();
    }
  });

  it('says so when the port is taken, and exits 2', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const campaign = await copyExampleCampaign();
    try {
      const cli = run(['preview', '--port', String(port)], campaign.dir);
      await expect(cli.exit).resolves.toBe(2);
      expect(cli.stderr.at(-1)).toBe(`patchpress: port ${port} is in use: pass --port N (or --port 0 for any free port)\n`);
    } finally {
      blocker.close();
      await campaign.remove();
    }
  });
});
