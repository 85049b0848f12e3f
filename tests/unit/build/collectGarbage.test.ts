import { collectGarbage } from '../../../src/build/collectGarbage.js';

describe('collectGarbage', () => {
  it('collects what nothing refers to any more, without --expose-gc on the command line', () => {
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
    let garbage: Array<{ index: number; text: string }> | null = Array.from({ length: 500_000 }, (_, index) => ({ index, text: `row ${index}` }));
    const holding = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(500_000);
    garbage = null;
    collectGarbage();
    // Half a million small objects and their strings are well over 20 MB.
    expect(holding - process.memoryUsage().heapUsed).toBeGreaterThan(20_000_000);
  });
});
