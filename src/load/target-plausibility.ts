// The targets get the checks the actuals get (plausibility.ts), at the target's own place (a targets sheet's cell
// or the plan's line): a negative target, a rate over 100 or below 0, a fractional count. And the
// target's counterpart of "a fraction typed for a percentage": a rate of 1 or less where the indicator's other
// units' targets are above 1 (0.043 typed for 4.3%). Without them, a slip in a target was blamed on the correct
// actual ("4.34% is 100 times the target 0.043%") and --accept-outliers would have accepted the bad target.
import { HUNDRED, median, ONE } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Indicator, Plan, Unit } from '../model.js';
import { isChangeRate } from './change-rate.js';
import { checkPlausible, MAX_SIGNIFICANT_DIGITS } from './plausibility.js';

/**
 * Returns a TARGET_IMPLAUSIBLE error at each target that is almost surely a slip: what is never true of an actual
 * (checkPlausible's unconditional checks but the digits, with their hints), or a rate of 1% or less where the
 * median of the other units' targets for that indicator is above 1% (hint: the percentage meant). A rate of change
 * (增长率) is exempt from the bounds and the fraction check, as its actuals are.
 */
export function checkTargetsPlausible(plan: Plan): Diagnostic[] {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const units = new Map(plan.units.map((u) => [u.id, u]));
  // A target's digits are the plan's to limit (SCHEMA: at most 40), not the actuals' 30.
  const asActuals: Actual[] = plan.units.flatMap((u) =>
    [...u.targets]
      .filter(([, t]) => t.value.precision(true) <= MAX_SIGNIFICANT_DIGITS)
      .map(([indicator, t]) => ({ unit: u.id, indicator, value: t.value, source: t.source })),
  );
  // Each target checked as an actual of itself: only the checks that need no target can fire.
  const out = checkPlausible(plan, asActuals, false).diagnostics.map((d): Diagnostic => {
    const at = ({ source: s }: Actual) => s.file === d.file && s.line === d.line && s.col === d.col;
    const a = asActuals.find(at)!;
    return { ...d, code: 'TARGET_IMPLAUSIBLE', message: wrap(units.get(a.unit)!, indicators.get(a.indicator)!, d) };
  });
  for (const indicator of plan.indicators) out.push(...fractionsForPercent(plan, indicator));
  // In the order of the sheet's rows (or the plan's lines), as a clerk corrects them.
  return out.sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
}

const wrap = (unit: Unit, indicator: Indicator, d: Diagnostic) =>
  errorText('TARGET_IMPLAUSIBLE', 'message', { unit: unit.name, indicator: indicator.name, detail: d.message });

// A share's target of 1% or less among targets above 1%: 0.043 typed for 4.3%.
function fractionsForPercent(plan: Plan, indicator: Indicator): Diagnostic[] {
  if (indicator.unit !== '%' || isChangeRate(indicator)) return [];
  const targets = plan.units.flatMap((u) => {
    const t = u.targets.get(indicator.id);
    return t === undefined ? [] : [{ unit: u, target: t }];
  });
  const out: Diagnostic[] = [];
  for (const { unit, target } of targets) {
    const value = target.value;
    if (value.gt(ONE) || value.lte(0)) continue;
    const typical = median(targets.filter((t) => t.unit !== unit).map((t) => t.target.value));
    if (typical === undefined || typical.lte(ONE)) continue;
    const vars = { value: value.toFixed(), typical: typical.toFixed() };
    const detail = errorText('TARGET_IMPLAUSIBLE', 'fraction_for_percent', vars);
    out.push({
      code: 'TARGET_IMPLAUSIBLE',
      severity: 'error',
      ...target.source,
      message: errorText('TARGET_IMPLAUSIBLE', 'message', { unit: unit.name, indicator: indicator.name, detail }),
      hint: errorText('TARGET_IMPLAUSIBLE', 'did_you_mean', { meant: `${value.times(HUNDRED).toFixed()}%` }),
    });
  }
  return out;
}
