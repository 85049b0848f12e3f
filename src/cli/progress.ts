/** Runs with fewer regions are over before a bar would be read. */
export const PROGRESS_THRESHOLD = 300;
const WIDTH = 30;
const REDRAW_MS = 100;

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Removes the bar, leaving the line clean for the summary. */
  clear(): void;
}

/**
 * A one-line bar redrawn in place on a terminal:
 *
 *     [###########...................]  4,213 / 10,000 regions
 *
 * Only for a terminal (in CI logs and pipes every redraw would be a line of
 * noise) and only for runs of `PROGRESS_THRESHOLD` regions or more.
 */
export function progressBar(stream: { write(text: string): unknown; isTTY?: boolean }, now: () => number = () => performance.now()): ProgressBar {
  const count = new Intl.NumberFormat('en-GB');
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    update(done, total) {
      if (!stream.isTTY || total < PROGRESS_THRESHOLD) return;
      const time = now();
      if (done < total && time - lastDraw < REDRAW_MS) return;
      lastDraw = time;
      const filled = Math.floor((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]  ${count.format(done)} / ${count.format(total)} regions`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
