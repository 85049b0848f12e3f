import { append, error, type Diagnostic } from '../../../src/errors/diagnostic.js';
import { formatDiagnostics } from '../../../src/errors/format.js';

/**
 * A spreadsheet of a few hundred thousand rows, every cell wrong, is reported,
 * not turned into a stack overflow: collecting and printing its problems
 * never passes them to a function as one argument each.
 */
const MANY = 300_000;

function problems(count: number): Diagnostic[] {
  return Array.from({ length: count }, (_, i) => error('data/offences.csv', `row ${i + 1}: expected a whole number, got "n/a"`, { line: i + 2 }));
}

it('append collects more problems than a call can take as arguments', () => {
  const all: Diagnostic[] = [];
  append(all, problems(MANY));
  expect(all).toHaveLength(MANY);
  expect(() => [].push(...(problems(MANY) as never[]))).toThrow(RangeError);
});

it('formatDiagnostics prints them all, aligned to the widest line number', () => {
  const lines = formatDiagnostics(problems(MANY)).split('\n');
  expect(lines).toHaveLength(MANY + 1);
  expect(lines[1]).toBe('  2       error  row 1: expected a whole number, got "n/a"');
  expect(lines[MANY]).toBe('  300001  error  row 300000: expected a whole number, got "n/a"');
});
