// The entry point of the pure core: one plan and its actuals in, the result document out (whole, or a unit at a time).
import { ZERO, toPlain } from '../decimal.js';
import type { Actual, Plan, Result, ScoreOptions, UnitResult } from '../model.js';
import { type CohortOutcome, completeCohort, hasCohortPhase } from './cohort/index.js';
import { withCohortReadings } from './cohort/relative.js';
import { evaluateIndicator } from './indicator.js';
import { depthsOf, evaluateUnit } from './unit.js';
import type { PlanScoring, ScoredUnit } from './unit.js';
import { createValueLookup } from './values.js';

/** Returns the result of scoring one plan against its actuals (the public result JSON, schemas/result.schema.json). */
export function evaluatePlan(plan: Plan, actuals: Actual[], options: ScoreOptions): Result {
  const scoring = scoringOf(plan, actuals, options);
  const scored = plan.units.map((unit) => evaluateUnit(scoring, unit));
  // The second phase: ranks, quotas, prizes, 末位 and consequences, over the results of the first.
  const cohort = completeCohort(plan, scored, options.previous);
  const totals = new Totals();
  for (const s of scored) totals.add(s);
  // Built literally, in the schema's order: the JSON writer serialises keys as inserted.
  return {
    ...headOf(plan, options),
    units: cohort?.units ?? scored.map((s) => s.result),
    totals: totals.of(cohort),
    ...(cohort && { cohort: cohort.cohort }),
  };
}

/** A result made as it is read: what comes before its units, each unit as it is scored, then what follows them. */
export interface ResultStream {
  /** The result's keys before `units` (kaohe, kaohe_version, plan, inputs), as evaluatePlan gives them. */
  head: Pick<Result, 'kaohe' | 'kaohe_version' | 'plan' | 'inputs'>;
  /** Each unit's result in plan order, scored when it is asked for and held by no one after: to be read once. */
  units: Iterable<UnitResult>;
  /**
   * The result's keys after `units` (the totals of the units read so far; accepted_outliers when the reader added
   * them): asked once every unit has been read.
   */
  tail(): Pick<Result, 'totals' | 'accepted_outliers'>;
}

/**
 * Returns the result of evaluatePlan as a stream, a unit scored at a time (a national result is ~90 MB held whole,
 * ×10 at ten times the size): the same head, units and totals, byte for byte, for a plan without a cohort phase
 * (hasCohortPhase false: nothing after a unit's own scoring reads the other units' results). Relative items and
 * normalised sections are read before the first unit, as evaluatePlan reads them. Throws (a programmer's error) for
 * a plan with a cohort phase: its ranks and quotas need every unit first.
 */
export function evaluatePlanStream(plan: Plan, actuals: Actual[], options: ScoreOptions): ResultStream {
  if (hasCohortPhase(plan, options.previous)) throw new Error(`plan ${plan.id} has a cohort phase: not streamed`);
  const scoring = scoringOf(plan, actuals, options);
  const totals = new Totals();
  function* units(): Generator<UnitResult> {
    for (const unit of plan.units) {
      const scored = evaluateUnit(scoring, unit);
      totals.add(scored);
      yield scored.result;
    }
  }
  return { head: headOf(plan, options), units: units(), tail: () => ({ totals: totals.of(undefined) }) };
}

// What every unit is scored with: the lookup of values, and the cohort phase's first half. Relative items and
// normalised sections read every unit's values before any unit is scored; ranks, quotas and prizes read the results.
function scoringOf(plan: Plan, actuals: Actual[], options: ScoreOptions): PlanScoring {
  const base = { plan, lookup: createValueLookup(plan, actuals), asOf: options.asOf, depths: depthsOf(plan) };
  return withCohortReadings({ ...base, failedByChild: failedByChildren(base) });
}

// The keys before `units`, built literally in the schema's order: the JSON writer serialises keys as inserted.
function headOf(plan: Plan, options: ScoreOptions): ResultStream['head'] {
  const previous = options.previous;
  return {
    kaohe: 1,
    ...(options.kaoheVersion !== undefined && { kaohe_version: options.kaoheVersion }),
    plan: {
      id: plan.id,
      title: plan.title,
      ...(plan.issuer !== undefined && { issuer: plan.issuer }),
      ...(plan.document !== undefined && { document: plan.document }),
      ...(plan.budget !== undefined && { budget: plan.budget }),
      period: { from: plan.period.from, to: plan.period.to },
      ...(options.asOf !== undefined && { as_of: options.asOf }),
    },
    inputs: [
      ...options.inputs.map((input) => ({ path: input.path, sha256: input.sha256 })),
      ...(previous ? [{ path: previous.path, sha256: previous.sha256, role: 'previous' as const }] : []),
    ],
  };
}

// The sums and counts of the totals, a unit at a time (first-phase outcomes: a quota's demotion moves no count).
class Totals {
  private reward = ZERO;
  private penalty = ZERO;
  private units = 0;
  private met = 0;
  private missed = 0;
  private incomplete = 0;
  private ineligible = 0;
  private downgraded = 0;

  add(s: ScoredUnit): void {
    this.reward = this.reward.plus(s.reward);
    this.penalty = this.penalty.plus(s.penalty);
    this.units++;
    if (s.result.overall === 'met') this.met++;
    else if (s.result.overall === 'missed') this.missed++;
    else if (s.result.overall === 'incomplete') this.incomplete++;
    if (!s.result.award_eligible) this.ineligible++;
    if (s.downgraded) this.downgraded++;
  }

  of(cohort: CohortOutcome | undefined): Result['totals'] {
    return {
      units: this.units,
      met: this.met,
      missed: this.missed,
      incomplete: this.incomplete,
      award_ineligible: this.ineligible,
      downgraded: this.downgraded,
      reward_yuan: toPlain(this.reward),
      penalty_yuan: toPlain(this.penalty),
      net_yuan: toPlain(this.reward.minus(this.penalty)),
      ...(cohort && { prize_yuan: toPlain(cohort.prizeYuan), last_place: cohort.lastPlace }),
    };
  }
}

/**
 * Returns `unit\u0000indicator` for each any_child_fails indicator a unit misses through a child (市、任何一个县
 * 没有文件不得分): deepest units first, so a grandchild's miss reaches the top.
 */
function failedByChildren(scoring: PlanScoring): Set<string> {
  const failed = new Set<string>();
  const { plan, depths } = scoring;
  const watched = plan.indicators.filter((i) => i.anyChildFails === true);
  if (watched.length === 0) return failed;
  const deepestFirst = [...plan.units].sort((a, b) => (depths.get(b.id) ?? 0) - (depths.get(a.id) ?? 0));
  const withFailed = { ...scoring, failedByChild: failed };
  for (const unit of deepestFirst) {
    if (unit.parent === undefined) continue;
    for (const indicator of watched) {
      const target = unit.targets.get(indicator.id);
      if (target === undefined) continue;
      const status = evaluateIndicator(withFailed, unit, indicator, target, false).status;
      if (status === 'missed') failed.add(`${unit.parent}\u0000${indicator.id}`);
    }
  }
  return failed;
}
