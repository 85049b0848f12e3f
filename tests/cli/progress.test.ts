import { progressBar } from '../../src/cli/progress.js';

/** A fake stderr and clock; `updates` are [done, total, time in ms]. */
function draw(isTTY: boolean, updates: Array<[number, number, number]>): string {
  let written = '';
  let time = 0;
  const bar = progressBar({ isTTY, write: (text: string) => (written += text) }, () => time);
  for (const [done, total, at] of updates) {
    time = at;
    bar.update(done, total);
  }
  bar.clear();
  return written;
}

describe('the progress bar', () => {
  it('redraws one line on a terminal, at most every 100 ms, always at the end, then clears it', () => {
    expect(draw(true, [[1, 1000, 0], [2, 1000, 50], [500, 1000, 150], [1000, 1000, 160]])).toBe(
      [
        '\r[..............................]  1 / 1,000 regions',
        '\r[###############...............]  500 / 1,000 regions',
        '\r[##############################]  1,000 / 1,000 regions',
        '\r\x1b[2K',
      ].join(''),
    );
  });

  it.each([
    ['not a terminal (a CI log or a pipe)', false, 1000],
    ['a terminal, but a run of fewer than 300 regions', true, 299],
  ])('writes nothing to %s', (_, isTTY, total) => {
    expect(draw(isTTY, [[1, total, 0], [total, total, 500]])).toBe('');
  });
});
