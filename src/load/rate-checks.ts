// A rate computed from two counts (rate_of: 参保率 = 参保人数 ÷ 非农业人口) is checked as a typed rate is: a denominator
// typed 100 times too small made a 10,000% rate "met" (probe §14), and a denominator of 0 was reported as a missing
// rate at the plan instead of at the 0 in the sheet. Both are refused at the denominator's cell, naming the
// numerator's. Only a unit's own pair of figures is checked; a rate over figures rolled up from children is not.
import { HUNDRED } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Plan } from '../model.js';
import { formatSource } from '../source.js';
import { isChangeRate } from './change-rate.js';

/**
 * Returns an ACTUALS_IMPLAUSIBLE error at the denominator's cell for each unit and year whose rate_of indicator
 * would be worked out from a denominator of 0, or would come to more than 100% (a share of a population; a rate of
 * change is exempt). The numerator's cell is named in the hint.
 */
export function checkComputedRates(plan: Plan, actuals: readonly Actual[]): Diagnostic[] {
  const rates = plan.indicators.filter((i) => i.rateOf !== undefined);
  if (rates.length === 0) return [];
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const unitNames = new Map(plan.units.map((u) => [u.id, u.name]));
  const byKey = new Map<string, Actual>();
  for (const a of actuals) if (a.value !== null) byKey.set(`${a.unit}\u0000${a.indicator}\u0000${a.year ?? ''}`, a);
  const out: Diagnostic[] = [];
  for (const rate of rates) {
    const { numerator: n, denominator: d } = rate.rateOf!;
    for (const den of actuals) {
      if (den.indicator !== d || den.value === null) continue;
      const num = byKey.get(`${den.unit}\u0000${n}\u0000${den.year ?? ''}`);
      if (num === undefined || num.value === null) continue;
      const vars = {
        rate: rate.name,
        numerator: names.get(n)!,
        denominator: names.get(d)!,
        unit: unitNames.get(den.unit) ?? den.unit,
        at: formatSource(num.source),
      };
      if (den.value.isZero()) {
        const message = errorText('ACTUALS_IMPLAUSIBLE', 'zero_denominator', vars);
        const hint = errorText('ACTUALS_IMPLAUSIBLE', 'zero_denominator_hint', vars);
        out.push({ code: 'ACTUALS_IMPLAUSIBLE', severity: 'error', ...den.source, message, hint });
        continue;
      }
      const value = num.value.times(HUNDRED).dividedBy(den.value);
      if (rate.unit !== '%' || isChangeRate(rate) || value.lte(HUNDRED)) continue;
      const shown = {
        ...vars,
        num: num.value.toFixed(),
        den: den.value.toFixed(),
        value: value.toDecimalPlaces(4).toFixed(),
      };
      const message = errorText('ACTUALS_IMPLAUSIBLE', 'computed_rate', shown);
      const hint = errorText('ACTUALS_IMPLAUSIBLE', 'computed_rate_hint', shown);
      out.push({ code: 'ACTUALS_IMPLAUSIBLE', severity: 'error', ...den.source, message, hint });
    }
  }
  return out;
}
