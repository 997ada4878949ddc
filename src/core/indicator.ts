// One unit × one indicator: its value (own, rolled up, computed or folded over the years),
// compared with its target and scored, as the result lists it.
import { ZERO, toPlain, toShown } from '../decimal.js';
import type { D } from '../decimal.js';
import type { Indicator, IndicatorResult, Plan, Status, Target, Unit } from '../model.js';
import { compareValue, roundTo } from './compare.js';
import { foldYears } from './fold.js';
import { itemPlaceOf } from './items.js';
import type { YearActual } from './fold.js';
import { scoreItem } from './score.js';
import { formatSource } from './source.js';
import type { PlanScoring } from './unit.js';
import type { ValueLookup } from './values.js';

/** One indicator of one unit, scored: the numbers rules need, and the result entry. */
export interface Evaluated {
  indicator: Indicator;
  status: Status;
  /** Actual minus target in the good direction, in the indicator's unit; null when missing. */
  surplus: D | null;
  /** The exact actual compared (folded over the period); null when missing. */
  actual: D | null;
  score: D;
  required: boolean;
  result: IndicatorResult;
}

interface Outcome {
  status: Status;
  target: D;
  actual: D | null;
  surplus: D | null;
  rolledUp: boolean;
  years?: YearActual[];
  actualSource?: string;
  /** The actual as given, when rounding to the indicator's precision changed it. */
  actualRaw?: D;
  note?: string;
}

/** Returns the key of one unit × indicator in the cohort's bases (PlanScoring.bases). */
export const basisKey = (unit: string, indicator: string): string => `${unit}\u0000${indicator}`;

/** Returns whether the plan spans more than one year (and so folds years with over_period). */
export function isMultiYear(plan: Plan): boolean {
  return plan.period.from < plan.period.to;
}

/** Returns one indicator of one unit compared with its target and scored. */
export function evaluateIndicator(
  { plan, lookup, asOf, failedByChild, bases }: PlanScoring,
  unit: Unit,
  indicator: Indicator,
  target: Target,
  required: boolean,
): Evaluated {
  // An event whose plan says `missing: zero` reads an absent row as a count of 0; nothing else ever does.
  const zeroIfMissing = readsBlankAsZero(indicator);
  const read: ValueLookup = zeroIfMissing
    ? (u, i, year) => {
        const value = lookup(u, i, year);
        return value.value === null ? { ...value, value: ZERO } : value;
      }
    : lookup;
  const compared = isMultiYear(plan)
    ? foldYears(indicator, target.value, plan.period, asOf, (year) => read(unit.id, indicator.id, year))
    : compareOneYear(indicator, target.value, read(unit.id, indicator.id, plan.period.to));
  // 市、任何一个县没有文件不得分: a parent misses an any_child_fails indicator that one of its children misses.
  const childFailed = compared.status === 'met' && failedByChild?.has(`${unit.id}\u0000${indicator.id}`) === true;
  const outcome = childFailed ? { ...compared, status: 'missed' as const } : compared;
  // A folded value has no single place; its years carry theirs.
  const actualSource = 'actualSource' in outcome ? outcome.actualSource : undefined;
  // A relative item (relative_to_best, rank_points) reads where the unit stands among the others (cohort phase).
  const basis = bases?.get(basisKey(unit.id, indicator.id));
  const item = scoreItem(indicator, outcome.status, outcome.target, outcome.actual, basis);
  const score = item.points;
  const result: IndicatorResult = {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    binding: indicator.binding,
    required,
    target: toShown(outcome.target),
    actual: outcome.actual === null ? null : toShown(outcome.actual),
    status: outcome.status,
    surplus: outcome.surplus === null ? null : toShown(outcome.surplus),
    weight: toPlain(indicator.weight),
    score: toShown(score),
  };
  if (indicator.method !== undefined) result.method = indicator.method.method;
  if (indicator.method !== undefined && item.completion !== undefined) result.completion = toShown(item.completion);
  if (basis !== undefined)
    result.relative = {
      among: basis.among,
      best: basis.best === null ? null : toShown(basis.best),
      best_units: basis.bestCount,
      rank: basis.rank,
      of: basis.of,
    };
  // The optional keys in the schema's order, assigned rather than spread from a temporary object each.
  const place = itemPlaceOf(plan, indicator.id);
  if (place?.group !== undefined) result.group = place.group;
  if (place?.section !== undefined) result.section = place.section;
  if (isMultiYear(plan)) result.over_period = indicator.overPeriod ?? 'sum';
  if (outcome.rolledUp) result.rolled_up = true;
  if (outcome.years !== undefined) result.years = outcome.years;
  result.target_source = formatSource(target.source);
  if (actualSource !== undefined) result.actual_source = actualSource;
  // A folded value (multi-year) has its years' values in `years`; one year's own actual keeps its raw text and note.
  if ('actualRaw' in outcome && outcome.actualRaw !== undefined) result.actual_raw = toPlain(outcome.actualRaw);
  if ('note' in outcome && outcome.note !== undefined) result.note = outcome.note;
  return {
    indicator,
    status: outcome.status,
    surplus: outcome.surplus,
    actual: outcome.actual,
    score,
    required,
    result,
  };
}

function compareOneYear(indicator: Indicator, target: D, value: ReturnType<ValueLookup>): Outcome {
  const actualSource = value.source === undefined ? undefined : formatSource(value.source);
  const where = {
    rolledUp: value.rolledUp === true,
    ...(actualSource !== undefined && { actualSource }),
    ...(value.note !== undefined && { note: value.note }),
  };
  if (value.value === null)
    return { status: 'missing', target: roundTo(indicator, target), actual: null, surplus: null, ...where };
  const compared = compareValue(indicator, target, value.value);
  // An auditor sees what the clerk gave beside what was compared: 4.34 given, 4.3 compared at precision 1.
  const raw = compared.actual.eq(value.value) ? undefined : value.value;
  return { ...compared, ...where, ...(raw !== undefined && { actualRaw: raw }) };
}

/** Returns whether a blank actual of the indicator counts as 0: an event (per_count) whose plan says missing: zero. */
export function readsBlankAsZero(indicator: Indicator): boolean {
  return indicator.method?.method === 'per_count' && indicator.method.missing === 'zero';
}
