import type { Change, Direction } from '../model.js';

/**
 * Signed percentage change, unrounded.
 * @example percentChange(131, 247) // 88.549…
 * @example percentChange(0, 12)    // null: no percentage from zero
 */
export function percentChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

/** @example direction(77, 63) // 'down' */
export function direction(previous: number | null, current: number | null): Direction {
  if (previous === null || current === null) return 'unknown';
  if (previous === 0 && current > 0) return 'new';
  if (current > previous) return 'up';
  if (current < previous) return 'down';
  return 'unchanged';
}

/**
 * Everything a template needs to word a change. `smallBase` applies to counts
 * only: 6 → 43 is "+617%", which misleads, so templates state the counts.
 */
export function describeChange(previous: number | null, current: number | null, countBased: boolean, smallBase: number): Change {
  const known = previous !== null && current !== null;
  return {
    difference: known ? current - previous : null,
    percent: percentChange(previous, current),
    direction: direction(previous, current),
    ratio: known && previous !== 0 ? current / previous : null,
    smallBase: countBased && known && (previous < smallBase || current < smallBase),
  };
}
