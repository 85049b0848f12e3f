import type { Campaign, MeasureDefinition, MeasureFigures, Region } from '../model.js';
import { describeChange } from './change.js';

/** One measure's figures for one region: the periods, and the change between the two named. */
export function measureFigures(campaign: Campaign, measure: MeasureDefinition, region: Region): MeasureFigures {
  const values = region.measures.get(measure.name)?.values ?? {};
  const at = (period: string | null): number | null => (period !== null && Object.hasOwn(values, period) ? (values[period] ?? null) : null);
  const current = at(campaign.periods.current);
  const previous = at(campaign.periods.previous);
  const all = Object.values(values);
  return {
    label: measure.label,
    kind: measure.kind,
    noun: measure.noun,
    current,
    previous,
    baseline: at(campaign.periods.baseline),
    total: measure.kind === 'count' && all.length > 0 && all.every((v) => v !== null) ? all.reduce<number>((sum, v) => sum + (v ?? 0), 0) : null,
    periods: { ...values },
    change: describeChange(previous, current, measure.kind === 'count', campaign.style.smallBase),
  };
}
