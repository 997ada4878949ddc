// Multi-year plans: over_period folds the years of one unit × indicator into one comparison.
import { compare, type D, minus, ZERO, sumOf, toPlain } from '../decimal.js';
import type { Indicator, IndicatorResult, Period, Status } from '../model.js';
import { compareValue, limitsOf, roundTo, surplusOf, withinLimits } from './compare.js';
import type { Comparison } from './compare.js';
import { compareGrowthTarget } from './growth.js';
import { formatSource } from './source.js';
import type { YearValue } from './values.js';

/** One year as the result lists it. */
export type YearActual = NonNullable<IndicatorResult['years']>[number];

/** What folding the years gave: the comparison (or missing), with every year it read. */
export interface Folded {
  status: Status;
  /** The target compared against: pro rata for `sum` under --as-of. */
  target: D;
  actual: D | null;
  surplus: D | null;
  years: YearActual[];
  rolledUp: boolean;
}

/** Returns the last year a multi-year plan is scored on: the --as-of year within the period, else the period's end. */
export function lastYearOf(period: Period, asOf: number | undefined): number {
  return asOf === undefined ? period.to : Math.min(Math.max(asOf, period.from), period.to);
}

/** Returns the fold of one unit × indicator over the period's years (up to --as-of), compared with its target. */
export function foldYears(
  indicator: Indicator,
  target: D,
  period: Period,
  asOf: number | undefined,
  valueIn: (year: number) => YearValue,
): Folded {
  const last = lastYearOf(period, asOf);
  const over = indicator.overPeriod ?? 'sum'; // the loader requires over_period in multi-year plans
  // growth reads the year before the period (its base) and the last year; the others read every year.
  const yearNumbers = over === 'growth' ? yearsRead(period.from - 1, last, true) : yearsRead(period.from, last, false);
  if (over === 'every_year') return foldEveryYear(indicator, target, yearNumbers, valueIn);
  // Each year listed as it is read; its value kept for the fold while every year has one.
  const listed: YearActual[] = [];
  let values: D[] | undefined = [];
  let rolledUp = false;
  for (const year of yearNumbers) {
    const v = valueIn(year);
    rolledUp ||= v.rolledUp === true;
    listed.push(listYear(year, v));
    if (v.value === null) values = undefined;
    else values?.push(v.value);
  }
  // 时间过半、任务过半: under --as-of a cumulative target is due pro rata, kept exact.
  const due =
    over === 'sum' && asOf !== undefined
      ? target.times(last - period.from + 1).dividedBy(period.to - period.from + 1)
      : target;
  const comparison =
    values === undefined
      ? undefined
      : compareFold(indicator, due, values, over === 'growth' ? last - (period.from - 1) : 0);
  if (comparison === undefined)
    return { status: 'missing', target: roundTo(indicator, due), actual: null, surplus: null, years: listed, rolledUp };
  return {
    status: comparison.status,
    target: comparison.target,
    actual: comparison.actual,
    surplus: comparison.surplus,
    years: listed,
    rolledUp,
  };
}

function compareFold(indicator: Indicator, target: D, values: D[], n: number): Comparison | undefined {
  const first = values[0] ?? ZERO;
  const last = values[values.length - 1] ?? ZERO;
  switch (indicator.overPeriod ?? 'sum') {
    case 'sum':
      return compareValue(indicator, target, sumOf(values));
    case 'end':
      return compareValue(indicator, target, last);
    case 'average':
      // 60 significant digits: a non-terminating mean (count <= 252) cannot sit within 10^-50 of a target.
      return compareValue(indicator, target, sumOf(values).dividedBy(values.length));
    case 'growth':
      // A rate from a base of 0 (or a negative count) is not a number anyone can check.
      if (compare(first, ZERO) <= 0 || compare(last, ZERO) < 0) return undefined;
      return compareGrowthTarget(indicator, target, first, last, n);
    case 'every_year':
      return undefined; // folded by foldEveryYear
  }
}

// Each year compared with the one target (rounded, and its limits worked out, once); the worst year is the one shown.
function foldEveryYear(
  indicator: Indicator,
  target: D,
  yearNumbers: readonly number[],
  valueIn: (year: number) => YearValue,
): Folded {
  const t = roundTo(indicator, target);
  const limits = limitsOf(indicator, t);
  const listed: YearActual[] = [];
  let missed = false;
  let missing = false;
  let rolledUp = false;
  let worst: Worst | undefined;
  for (const year of yearNumbers) {
    const y = valueIn(year);
    rolledUp ||= y.rolledUp === true;
    if (y.value === null) {
      missing = true;
      listed.push(listYear(year, y, 'missing'));
      continue;
    }
    const actual = roundTo(indicator, y.value);
    const met = withinLimits(limits, actual);
    missed ||= !met;
    listed.push(listYear(year, y, met ? 'met' : 'missed'));
    worst = worseOf(indicator, t, worst, actual);
  }
  // Any missed year is a miss even if another year is missing; the shown actual is the worst year.
  if ((missing && !missed) || worst === undefined)
    return { status: 'missing', target: t, actual: null, surplus: null, years: listed, rolledUp };
  const surplus = surplusOf(indicator.direction, t, worst.actual);
  return { status: missed ? 'missed' : 'met', target: t, actual: worst.actual, surplus, years: listed, rolledUp };
}

/** The worst year so far: its actual as compared, and for approx its distance from the target. */
interface Worst {
  actual: D;
  deviation?: D;
}

// The worst year has the least surplus (lowest at_least, highest at_most); for approx, the widest deviation. The
// first of equals stays.
function worseOf(indicator: Indicator, target: D, worst: Worst | undefined, actual: D): Worst | undefined {
  switch (indicator.direction) {
    case 'at_least':
      return worst === undefined || compare(actual, worst.actual) < 0 ? { actual } : worst;
    case 'at_most':
      return worst === undefined || compare(actual, worst.actual) > 0 ? { actual } : worst;
    case 'approx': {
      const deviation = minus(actual, target).abs();
      return worst === undefined || compare(deviation, worst.deviation!) > 0 ? { actual, deviation } : worst;
    }
  }
}

// One literal per shape, keys in the schema's order: a key added to an object later costs it a second allocation.
function listYear(year: number, y: YearValue, status?: Status): YearActual {
  const actual = y.value === null ? null : (y.text ?? toPlain(y.value));
  if (y.source === undefined) return status === undefined ? { year, actual } : { year, actual, status };
  const source = formatSource(y.source);
  return status === undefined ? { year, actual, source } : { year, actual, status, source };
}

// The years a fold reads, the same for every item of a plan: the last list made is kept for the next item.
let lastRead: { from: number; to: number; ends: boolean; years: readonly number[] } | undefined;
function yearsRead(from: number, to: number, ends: boolean): readonly number[] {
  if (lastRead !== undefined && lastRead.from === from && lastRead.to === to && lastRead.ends === ends)
    return lastRead.years;
  const years: number[] = [];
  if (ends) years.push(from, to);
  else for (let year = from; year <= to; year++) years.push(year);
  lastRead = { from, to, ends, years: Object.freeze(years) };
  return years;
}
