import { collectGarbage } from '../../../src/build/collectGarbage.js';

describe('collectGarbage', () => {
  // No assertion that `gc` is absent first: Jest gives each test file a new vm
  // context, and once a large build earlier in the same worker has set
  // --expose-gc, that context has `gc` too (CI failed on exactly that).
  it('collects what nothing refers to any more', () => {
    let garbage: Array<{ index: number; text: string }> | null = Array.from({ length: 500_000 }, (_, index) => ({ index, text: `row ${index}` }));
    const holding = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(500_000);
    garbage = null;
    collectGarbage();
    // Half a million small objects and their strings are well over 20 MB.
    expect(holding - process.memoryUsage().heapUsed).toBeGreaterThan(20_000_000);
  });
});
