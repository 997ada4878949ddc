// Years of actuals against the plan's period: a value for a year the plan does not assess is a
// mistake (a typo'd year, last year's sheet), except the base year a growth indicator needs.
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
        message: {
          en: `the plan runs ${span}: this value needs its year`,
          zh: `方案考核期为 ${span} 年:此数值需要注明年份`,
        },
        hint: { en: 'add a year column (year or 年份)', zh: '请添加年份列(year 或 年份)' },
      });
      continue;
    }
    const isBase = a.year === from - 1 && growth.has(a.indicator);
    if ((a.year < from || a.year > to) && !isBase) {
      const base = growth.has(a.indicator)
        ? { en: ` (or ${from - 1}, the growth base)`, zh: `(或增长基期 ${from - 1} 年)` }
        : { en: '', zh: '' };
      out.push({
        code: 'ACTUALS_YEAR',
        severity: 'error',
        ...a.source,
        message: {
          en: `${a.year} is outside the plan's period ${span}${base.en}`,
          zh: `${a.year} 年不在方案考核期 ${span} 年内${base.zh}`,
        },
        hint: {
          en: 'check the year, or score these actuals with the plan of that year',
          zh: '请核对年份,或用该年度的方案计算这些数据',
        },
      });
    }
  }
  return out;
}
