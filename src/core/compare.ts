// One value against one target: direction, precision and tolerance decide met or missed.
// Every step is exact decimal arithmetic; no float ever decides a status.
import { D, HUNDRED, ZERO } from '../decimal.js';
import type { Direction, Indicator } from '../model.js';

/** What comparing one actual to one target gave; target and actual are the values as compared (rounded). */
export interface Comparison {
  status: 'met' | 'missed';
  target: D;
  actual: D;
  surplus: D;
}

/** Returns the value rounded half-up (四舍五入) to the indicator's precision, or unchanged when it has none. */
export function roundTo(indicator: Indicator, value: D): D {
  return indicator.precision === undefined ? value : value.toDecimalPlaces(indicator.precision, D.ROUND_HALF_UP);
}

/** Returns the approx tolerance in the indicator's unit: absolute, or the given percent of |target|. */
export function toleranceOf(indicator: Indicator, target: D): D {
  const tolerance = indicator.tolerance;
  if (tolerance === undefined) return ZERO;
  return tolerance.kind === 'absolute' ? tolerance.value : target.abs().times(tolerance.value).dividedBy(HUNDRED);
}

/** Returns actual minus target in the good direction; for approx the signed deviation actual − target. */
export function surplusOf(direction: Direction, target: D, actual: D): D {
  // approx has no "good" side: the signed deviation tells a reader which way the value strayed.
  return direction === 'at_most' ? target.minus(actual) : actual.minus(target);
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
      // |actual − target| <= tolerance, said as two bounds so the growth domain can test each one.
      const tolerance = toleranceOf(indicator, target);
      return cmpActual(target.minus(tolerance)) >= 0 && cmpActual(target.plus(tolerance)) <= 0;
    }
  }
}

/** Returns the comparison of one actual with one target, both rounded to the indicator's precision first. */
export function compareValue(indicator: Indicator, target: D, actual: D): Comparison {
  // 4.35 at precision 1 is 4.4 before it meets a 4.3 ceiling: rounding comes first, as the plans say.
  const t = roundTo(indicator, target);
  const a = roundTo(indicator, actual);
  return {
    status: meetsTarget(indicator, t, (y) => a.cmp(y)) ? 'met' : 'missed',
    target: t,
    actual: a,
    surplus: surplusOf(indicator.direction, t, a),
  };
}
