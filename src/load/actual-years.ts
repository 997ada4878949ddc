// Years of actuals against the plan's period: a value for a year the plan does not assess is a
// mistake (a typo'd year, last year's sheet), except the base year a growth indicator needs.
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Plan } from '../model.js';

/**
 * Returns an ACTUALS_YEAR error for each actual whose year is outside the plan's period (or has no year in a multi-year
 * plan).
 */
export function checkActualYears(plan: Plan, actuals: readonly Actual[]): Diagnostic[] {
  const { from, to } = plan.period;
  const growth = new Set(plan.indicators.filter((i) => i.overPeriod === 'growth').map((i) => i.id));
  const span = from === to ? `${from}` : `${from}–${to}`;
  const out: Diagnostic[] = [];
  for (const a of actuals) {
    // an empty cell is no value: a template's growth base-year row leaves the other indicators empty
    if (a.value === null) continue;
    if (a.year === undefined) {
      if (from === to) continue;
      out.push({
        code: 'ACTUALS_YEAR',
        severity: 'error',
        ...a.source,
        message: errorText('ACTUALS_YEAR', 'needed', { span }),
        hint: errorText('ACTUALS_YEAR', 'needed_hint'),
      });
      continue;
    }
    const isBase = a.year === from - 1 && growth.has(a.indicator);
    if ((a.year < from || a.year > to) && !isBase) {
      const base = growth.has(a.indicator) ? errorText('ACTUALS_YEAR', 'growth_base', { year: from - 1 }) : '';
      out.push({
        code: 'ACTUALS_YEAR',
        severity: 'error',
        ...a.source,
        message: errorText('ACTUALS_YEAR', 'outside', { year: a.year, span, base }),
        hint: errorText('ACTUALS_YEAR', 'outside_hint'),
      });
    }
  }
  return out;
}
