// Plausibility before money: values that are almost surely a slip of the hand are reported at their cell before any
// yuan or grade is worked out. Two kinds may be true (an outlier a clerk confirms with --accept-outliers, recorded
// in the result): an actual 100 times its target or more, or a hundredth of it or less (a value typed in 人 under
// 万人, or the other way round: 6184 万人 for 6184 人 paid 52 billion yuan); a rate of 1 or less where the target is
// above 1 (0.0435 typed for 4.35%). The others are never true and are always errors: a rate above 100 or below 0, a
// negative or fractional count, more significant digits than the arithmetic keeps. A rate of change (增长率) is
// neither bounded nor compared with its target (change-rate.ts).
import { compare, type D, HUNDRED, ONE, ZERO } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Indicator, Plan } from '../model.js';
import { formatSource } from '../source.js';
import { type Measure, measureOf } from './number.js';
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
  const indicators = new Map(plan.indicators.map((i) => [i.id, kindOf(i)]));
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const diagnostics: Diagnostic[] = [];
  const accepted: AcceptedOutlier[] = [];
  const bounds = new Bounds();
  // a sheet's rows come unit by unit, indicator by indicator: the kind and target of the row before are most often
  // this row's (the ids are the plan's own strings, compared by reference first)
  let lastUnit: string | undefined;
  let lastIndicator: string | undefined;
  let kind: Kind | undefined;
  let target: InstanceType<typeof D> | undefined;
  for (const actual of actuals) {
    if (actual.indicator !== lastIndicator || actual.unit !== lastUnit) {
      lastUnit = actual.unit;
      lastIndicator = actual.indicator;
      kind = indicators.get(lastIndicator);
      target = units.get(lastUnit)?.targets.get(lastIndicator)?.value;
    }
    if (actual.value === null || kind === undefined) continue;
    const slip = impossible(actual.value, kind) ?? outlier(actual.value, target, kind, bounds);
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

// What the checks need of an indicator, worked out once for all its actuals (a national sheet has 14,000 each).
interface Kind {
  indicator: Indicator;
  measure: Measure | undefined;
  /** Whether its values count whole things (persons, households…) in a unit of scale 1 (人, not 万人). */
  wholeCount: boolean;
  /** Whether its values count whole things in a unit of another scale (万人): value × scale must be whole. */
  scaledCount: boolean;
  /** Whether it is a rate of change (增长率): neither bounded nor compared with its target (change-rate.ts). */
  changeRate: boolean;
  /** For a scaled count, k when the scale is exactly 10^k (万: 4): value × scale is whole when it has ≤ k places. */
  scalePlaces: number | undefined;
}

function powerOfTen(scale: InstanceType<typeof D>): number | undefined {
  const text = scale.toFixed();
  return /^10*$/.test(text) ? text.length - 1 : undefined;
}

function kindOf(indicator: Indicator): Kind {
  const measure = measureOf(indicator.unit);
  const count = measure !== undefined && COUNTS.has(measure.family);
  const unitScale = measure?.scale.eq(ONE) === true;
  return {
    indicator,
    measure,
    wholeCount: count && unitScale,
    scaledCount: count && !unitScale,
    changeRate: isChangeRate(indicator),
    scalePlaces: measure === undefined ? undefined : powerOfTen(measure.scale),
  };
}

// A target's two thresholds (100 × target, target / 100), kept while the actuals of one unit and indicator follow
// each other, as a sheet's rows do. target / 100 is exact while the target has fewer digits than the 60 the
// arithmetic keeps; past that (no real target) the low side is decided as before, by 100 × value.
class Bounds {
  private target: InstanceType<typeof D> | undefined;
  high = ZERO;
  low: InstanceType<typeof D> | undefined;

  of(target: InstanceType<typeof D>): this {
    if (target !== this.target) {
      this.target = target;
      this.high = target.times(HUNDRED);
      this.low = target.precision(true) <= 50 ? target.dividedBy(HUNDRED) : undefined;
    }
    return this;
  }
}

interface Slip {
  text: Pick<Diagnostic, 'message' | 'hint'>;
  reason?: AcceptedOutlier['reason'];
}

const say = (message: Diagnostic['message'], hint: Diagnostic['message']): Slip => ({ text: { message, hint } });

// What no real figure can be, whatever the target.
function impossible(value: InstanceType<typeof D>, kind: Kind): Slip | undefined {
  const { measure } = kind;
  const unit = kind.indicator.unit;
  // At most 4 digit words (28 significant digits) and an exponent below 30 (30 integer digits): precision(true),
  // the larger of the two, is ≤ 30 without counting it (test/load/plausibility-fast.test.ts holds it to decimal.js)
  const d = value.d;
  if ((d === null || d.length > 4 || value.e > 29) && value.precision(true) > MAX_SIGNIFICANT_DIGITS) {
    const message = errorText('ACTUALS_IMPLAUSIBLE', 'digits', {
      value: value.toFixed(),
      limit: MAX_SIGNIFICANT_DIGITS,
    });
    return say(message, errorText('ACTUALS_IMPLAUSIBLE', 'digits_hint'));
  }
  // compare(): comparedTo copies its argument, and this runs for every actual
  if (measure?.family === 'percent' && !kind.changeRate && (compare(value, HUNDRED) > 0 || compare(value, ZERO) < 0))
    return say(
      errorText('ACTUALS_IMPLAUSIBLE', 'rate', { value: value.toFixed() }),
      errorText('ACTUALS_IMPLAUSIBLE', 'rate_hint'),
    );
  if (value.isNegative() && !value.isZero() && !kind.changeRate)
    return say(
      errorText('ACTUALS_IMPLAUSIBLE', 'negative', { value: value.toFixed(), unit }),
      errorText('ACTUALS_IMPLAUSIBLE', 'negative_hint'),
    );
  // a count in a unit of scale 1 is whole as it is; in 万人 only once multiplied out
  if (kind.wholeCount ? value.isInteger() : !kind.scaledCount || wholeOnceScaled(value, kind)) return undefined;
  const count = value.times(measure!.scale).toFixed();
  return say(
    errorText('ACTUALS_IMPLAUSIBLE', 'fraction', { value: value.toFixed(), unit, count }),
    errorText('ACTUALS_IMPLAUSIBLE', 'fraction_hint', { unit }),
  );
}

function wholeOnceScaled(value: InstanceType<typeof D>, kind: Kind): boolean {
  const places = kind.scalePlaces;
  return places === undefined ? value.times(kind.measure!.scale).isInteger() : value.decimalPlaces() <= places;
}

// What is far from the target: possible, but almost always a slip.
function outlier(
  value: InstanceType<typeof D>,
  target: InstanceType<typeof D> | undefined,
  kind: Kind,
  bounds: Bounds,
): Slip | undefined {
  const { indicator } = kind;
  if (target === undefined || compare(target, ZERO) <= 0 || value.isZero() || kind.changeRate) return undefined;
  if (indicator.unit === '%' && compare(target, ONE) > 0 && compare(value, ONE) <= 0) {
    const meant = `${value.times(HUNDRED).toFixed()}%`;
    const message = errorText('ACTUALS_IMPLAUSIBLE', 'fraction_for_percent', vars(value, target, indicator));
    return {
      ...say(message, errorText('ACTUALS_IMPLAUSIBLE', 'did_you_mean', { meant, value: value.toFixed() })),
      reason: 'fraction_for_percent',
    };
  }
  if (nearTarget(value, target)) return undefined;
  // value ≥ 100 × target, or value ≤ target / 100 (100 × value ≤ target): the thresholds once per target
  const { high: highBound, low: lowBound } = bounds.of(target);
  // compare(): comparedTo copies its argument, twice per actual here
  const high = compare(value, highBound) >= 0;
  if (!high && (lowBound === undefined ? value.times(HUNDRED).gt(target) : compare(value, lowBound) > 0))
    return undefined;
  const message = errorText('ACTUALS_IMPLAUSIBLE', high ? 'ratio_high' : 'ratio_low', vars(value, target, indicator));
  return {
    ...say(message, errorText('ACTUALS_IMPLAUSIBLE', 'ratio_hint', vars(value, target, indicator))),
    reason: high ? 'ratio_high' : 'ratio_low',
  };
}

const vars = (value: InstanceType<typeof D>, target: InstanceType<typeof D>, { unit }: Indicator) => ({
  value: value.toFixed(),
  target: target.toFixed(),
  unit,
});

/**
 * Returns true when a positive value is within a factor 10 of the target's order of magnitude (their decimal exponents
 * `e` differ by at most 1), so that target / 100 < value < 100 × target without working either out: value <
 * 10^(value.e + 1) ≤ 10^(target.e + 2) ≤ 100 × target, and value ≥ 10^value.e ≥ 10^(target.e − 1) > target / 100.
 * Most actuals are near their targets. False decides nothing (test/load/plausibility-fast.test.ts).
 */
export function nearTarget(value: InstanceType<typeof D>, target: InstanceType<typeof D>): boolean {
  const gap = value.e - target.e;
  const vd = value.d;
  const td = target.d;
  // d null: NaN or ±Infinity; d[0] 0: zero (whose e is 0 whatever it is compared with)
  return (
    gap <= 1 && gap >= -1 && value.s > 0 && target.s > 0 && vd !== null && td !== null && vd[0] !== 0 && td[0] !== 0
  );
}
