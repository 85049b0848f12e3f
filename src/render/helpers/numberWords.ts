const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/**
 * The word for a whole number from one up to `max` (nine by default: house
 * style writes one to nine in words, 10 and above in digits), else null.
 * Zero stays a digit ("0 offences") because copy reads it as a figure.
 */
export function numberWord(n: number, max = 9): string | null {
  if (!Number.isInteger(n) || n < 1 || n > Math.min(max, 10)) return null;
  return WORDS[n] ?? null;
}
