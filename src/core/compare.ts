// One value against one target: direction, precision and tolerance decide met or missed.
// Every step is exact decimal arithmetic; no float ever decides a status.
import { compare, D, HUNDRED, minus, ZERO } from '../decimal.js';
import type { Direction, Indicator, ToleranceAmount } from '../model.js';

/** What comparing one actual to one target gave; target and actual are the values as compared (rounded). */
export interface Comparison {
  status: 'met' | 'missed';
  target: D;
  actual: D;
  surplus: D;
}

/**
 * Returns the value rounded half-up (四舍五入) to the indicator's precision, or unchanged when it has none or has no
 * more places than that (the value itself: toDecimalPlaces would copy it unchanged).
 */
export function roundTo(indicator: Indicator, value: D): D {
  const places = indicator.precision;
  return places === undefined || value.decimalPlaces() <= places
    ? value
    : value.toDecimalPlaces(places, D.ROUND_HALF_UP);
}

/** Returns a tolerance amount in the indicator's unit: absolute, or the given percent of |target|. */
export function amountOf(amount: ToleranceAmount, target: D): D {
  return amount.kind === 'absolute' ? amount.value : target.abs().times(amount.value).dividedBy(HUNDRED);
}

/**
 * Returns how far below and above the target an approx actual may be, in the indicator's unit; null = no limit on
 * that side (a one-sided tolerance). No tolerance at all is 0 on both sides.
 */
export function toleranceBounds(indicator: Indicator, target: D): { below: D | null; above: D | null } {
  const tolerance = indicator.tolerance;
  if (tolerance === undefined) return { below: ZERO, above: ZERO };
  if (tolerance.kind !== 'sides') {
    const amount = amountOf(tolerance, target);
    return { below: amount, above: amount };
  }
  return {
    below: tolerance.below === undefined ? null : amountOf(tolerance.below, target),
    above: tolerance.above === undefined ? null : amountOf(tolerance.above, target),
  };
}

/** Returns actual minus target in the good direction; for approx the signed deviation actual − target. */
export function surplusOf(direction: Direction, target: D, actual: D): D {
  // approx has no "good" side: the signed deviation tells a reader which way the value strayed.
  return direction === 'at_most' ? minus(target, actual) : minus(actual, target);
}

/**
 * Returns whether an actual meets `target` (no rounding); `cmpActual(y)` is the sign of actual − y, so growth can
 * compare in its own domain.
 */
export function meetsTarget(indicator: Indicator, target: D, cmpActual: (y: D) => number): boolean {
  switch (indicator.direction) {
    case 'at_least':
      return cmpActual(target) >= 0;
    case 'at_most':
      return cmpActual(target) <= 0;
    case 'approx': {
      // target − below <= actual <= target + above, each bound tested alone so the growth domain can test it.
      const { below, above } = toleranceBounds(indicator, target);
      return (
        (below === null || cmpActual(target.minus(below)) >= 0) &&
        (above === null || cmpActual(target.plus(above)) <= 0)
      );
    }
  }
}

/** The values an actual must keep to to meet a target: at least `low`, at most `high` (null: no limit that side). */
export interface Limits {
  low: D | null;
  high: D | null;
}

/** Returns a target's limits (as compared): at_least [t, ∞), at_most (−∞, t], approx [t − below, t + above]. */
export function limitsOf(indicator: Indicator, target: D): Limits {
  switch (indicator.direction) {
    case 'at_least':
      return { low: target, high: null };
    case 'at_most':
      return { low: null, high: target };
    case 'approx': {
      const { below, above } = toleranceBounds(indicator, target);
      return { low: below === null ? null : target.minus(below), high: above === null ? null : target.plus(above) };
    }
  }
}

/** Returns whether a value lies within a target's limits (bounds included), compared exactly: meetsTarget's answer. */
export function withinLimits(limits: Limits, value: D): boolean {
  return (
    (limits.low === null || compare(value, limits.low) >= 0) &&
    (limits.high === null || compare(value, limits.high) <= 0)
  );
}

// meetsTarget for a value compared directly (no growth domain), without a closure per comparison.
function meets(indicator: Indicator, target: D, actual: D): boolean {
  if (indicator.direction === 'at_least') return compare(actual, target) >= 0;
  if (indicator.direction === 'at_most') return compare(actual, target) <= 0;
  return withinLimits(limitsOf(indicator, target), actual);
}

/** Returns the comparison of one actual with one target, both rounded to the indicator's precision first. */
export function compareValue(indicator: Indicator, target: D, actual: D): Comparison {
  // 4.35 at precision 1 is 4.4 before it meets a 4.3 ceiling: rounding comes first, as the plans say.
  const t = roundTo(indicator, target);
  const a = roundTo(indicator, actual);
  return {
    status: meets(indicator, t, a) ? 'met' : 'missed',
    target: t,
    actual: a,
    surplus: surplusOf(indicator.direction, t, a),
  };
}
