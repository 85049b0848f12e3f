import type { HouseStyle, LintRule, PercentForm } from '../model.js';
import { numberWord } from '../render/helpers/numberWords.js';
import type { Mention } from './mentions.js';
import { lineAt, placeName, type PartName, type ReleasePart } from './releaseText.js';
import type { FigureTrace } from './traceFigures.js';

/** One breach of house style in one release. */
export interface LintFinding {
  rule: LintRule;
  severity: 'error' | 'warning';
  part: PartName;
  /** Line within the part. */
  line: number;
  /** The offending text. */
  text: string;
  message: string;
  hint: string;
  /** The template place that wrote it. */
  template: string | null;
}

/** error for every rule but similar-releases, unless campaign.yaml says otherwise. */
export function ruleSetting(style: HouseStyle, rule: LintRule): 'error' | 'warning' | 'off' {
  return style.rules[rule] ?? (rule === 'similar-releases' ? 'warning' : 'error');
}

/** Headlines, headings and key-figure lines ("- **Change:** up 89%") take the headline style; the rest is body copy. */
type Register = 'headline' | 'body';

/**
 * Checks a release's copy against the house style:
 *
 * - `percent-form`: "per cent" in body copy, "%" in headlines (style.percent);
 * - `numbers-in-words`: one to nine in words in body copy;
 * - `thousands-separator`: 10,391, not 10391 (years such as 2020 excepted);
 * - `financial-year`: one form, 2019/20 (not 2019-20 or 2019/2020);
 * - `zero-percent`: no "0%" or "-0%";
 * - `sentence-start`: no sentence in body copy starts with digits;
 * - `leaked-value`: no "undefined", "NaN", "[object Object]" or "{{";
 * - `small-base-percent`: no percentage worked out from a count under the small base.
 */
export function lintRelease(parts: readonly ReleasePart[], traces: readonly FigureTrace[], style: HouseStyle): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const part of parts) {
    const report = (rule: LintRule, offset: number, text: string, message: string, hint: string): void => {
      const setting = ruleSetting(style, rule);
      if (setting === 'off') return;
      const line = part.name === 'body' ? part.lineAt(offset) : 1;
      findings.push({ rule, severity: setting, part: part.name, line, text, message, hint, template: placeName(part.sourceAt(offset)) });
    };
    const registerAt = registers(part);
    // A figure inside a name or note from the data ("Synthetic Area 00042") is printed as the data has it.
    const fromData = new Set(traces.filter((t) => t.part === part.name && t.inDataText).map((t) => t.offset));
    for (const mention of part.mentions) if (!fromData.has(mention.start)) checkMention(mention, registerAt(mention.start), style, report);
    for (const match of part.text.matchAll(LEAKS)) {
      report('leaked-value', match.index, match[0], `"${match[0]}" in the copy`, 'a value was missing or not text when the template printed it: check the field and guard it with {{#if …}}');
    }
    if (part.name !== 'title') for (const offset of sentenceStartsWithDigit(part.text)) {
      if (registerAt(offset) === 'body') report('sentence-start', offset, /^[\d,./:%-]+/.exec(part.text.slice(offset))?.[0] ?? '', 'a sentence starts with digits', 'reword so the sentence starts with a word ("In 2019/20, …", "A total of 247 …"), or write the number in words');
    }
  }
  for (const trace of traces) {
    if (!trace.smallBase || (trace.kind !== 'percent' && trace.kind !== 'ratio')) continue;
    const part = parts.find((p) => p.name === trace.part);
    if (!part) continue;
    const setting = ruleSetting(style, 'small-base-percent');
    if (setting === 'off') continue;
    findings.push({
      rule: 'small-base-percent',
      severity: setting,
      part: trace.part,
      line: trace.line,
      text: trace.text,
      message: `"${trace.text}" is a change worked out from a count under ${style.smallBase}`,
      hint: 'state both counts instead ("up from six to 43"): branch on offences.change.smallBase',
      template: trace.template,
    });
  }
  return findings;
}

/** Text that only appears when a template printed a value that was not there. */
const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]|\{\{|\}\}/g;

/** The same check over any other output file (HTML pages, the index), where only leaks can be told apart. */
export function leaksIn(text: string): Array<{ line: number; text: string }> {
  return [...text.matchAll(LEAKS)].map((m) => ({ line: lineAt(text, m.index), text: m[0] }));
}

type Report = (rule: LintRule, offset: number, text: string, message: string, hint: string) => void;

function checkMention(m: Mention, register: Register, style: HouseStyle, report: Report): void {
  if (m.kind === 'percent') {
    const form: PercentForm = m.text.includes('%') ? '%' : 'per cent';
    const wanted = style.percent[register];
    if (form !== wanted) {
      const where = register === 'headline' ? 'a headline or key-figure line' : 'body copy';
      report('percent-form', m.start, m.text, `"${m.text}" in ${where}: house style there is "${wanted}"`, `use ${wanted === '%' ? '{{percent …}}' : '{{perCent …}} or {{approx …}}'} here (style.percent.${register} in campaign.yaml)`);
    }
    if (m.value === 0) report('zero-percent', m.start, m.text, `"${m.text}": a change of nothing reads as an error`, 'say the figure was unchanged, or give both figures');
  }
  if ((m.kind === 'count' || m.kind === 'percent') && m.digits && register === 'body' && m.value !== null) {
    const word = numberWord(m.value);
    if (word !== null && !/[.,]/.test(m.text)) {
      report('numbers-in-words', m.start, m.text, `"${m.text}" in body copy: house style writes one to nine in words`, `write "${word}": {{number … words=true}} or {{perCent …}} do it`);
    }
  }
  if (m.kind === 'count' && m.value !== null && Math.abs(m.value) >= 1000 && !m.text.includes(',')) {
    report('thousands-separator', m.start, m.text, `"${m.text}" has no thousands separator`, `print it with {{number …}}: ${new Intl.NumberFormat('en-GB').format(m.value)}`);
  }
  if (m.kind === 'period') {
    const [, from, to] = /^(\d{4})\s?[/\-–]\s?(\d{2,4})$/.exec(m.text) ?? [];
    if (from !== undefined && to !== undefined) {
      const next = String(Number(from) + 1);
      const expected = `${from}/${next.slice(2)}`;
      const consecutive = to === next || to === next.slice(2);
      if (!consecutive) report('financial-year', m.start, m.text, `"${m.text}" is not one financial year`, `write a span of years as "${expected} to …", a financial year as ${expected}`);
      else if (m.text !== expected) report('financial-year', m.start, m.text, `"${m.text}": house style writes financial years as ${expected}`, `print the period label from the data ({{campaign.periods.current}}) or write ${expected}`);
    }
  }
}

/** Offsets where a sentence starts with a digit (after any opening quote, bracket or emphasis). */
function sentenceStartsWithDigit(text: string): number[] {
  const out: number[] = [];
  const check = (at: number): void => {
    const lead = /^[“"‘'*_([]*/.exec(text.slice(at))?.[0].length ?? 0;
    if (/\d/.test(text.charAt(at + lead))) out.push(at + lead);
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marker = /^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*|#+\s+)?/.exec(line)?.[0].length ?? 0;
    check(lineStart + marker);
    for (const m of line.matchAll(/[.!?]["”’)*_]*\s+/g)) check(lineStart + m.index + m[0].length);
    lineStart += line.length + 1;
  }
  return out;
}

/** For an offset in a part, whether house style treats it as headline or body copy. */
function registers(part: ReleasePart): (offset: number) => Register {
  if (part.name === 'title') return () => 'headline';
  if (part.name === 'standfirst') return () => 'body';
  const lines = part.text.split('\n');
  const kinds = lines.map((line): Register => (/^#{1,6}\s/.test(line) || /^\s*[-*+]\s+\*\*[^*]+\*\*/.test(line) || /^\s*\|/.test(line) ? 'headline' : 'body'));
  return (offset) => kinds[part.lineAt(offset) - 1] ?? 'body';
}
