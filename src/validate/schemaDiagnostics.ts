import type { z } from 'zod';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { describeValue, valueAt } from './describeValue.js';
import type { ParsedYaml } from './yaml.js';

type Issue = z.core.$ZodIssue;

const EXPECTED_TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map of fields',
  array: 'a list',
  record: 'a map of fields',
};

/**
 * Turns schema issues into diagnostics that name the field by its dotted path
 * and the line where it stands (or where its map starts, when it is missing).
 */
export function schemaDiagnostics(file: string, issues: readonly Issue[], parsed: ParsedYaml, prefix: readonly PropertyKey[] = []): Diagnostic[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const found = valueAt(parsed.value, path);
    const line = parsed.lineOf(path);
    return error(file, `${fieldName(issue, path)}: ${describeIssue(issue, found)}`, line === undefined ? {} : { line });
  });
}

function fieldName(issue: Issue, path: readonly PropertyKey[]): string {
  if (issue.code === 'unrecognized_keys') {
    return path.length ? `in \`${path.join('.')}\`` : 'at the top level';
  }
  return path.length ? `field \`${path.join('.')}\`` : 'the file';
}

function describeIssue(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return 'is required';
      return `expected ${EXPECTED_TYPES[issue.expected] ?? issue.expected}, got ${describeValue(found)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(found)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      return `must be at least ${issue.minimum}, got ${describeValue(found)}`;
    case 'too_big':
      return `must be at most ${issue.maximum}, got ${describeValue(found)}`;
    default:
      // Our schemas give every custom and format rule a complete sentence.
      return `${issue.message}${found === undefined ? '' : `, got ${describeValue(found)}`}`;
  }
}
