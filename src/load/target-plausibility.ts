// The targets get the checks the actuals get (plausibility.ts), at the target's own place (a targets sheet's cell
// or the plan's line): a negative target, a rate over 100 or below 0, a fractional count. And the
// target's counterpart of "a fraction typed for a percentage": a rate of 1 or less where the indicator's other
// units' targets are above 1 (0.043 typed for 4.3%). Without them, a slip in a target was blamed on the correct
// actual ("4.34% is 100 times the target 0.043%") and --accept-outliers would have accepted the bad target.
import { type D, HUNDRED, median, ONE, ZERO } from '../decimal.js';
import { getOrInsert } from '../collections.js';
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
  const slips = slipsByValue(plan);
  const out: Diagnostic[] = slips.size === 0 ? [] : placeSlips(plan, slips);
  for (const indicator of plan.indicators) out.push(...fractionsForPercent(plan, indicator));
  // In the order of the sheet's rows (or the plan's lines), as a clerk corrects them.
  return out.sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
}

// What checkPlausible says of the distinct values of each indicator's targets that are slips, by indicator id and
// value. Each is checked as an actual with no target, so only the checks that need none can fire (a target compared
// with itself is never an outlier), and that verdict is the value's alone: a national plan's 86,275 targets are
// checked as 40,940 values. Targets read from one text share a Decimal (plan.ts); equal values read apart are
// checked apart. A target's digits are the plan's to limit (SCHEMA: at most 40), not the actuals' 30: a value with
// more is not checked here.
function slipsByValue(plan: Plan): Map<string, Map<D, Diagnostic>> {
  const seen = new Map<string, Set<D>>();
  const values: Actual[] = [];
  for (const unit of plan.units)
    unit.targets.forEach(({ value }, indicator) => {
      const known = getOrInsert(seen, indicator, () => new Set<D>());
      if (known.has(value)) return;
      known.add(value);
      // Its place is its index (line): what is said of it is put at every target that holds the value.
      if (value.precision(true) <= MAX_SIGNIFICANT_DIGITS)
        values.push({ unit: unit.id, indicator, value, source: { file: '', line: values.length, col: 0 } });
    });
  const slips = new Map<string, Map<D, Diagnostic>>();
  for (const d of checkPlausible({ ...plan, units: [] }, values, false).diagnostics) {
    const { indicator, value } = values[d.line]!;
    getOrInsert(slips, indicator, () => new Map<D, Diagnostic>()).set(value!, d);
  }
  return slips;
}

// Each target whose value is a slip, told at its place. A target reached through an alias (`targets: *t`) is where
// the anchored one is written: it is named as the first unit that holds it, so that the one mistake is said once.
function placeSlips(plan: Plan, slips: Map<string, Map<D, Diagnostic>>): Diagnostic[] {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const out: Diagnostic[] = [];
  const firstAt = new Map<string, Unit>();
  for (const unit of plan.units)
    for (const [id, target] of unit.targets) {
      const d = slips.get(id)?.get(target.value);
      if (d === undefined) continue;
      const { file, line, col } = target.source;
      const at = `${file}\u0000${line}\u0000${col}`;
      const named = firstAt.get(at) ?? unit;
      firstAt.set(at, named);
      const message = wrap(named, indicators.get(id)!, d);
      out.push({ code: 'TARGET_IMPLAUSIBLE', severity: d.severity, ...target.source, message, hint: d.hint! });
    }
  return out;
}

const wrap = (unit: Unit, indicator: Indicator, d: Diagnostic) =>
  errorText('TARGET_IMPLAUSIBLE', 'message', { unit: unit.name, indicator: indicator.name, detail: d.message });

// A share's target of 1% or less among targets above 1%: 0.043 typed for 4.3%.
function fractionsForPercent(plan: Plan, indicator: Indicator): Diagnostic[] {
  if (indicator.unit !== '%' || isChangeRate(indicator)) return [];
  // Most plans have none: found without listing the targets. A Decimal's exponent (`e`, documented) is above 0 from
  // 10 up: those are not compared (each comparison copies its argument).
  const fraction = (value: D): boolean => value.e <= 0 && value.lte(ONE) && value.gt(ZERO);
  if (
    !plan.units.some((u) => {
      const t = u.targets.get(indicator.id);
      return t !== undefined && fraction(t.value);
    })
  )
    return [];
  const targets = plan.units.flatMap((u) => {
    const t = u.targets.get(indicator.id);
    return t === undefined ? [] : [{ unit: u, target: t }];
  });
  const out: Diagnostic[] = [];
  for (const { unit, target } of targets) {
    const value = target.value;
    if (!fraction(value)) continue;
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
