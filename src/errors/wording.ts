/**
 * Items joined as a sentence lists them; past `most`, the rest are counted.
 *
 * @example inWords(['a'])                   // 'a'
 * @example inWords(['a', 'b', 'c'])         // 'a, b and c'
 * @example inWords(['a', 'b', 'c', 'd'], 3) // 'a, b and 2 more'
 */
export function inWords(items: readonly string[], most = Infinity): string {
  if (items.length > most) return `${items.slice(0, most - 1).join(', ')} and ${items.length - most + 1} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
