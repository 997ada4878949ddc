// The value of one unit × indicator × year, as scoring reads it: the unit's own actual, a rate
// computed from two counts (rate_of), or a parent's actual rolled up from its children.
import { D, HUNDRED, ZERO } from '../decimal.js';
import type { Actual, Indicator, Plan, Source, Unit } from '../model.js';

/** One year's value for one unit and indicator; `value: null` is missing. */
export interface YearValue {
  value: D | null;
  /** The actual's own place (also for an empty cell); absent for computed values. */
  source?: Source;
  /** True when the value, or a count it was computed from, is the sum of child units' actuals. */
  rolledUp: boolean;
}

/** Returns the value of one unit × indicator × year. */
export type ValueLookup = (unit: string, indicator: string, year: number) => YearValue;

const MISSING: YearValue = { value: null, rolledUp: false };

function keyOf(unit: string, indicator: string, year: number): string {
  return `${unit}\u0000${indicator}\u0000${year}`;
}

/** Returns a memoised lookup of values over the plan's actuals (an actual without a year is in the plan's last year). */
export function createValueLookup(plan: Plan, actuals: readonly Actual[]): ValueLookup {
  const own = new Map<string, Actual>();
  const reported = new Set<string>();
  for (const actual of actuals) {
    own.set(keyOf(actual.unit, actual.indicator, actual.year ?? plan.period.to), actual);
    reported.add(`${actual.unit}\u0000${actual.indicator}`);
  }
  const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  const children = new Map<string, Unit[]>();
  for (const unit of plan.units) {
    if (unit.parent === undefined) continue;
    const siblings = children.get(unit.parent);
    if (siblings === undefined) children.set(unit.parent, [unit]);
    else siblings.push(unit);
  }
  // A child takes part in its parent's sum when the indicator was split to it (a target), it
  // reported the indicator, or one of its own children takes part: a bureau without the
  // indicator is not "missing" from the city's total.
  const takesPart = (unit: Unit, indicator: string): boolean =>
    unit.targets.has(indicator) ||
    reported.has(`${unit.id}\u0000${indicator}`) ||
    (children.get(unit.id) ?? []).some((child) => takesPart(child, indicator));

  const memo = new Map<string, YearValue>();
  const lookup: ValueLookup = (unit, indicator, year) => {
    const key = keyOf(unit, indicator, year);
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, MISSING); // a cycle (the loader forbids them) reads as missing instead of recursing forever
    const value = computeValue(unit, indicator, year);
    memo.set(key, value);
    return value;
  };

  const computeValue = (unit: string, indicator: string, year: number): YearValue => {
    const definition = indicators.get(indicator);
    const actual = own.get(keyOf(unit, indicator, year));
    if (definition?.rateOf !== undefined) return rateOf(lookup(unit, definition.rateOf.numerator, year), lookup(unit, definition.rateOf.denominator, year));
    if (actual !== undefined && actual.value !== null) return { value: actual.value, source: actual.source, rolledUp: false };
    const parts = (children.get(unit) ?? []).filter((child) => takesPart(child, indicator));
    if (definition !== undefined && definition.unit !== '%' && parts.length > 0) {
      return sumOf(parts.map((child) => lookup(child.id, indicator, year)));
    }
    return actual === undefined ? MISSING : { value: null, source: actual.source, rolledUp: false };
  };
  return lookup;
}

function rateOf(numerator: YearValue, denominator: YearValue): YearValue {
  const rolledUp = numerator.rolledUp || denominator.rolledUp;
  // A rate of nothing (denominator 0) is as unknown as a missing count.
  if (numerator.value === null || denominator.value === null || denominator.value.isZero()) return { value: null, rolledUp };
  // Multiply before dividing: 7 of 100 is exactly 7.
  return { value: numerator.value.times(HUNDRED).dividedBy(denominator.value), rolledUp };
}

function sumOf(parts: YearValue[]): YearValue {
  let total = ZERO;
  for (const part of parts) {
    if (part.value === null) return { value: null, rolledUp: true };
    total = total.plus(part.value);
  }
  return { value: total, rolledUp: true };
}
