// The value of one unit × indicator × year, as scoring reads it: the unit's own actual, a rate
// computed from two counts (rate_of), or a parent's actual rolled up from its children.
import { getOrInsert } from '../collections.js';
import { type D, DecimalSum, HUNDRED } from '../decimal.js';
import type { Actual, Indicator, Plan, Source, Unit } from '../model.js';

/** One year's value for one unit and indicator; `value: null` is missing. */
export interface YearValue {
  value: D | null;
  /** The actual's own place (also for an empty cell); absent for computed values. */
  source?: Source;
  /**
   * True when the value, or a count it was computed from, is the sum of child units' actuals; absent (false) for an
   * own actual, which is its own year value.
   */
  rolledUp?: boolean;
  /** The clerk's note (备注) on the actual's row, when it has one. */
  note?: string;
  /** The value's plain text when the actual carries it (Actual.text); absent for computed values. */
  text?: string;
}

/** Returns the value of one unit × indicator × year. */
export type ValueLookup = (unit: string, indicator: string, year: number) => YearValue;

// An own actual is its own year value (value, source, note, text): no object is made per lookup. An empty cell's is
// a plain copy, since a reader of a missing value may spread it (an actual's `source` may be a getter).
const ownValue = (actual: Actual): YearValue => (actual.value === null ? emptyValue(actual) : actual);

function emptyValue({ source, note, text }: Actual): YearValue {
  const value: YearValue = { value: null, source };
  if (note !== undefined) value.note = note;
  if (text !== undefined) value.text = text;
  return value;
}

const MISSING: YearValue = { value: null, rolledUp: false };

/**
 * Returns a memoised lookup of values over the plan's actuals (an actual without a year is in the plan's last year).
 */
export function createValueLookup(plan: Plan, actuals: readonly Actual[]): ValueLookup {
  const own = new OwnActuals(plan.period.from - 1, plan.period.to);
  for (const actual of actuals) own.add(actual, actual.year ?? plan.period.to);
  const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  const children = new Map<string, Unit[]>();
  for (const unit of plan.units) {
    if (unit.parent === undefined) continue;
    const list = children.get(unit.parent);
    if (list === undefined) children.set(unit.parent, [unit]);
    else list.push(unit);
  }
  const takesPart = (unit: Unit, indicator: string): boolean =>
    unit.targets.has(indicator) ||
    own.has(unit.id, indicator) ||
    (children.get(unit.id) ?? []).some((child) => takesPart(child, indicator));
  // The children that take part in an indicator are the same every year: found once per parent and indicator, each
  // with its own actuals by year when it has no children of its own (a roll-up then reads an array, not two maps).
  const parts = new Map<string, Map<string, Part[]>>();
  const partsOf = (unit: string, indicator: string): Part[] => {
    const byIndicator = getOrInsert(parts, unit, () => new Map<string, Part[]>());
    return getOrInsert(byIndicator, indicator, () =>
      (children.get(unit) ?? [])
        .filter((child) => takesPart(child, indicator))
        .map((child) => ({ id: child.id, leaf: !children.has(child.id), years: own.yearsOf(child.id, indicator) })),
    );
  };

  // Only computed values (rates, roll-ups) are memoised: an own actual is one map read away.
  const memo = new Map<string, YearValue>();
  // A fold reads one unit × indicator's years in a row: its definition and actuals by year are kept for the next read.
  let lastUnit: string | undefined;
  let lastIndicator: string | undefined;
  let lastDefinition: Indicator | undefined;
  let lastYears: readonly (Actual | undefined)[] | undefined;
  const lookup: ValueLookup = (unit, indicator, year) => {
    if (unit !== lastUnit || indicator !== lastIndicator) {
      lastUnit = unit;
      lastIndicator = indicator;
      lastDefinition = indicators.get(indicator);
      lastYears = own.yearsOf(unit, indicator);
    }
    const definition = lastDefinition;
    const at = own.indexOf(year);
    const actual = at === undefined ? own.get(unit, indicator, year) : lastYears?.[at];
    if (definition?.rateOf === undefined && actual !== undefined && actual.value !== null) return ownValue(actual);
    if (definition?.rateOf === undefined && !children.has(unit))
      return actual === undefined ? MISSING : ownValue(actual);
    const key = `${unit}\u0000${indicator}\u0000${year}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, MISSING); // a cycle (the loader forbids them) reads as missing instead of recursing forever
    const value = computeValue(unit, indicator, year, definition, actual);
    memo.set(key, value);
    return value;
  };

  const computeValue = (
    unit: string,
    indicator: string,
    year: number,
    definition: Indicator | undefined,
    actual: Actual | undefined,
  ): YearValue => {
    if (definition?.rateOf !== undefined)
      return rateOf(lookup(unit, definition.rateOf.numerator, year), lookup(unit, definition.rateOf.denominator, year));
    if (actual !== undefined && actual.value !== null) return ownValue(actual);
    const from = partsOf(unit, indicator);
    if (definition === undefined || definition.unit === '%' || from.length === 0)
      return actual === undefined ? MISSING : ownValue(actual);
    // A child with no children of its own has only its own actual (this indicator is no rate): read it straight.
    const at = own.indexOf(year);
    const total = new DecimalSum();
    for (const part of from) {
      const value = !part.leaf
        ? lookup(part.id, indicator, year).value
        : at === undefined
          ? (own.get(part.id, indicator, year)?.value ?? null)
          : (part.years?.[at]?.value ?? null);
      if (value === null) return { value: null, rolledUp: true };
      total.add(value);
    }
    return { value: total.value(), rolledUp: true };
  };
  return lookup;
}

/** A child taking part in a parent's roll-up of one indicator: a leaf's own actuals by year (OwnActuals.yearsOf). */
interface Part {
  id: string;
  leaf: boolean;
  years: readonly (Actual | undefined)[] | undefined;
}

function rateOf(numerator: YearValue, denominator: YearValue): YearValue {
  const rolledUp = numerator.rolledUp || denominator.rolledUp;
  // A rate of nothing (denominator 0) is as unknown as a missing count.
  if (numerator.value === null || denominator.value === null || denominator.value.isZero())
    return { value: null, rolledUp };
  // Multiply before dividing: 7 of 100 is exactly 7.
  return { value: numerator.value.times(HUNDRED).dividedBy(denominator.value), rolledUp };
}

// unit → indicator → actuals by year: an array over the years a plan reads (from the year before its
// period, a growth base, to its end) and a map for any other year. A Map per unit and indicator held
// 27 MB for a national plan, these arrays 8 MB.
class OwnActuals {
  private readonly byUnit = new Map<string, Map<string, (Actual | undefined)[]>>();
  private readonly otherYears = new Map<string, Actual>();

  constructor(
    private readonly first: number,
    private readonly last: number,
  ) {}

  add(actual: Actual, year: number): void {
    const byIndicator = getOrInsert(this.byUnit, actual.unit, () => new Map<string, (Actual | undefined)[]>());
    const years = getOrInsert(
      byIndicator,
      actual.indicator,
      () => new Array<Actual | undefined>(this.last - this.first + 1),
    );
    if (year >= this.first && year <= this.last) years[year - this.first] = actual;
    else this.otherYears.set(`${actual.unit}\u0000${actual.indicator}\u0000${year}`, actual);
  }

  /** Returns a unit × indicator's actuals by year (index: indexOf(year)); undefined when it has none. */
  yearsOf(unit: string, indicator: string): readonly (Actual | undefined)[] | undefined {
    return this.byUnit.get(unit)?.get(indicator);
  }

  /** Returns the index of a year in yearsOf's arrays; undefined for a year outside the plan's (kept in a map). */
  indexOf(year: number): number | undefined {
    return year < this.first || year > this.last ? undefined : year - this.first;
  }

  get(unit: string, indicator: string, year: number): Actual | undefined {
    if (year < this.first || year > this.last) return this.otherYears.get(`${unit}\u0000${indicator}\u0000${year}`);
    return this.byUnit.get(unit)?.get(indicator)?.[year - this.first];
  }

  has(unit: string, indicator: string): boolean {
    return this.byUnit.get(unit)?.has(indicator) === true;
  }
}
