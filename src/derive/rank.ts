import type { Rank } from '../model.js';

/**
 * Competition ranking, highest first ("1, 2, 2, 4"); unknown values get no rank.
 * @example rankDescending([5, null, 9, 5]) // [2, null, 1, 2]
 */
export function rankDescending(values: ReadonlyArray<number | null>): Array<number | null> {
  const known = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? null : 1 + known.filter((other) => other > v).length));
}

export function ranks(current: ReadonlyArray<number | null>, change: ReadonlyArray<number | null>): Rank[] {
  const byCurrent = rankDescending(current);
  const byChange = rankDescending(change);
  return current.map((_, i) => ({ byCurrent: byCurrent[i] ?? null, byChange: byChange[i] ?? null, of: current.length }));
}
