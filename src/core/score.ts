// Points per item: each method (src/methods/<method>.ts) says what an item earns; here the item's floor and cap are
// applied. The bare words `pass_fail` and `proportional` are those methods with their defaults.
import { ZERO, type D } from '../decimal.js';
import type { Indicator, Status } from '../model.js';
import { type CohortBasis, clamp, type MethodSpec, type Said } from '../methods/define-method.js';
import { methodDefinition } from '../methods/index.js';

/** An item's points within its floor and cap, and the completion rate read (if any). */
export interface ItemScore {
  points: D;
  /** The method's points before the floor and cap. */
  raw: D;
  floor: D;
  cap: D | null;
  completion?: D | undefined;
}

// The bare words' parameters, one object each rather than one per item scored.
const BARE_PROPORTIONAL: MethodSpec = Object.freeze({ method: 'proportional', overCompletion: false });
const BARE_PASS_FAIL: MethodSpec = Object.freeze({ method: 'pass_fail' });

/** Returns the method's parameters of an indicator: its object form, or the bare word's defaults. */
export function methodOf(indicator: Indicator): MethodSpec {
  if (indicator.method !== undefined) return indicator.method;
  // The bare word keeps its old meaning: proportional is for at_least only, anything else scores pass/fail.
  return indicator.scoring === 'proportional' && indicator.direction === 'at_least'
    ? BARE_PROPORTIONAL
    : BARE_PASS_FAIL;
}

/** Returns whether an indicator's method needs no target (it applies to every unit: events, points given). */
export function isTargetless(indicator: Indicator): boolean {
  return indicator.method !== undefined && methodDefinition(indicator.method.method).targetless;
}

/**
 * Returns the item's points: the method's, clamped to [floor, cap] (floor default 0; cap default per method, usually
 * the weight). A missing actual scores 0. A cohort-relative method reads `basis`, where the unit stands among the
 * others (relative_to_best, rank_points). The method says its steps onto `said` when given (`kaohe explain`); a
 * missing actual says none.
 */
export function scoreItem(
  indicator: Indicator,
  status: Status,
  target: D,
  actual: D | null,
  basis?: CohortBasis,
  said?: Said,
): ItemScore {
  const spec = methodOf(indicator);
  const definition = methodDefinition(spec.method);
  const floor = spec.floor ?? ZERO;
  const cap = spec.cap ?? defaultCapOf(indicator, spec);
  if (status === 'missing') return { points: clamp(ZERO, floor, cap), raw: ZERO, floor, cap, completion: undefined };
  const input = { weight: indicator.weight, direction: indicator.direction, target, actual, status };
  const scored =
    basis !== undefined && definition.cohort !== undefined
      ? definition.cohort(spec, input, basis, said)
      : definition.score(spec, input, said);
  const points = clamp(scored.points, floor, cap);
  return { points, raw: scored.points, floor, cap, completion: scored.completion };
}

// Each indicator's default cap (often its weight plus a side's cap: a sum), worked out once rather than per unit.
const DEFAULT_CAPS = new WeakMap<Indicator, D | null>();
function defaultCapOf(indicator: Indicator, spec: MethodSpec): D | null {
  let cap = DEFAULT_CAPS.get(indicator);
  if (cap === undefined) {
    cap = methodDefinition(spec.method).defaultCap(spec, indicator.weight);
    DEFAULT_CAPS.set(indicator, cap);
  }
  return cap;
}

/** Returns the indicator's points (see scoreItem). */
export function scoreIndicator(indicator: Indicator, status: Status, target: D, actual: D | null): D {
  return scoreItem(indicator, status, target, actual).points;
}
