import { z } from 'zod';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';
import { LINT_RULES, type Campaign, type HouseStyle, type NationalChange } from '../model.js';
import { email, isoDate, isoDateTime, isTimeZone, nonEmptyText, phone, safeUrl } from './fields.js';
import { schemaDiagnostics } from './schemaDiagnostics.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

/** Names a template already uses for something else, so a measure cannot take them. */
export const RESERVED_CONTEXT_NAMES = ['campaign', 'national', 'region', 'quotes', 'rank', 'page'] as const;

const measureName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'a measure name must be one word of letters and digits, e.g. onlineShare' })
  .refine((n) => !(RESERVED_CONTEXT_NAMES as readonly string[]).includes(n), {
    message: `a measure cannot be called ${RESERVED_CONTEXT_NAMES.join(', ')}`,
  });

const periodLabel = z.string().regex(/^\d{4}(\/\d{2})?$/, { message: 'expected a period label such as "2019/20", in quotes' });

/** House style when campaign.yaml leaves it out: UK press conventions. */
export const DEFAULT_STYLE: HouseStyle = {
  smallBase: 10,
  timeZone: 'Europe/London',
  percent: { body: 'per cent', headline: '%' },
  similarity: 0.9,
  rules: {},
};

const percentForm = z.enum(['%', 'per cent']);

const campaignSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected lower-case letters, digits and hyphens' }),
  title: nonEmptyText,
  publisher: z.strictObject({
    name: nonEmptyText,
    helpline: phone.nullish(),
    email: email.nullish(),
    website: safeUrl.nullish(),
  }),
  releaseDate: isoDate,
  embargo: isoDateTime.nullish(),
  periods: z.strictObject({
    current: periodLabel,
    previous: periodLabel,
    baseline: periodLabel.nullish(),
  }),
  measures: z
    .record(
      measureName,
      z.strictObject({
        label: nonEmptyText,
        file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/, { message: 'expected a CSV file name in the data folder, e.g. offences.csv' }),
        kind: z.enum(['count', 'percent']),
        noun: z.strictObject({ one: nonEmptyText, many: nonEmptyText }).optional(),
      }),
    )
    .refine((m) => Object.keys(m).length > 0, { message: 'needs at least one measure' }),
  national: z.record(z.string(), z.unknown()).default({}),
  chart: z
    .strictObject({
      compareWith: z.string().min(1),
      compareLabel: nonEmptyText,
    })
    .optional(),
  style: z
    .strictObject({
      smallBase: z.number().int().min(0).default(DEFAULT_STYLE.smallBase),
      timeZone: z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as "Europe/London"' }).default(DEFAULT_STYLE.timeZone),
      percent: z
        .strictObject({ body: percentForm.default(DEFAULT_STYLE.percent.body), headline: percentForm.default(DEFAULT_STYLE.percent.headline) })
        .default(DEFAULT_STYLE.percent),
      similarity: z.number().gt(0).max(1).default(DEFAULT_STYLE.similarity),
      rules: z.partialRecord(z.enum(LINT_RULES), z.enum(['error', 'warning', 'off'])).default({}),
    })
    .default(DEFAULT_STYLE),
});

/** Reads `campaign.yaml` into a Campaign, or lists everything wrong with it. */
export function validateCampaign(file: SourceFile): { campaign: Campaign | null; lineOf: ParsedYaml['lineOf']; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml(file.path, file.text);
  if (!parsed) return { campaign: null, lineOf: () => undefined, diagnostics };
  const result = campaignSchema.safeParse(parsed.value);
  if (!result.success) return { campaign: null, lineOf: parsed.lineOf, diagnostics: schemaDiagnostics(file.path, result.error.issues, parsed) };
  const c = result.data;
  const compare = c.chart ? nationalChange(c.national, c.chart.compareWith, c.chart.compareLabel) : null;
  if (compare && 'problem' in compare) {
    const line = parsed.lineOf(['chart', 'compareWith']);
    return {
      campaign: null,
      lineOf: parsed.lineOf,
      diagnostics: [error(file.path, `field \`chart.compareWith\`: ${compare.problem}`, { ...(line === undefined ? {} : { line }), hint: 'name a key of `national` holding `changePercent` (a number) and `direction` (up, down or unchanged)' })],
    };
  }
  const campaign: Campaign = {
    id: c.id,
    title: c.title,
    publisher: {
      name: c.publisher.name,
      helpline: c.publisher.helpline ?? null,
      email: c.publisher.email ?? null,
      website: c.publisher.website ?? null,
    },
    releaseDate: c.releaseDate,
    embargo: c.embargo ?? null,
    periods: { current: c.periods.current, previous: c.periods.previous, baseline: c.periods.baseline ?? null },
    measures: Object.entries(c.measures).map(([name, m]) => ({
      name,
      label: m.label,
      file: m.file,
      kind: m.kind,
      noun: m.noun ?? { one: m.label.toLowerCase(), many: m.label.toLowerCase() },
    })),
    national: c.national,
    chart: { compare },
    style: { ...c.style, percent: { ...c.style.percent }, rules: { ...c.style.rules } },
  };
  return { campaign, lineOf: parsed.lineOf, diagnostics: [] };
}

const COMPARABLE_DIRECTIONS = ['up', 'down', 'unchanged'] as const;

/** The national change a chart prints for context, read from `national.<key>`. */
function nationalChange(national: Record<string, unknown>, key: string, label: string): NationalChange | { problem: string } {
  const entry = national[key];
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    const keys = Object.keys(national).filter((k) => typeof national[k] === 'object' && national[k] !== null);
    return { problem: `\`national.${key}\` is not a map of figures${keys.length ? ` (maps under national: ${keys.join(', ')})` : ''}` };
  }
  const { changePercent, direction } = entry as Record<string, unknown>;
  if (typeof changePercent !== 'number' || !Number.isFinite(changePercent)) return { problem: `\`national.${key}.changePercent\` is not a number` };
  if (!(COMPARABLE_DIRECTIONS as readonly unknown[]).includes(direction)) return { problem: `\`national.${key}.direction\` is not up, down or unchanged` };
  return { label, changePercent, direction: direction as NationalChange['direction'] };
}
