// Plausibility before money: values that are almost surely a slip of the hand are reported at their cell before any
// yuan or grade is worked out. Two kinds may be true (an outlier a clerk confirms with --accept-outliers, recorded
// in the result): an actual 100 times its target or more, or a hundredth of it or less (a value typed in 人 under
// 万人, or the other way round: 6184 万人 for 6184 人 paid 52 billion yuan); a rate of 1 or less where the target is
// above 1 (0.0435 typed for 4.35%). The others are never true and are always errors: a rate above 100 or below 0, a
// negative or fractional count, more significant digits than the arithmetic keeps. A rate of change (增长率) is
// neither bounded nor compared with its target (change-rate.ts).
import { D } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Indicator, Plan } from '../model.js';
import { formatSource } from '../source.js';
import { measureOf } from './number.js';
import { isChangeRate } from './change-rate.js';

/** The most significant digits a value may have: every sum and product of such values stays exact. */
export const MAX_SIGNIFICANT_DIGITS = 30;

/** An outlier the user confirmed, as the result records it. */
export interface AcceptedOutlier {
  unit: string;
  indicator: string;
  year?: number;
  actual: string;
  target: string;
  reason: 'ratio_high' | 'ratio_low' | 'fraction_for_percent';
  source: string;
}

const HUNDRED = new D(100);
const ONE = new D(1);
const ZERO = new D(0);
const COUNTS = new Set(['persons', 'person_times', 'households', 'items', 'firms', 'times']);

/**
 * Returns an error (ACTUALS_IMPLAUSIBLE, at the actual's cell, with a hint such as "did you mean 4.35%?") for each
 * actual that is almost surely a slip, and the outliers accepted when `acceptOutliers` is set.
 */
export function checkPlausible(
  plan: Plan,
  actuals: readonly Actual[],
  acceptOutliers: boolean,
): { diagnostics: Diagnostic[]; accepted: AcceptedOutlier[] } {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const diagnostics: Diagnostic[] = [];
  const accepted: AcceptedOutlier[] = [];
  for (const actual of actuals) {
    const indicator = indicators.get(actual.indicator);
    if (actual.value === null || indicator === undefined) continue;
    const target = units.get(actual.unit)?.targets.get(actual.indicator)?.value;
    const slip = impossible(actual.value, indicator) ?? outlier(actual.value, target, indicator);
    if (slip === undefined) continue;
    if (slip.reason !== undefined && acceptOutliers && target !== undefined) {
      accepted.push({
        unit: actual.unit,
        indicator: actual.indicator,
        ...(actual.year === undefined ? {} : { year: actual.year }),
        actual: actual.value.toFixed(),
        target: target.toFixed(),
        reason: slip.reason,
        source: formatSource(actual.source),
      });
      continue;
    }
    diagnostics.push({ code: 'ACTUALS_IMPLAUSIBLE', severity: 'error', ...actual.source, ...slip.text });
  }
  return { diagnostics, accepted };
}

interface Slip {
  text: Pick<Diagnostic, 'message' | 'hint'>;
  reason?: AcceptedOutlier['reason'];
}

const say = (message: Diagnostic['message'], hint: Diagnostic['message']): Slip => ({ text: { message, hint } });

// What no real figure can be, whatever the target.
function impossible(value: InstanceType<typeof D>, indicator: Indicator): Slip | undefined {
  const shown = value.toFixed();
  const unit = indicator.unit;
  const measure = measureOf(unit);
  if (value.precision(true) > MAX_SIGNIFICANT_DIGITS) {
    const message = errorText('ACTUALS_IMPLAUSIBLE', 'digits', { value: shown, limit: MAX_SIGNIFICANT_DIGITS });
    return say(message, errorText('ACTUALS_IMPLAUSIBLE', 'digits_hint'));
  }
  if (measure?.family === 'percent' && !isChangeRate(indicator) && (value.gt(HUNDRED) || value.lt(ZERO)))
    return say(
      errorText('ACTUALS_IMPLAUSIBLE', 'rate', { value: shown }),
      errorText('ACTUALS_IMPLAUSIBLE', 'rate_hint'),
    );
  if (value.lt(ZERO) && !isChangeRate(indicator))
    return say(
      errorText('ACTUALS_IMPLAUSIBLE', 'negative', { value: shown, unit }),
      errorText('ACTUALS_IMPLAUSIBLE', 'negative_hint'),
    );
  const count = measure === undefined ? undefined : value.times(measure.scale);
  if (measure !== undefined && COUNTS.has(measure.family) && !count!.isInteger())
    return say(
      errorText('ACTUALS_IMPLAUSIBLE', 'fraction', { value: shown, unit, count: count!.toFixed() }),
      errorText('ACTUALS_IMPLAUSIBLE', 'fraction_hint', { unit }),
    );
  return undefined;
}

// What is far from the target: possible, but almost always a slip.
function outlier(
  value: InstanceType<typeof D>,
  target: InstanceType<typeof D> | undefined,
  indicator: Indicator,
): Slip | undefined {
  if (target === undefined || target.lte(ZERO) || value.isZero() || isChangeRate(indicator)) return undefined;
  const vars = { value: value.toFixed(), target: target.toFixed(), unit: indicator.unit };
  if (indicator.unit === '%' && target.gt(ONE) && value.lte(ONE)) {
    const meant = `${value.times(HUNDRED).toFixed()}%`;
    const message = errorText('ACTUALS_IMPLAUSIBLE', 'fraction_for_percent', vars);
    return {
      ...say(message, errorText('ACTUALS_IMPLAUSIBLE', 'did_you_mean', { meant, value: vars.value })),
      reason: 'fraction_for_percent',
    };
  }
  // value ≥ 100 × target, or 100 × value ≤ target: no division, one product each
  const high = value.gte(target.times(HUNDRED));
  if (!high && value.times(HUNDRED).gt(target)) return undefined;
  const message = errorText('ACTUALS_IMPLAUSIBLE', high ? 'ratio_high' : 'ratio_low', vars);
  return {
    ...say(message, errorText('ACTUALS_IMPLAUSIBLE', 'ratio_hint', vars)),
    reason: high ? 'ratio_high' : 'ratio_low',
  };
}
