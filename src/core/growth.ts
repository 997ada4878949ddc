// Compound average annual growth (年均增长率), compared exactly in the power domain:
// rate >= g  ⟺  end × 100^n >= base × (100 + g)^n. A float root would call 11 % over four
// years from 10000 to 15180.7041 "10.99999… %"; integer powers of decimals never do.
import { getOrInsert } from '../collections.js';
import { compare, D, HUNDRED, ZERO } from '../decimal.js';
import type { Indicator } from '../model.js';
import { compareValue, meetsTarget, surplusOf } from './compare.js';
import type { Comparison } from './compare.js';

// Each power adds the digits of its base (1.08^30 has 61 significant digits, more than D keeps):
// a clone whose precision never rounds a product keeps every power exact.
const Exact = D.clone({ precision: 1e9 });

// x^n by squaring: every product is exact (Exact never rounds), so the order of the products cannot change the value.
function powerOf(x: D, n: number): D {
  let power: D | undefined;
  let square = new Exact(x);
  for (let k = n; k > 0; k >>= 1) {
    if (k & 1) power = power === undefined ? square : power.times(square);
    if (k > 1) square = square.times(square);
  }
  return power ?? new Exact(1);
}

const EXACT_HUNDRED = new Exact(HUNDRED);
const HALF = new D('0.5');
// 100^n for each n met (a plan has one or two): the same exact value powerOf makes, made once.
const hundredPowers = new Map<number, D>();
const hundredPower = (n: number): D => getOrInsert(hundredPowers, n, () => powerOf(HUNDRED, n));
// 10^-decimals, the step of a shown rate, for each precision met.
const steps = new Map<number, D>();
const stepOf = (decimals: number): D => getOrInsert(steps, decimals, () => new D(`1e-${decimals}`));

/**
 * Returns the sign (−1, 0, 1) of rate − y, the rate being the compound annual growth in % from base to end over n years
 * (base > 0, end >= 0).
 */
export function compareGrowth(base: D, end: D, n: number, y: D): number {
  const factor = EXACT_HUNDRED.plus(y);
  // At or below −100 % the power domain is not monotone; no rate can fall below −100 %.
  if (compare(factor, ZERO) <= 0) return factor.isZero() && end.isZero() ? 0 : 1;
  return compare(hundredPower(n).times(end), powerOf(factor, n).times(base));
}

/**
 * Returns the growth rate in % rounded half-up to `decimals` places, found exactly by bisection in the power domain.
 */
export function growthRate(base: D, end: D, n: number, decimals: number): D {
  const step = stepOf(decimals);
  // reaches(m): does the rate round to m·step or more? Half-up rounds ties away from zero,
  // so the tie itself counts for m > 0 and does not for m <= 0.
  const reaches = (m: D): boolean => {
    const sign = compareGrowth(base, end, n, m.minus(HALF).times(step));
    return compare(m, ZERO) > 0 ? sign >= 0 : sign > 0;
  };
  // A float estimate only proposes the answer; two exact checks in the power domain accept it.
  const guess = Math.round(((end.toNumber() / base.toNumber()) ** (1 / n) - 1) * 100 * 10 ** decimals);
  if (Number.isFinite(guess)) {
    const m = new D(guess);
    if (reaches(m) && !reaches(m.plus(1))) return m.times(step);
  }
  // The rate is above −100 %, and below 100 × end / base (Bernoulli: (1 + r)^n >= 1 + n·r).
  let low = new D(-100).dividedBy(step);
  let high = end.times(HUNDRED).dividedBy(base).dividedBy(step).ceil().plus(1);
  while (high.minus(low).gt(1)) {
    const middle = low.plus(high).dividedToIntegerBy(2);
    if (reaches(middle)) low = middle;
    else high = middle;
  }
  return low.times(step);
}

/** Returns the comparison of a growth target (in %) with the growth from base to end over n years. */
export function compareGrowthTarget(indicator: Indicator, target: D, base: D, end: D, n: number): Comparison {
  // The shown rate is rounded for display; without a precision the status comes from the power domain alone.
  const shown = growthRate(base, end, n, indicator.precision ?? 2);
  if (indicator.precision !== undefined) return compareValue(indicator, target, shown);
  const met = meetsTarget(indicator, target, (y) => compareGrowth(base, end, n, y));
  return {
    status: met ? 'met' : 'missed',
    target,
    actual: shown,
    surplus: surplusOf(indicator.direction, target, shown),
  };
}
