import type { Diagnostic } from './diagnostic.js';

/**
 * Prints diagnostics grouped by file, in the order files were first named,
 * then by line:
 *
 *     data/offences.csv
 *       14  error  row 13 (force "Gwent"), column 2019/20: expected a whole number, got "1,2O3"
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    const sorted = [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const positions = sorted.map(position);
    // A reduce, not Math.max(...): a file can have more problems than a call can take arguments.
    const width = positions.reduce((most, p) => Math.max(most, p.length), 0);
    sorted.forEach((d, i) => {
      const pos = (positions[i] ?? '').padEnd(width);
      lines.push(`  ${pos}  ${d.severity}  ${d.message}`);
      if (d.hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(d.severity.length)}  hint: ${d.hint}`);
    });
  }
  return lines.join('\n');
}

function position(d: Diagnostic): string {
  if (d.line === undefined) return '';
  return d.column === undefined ? String(d.line) : `${d.line}:${d.column}`;
}

/** "2 errors", "1 error and 3 warnings". */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts: string[] = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.length ? parts.join(' and ') : 'no problems';
}
