// The entry point of the pure core: one plan and its actuals in, the result document out.
import { ZERO, toPlain } from '../decimal.js';
import type { Actual, Plan, Result, ScoreOptions } from '../model.js';
import { type CohortOutcome, completeCohort } from './cohort/index.js';
import { withCohortReadings } from './cohort/relative.js';
import { evaluateIndicator } from './indicator.js';
import { depthsOf, evaluateUnit } from './unit.js';
import type { PlanScoring, ScoredUnit } from './unit.js';
import { createValueLookup } from './values.js';

/** Returns the result of scoring one plan against its actuals (the public result JSON, schemas/result.schema.json). */
export function evaluatePlan(plan: Plan, actuals: Actual[], options: ScoreOptions): Result {
  const base = { plan, lookup: createValueLookup(plan, actuals), asOf: options.asOf, depths: depthsOf(plan) };
  // Relative items and normalised sections read every unit's values before any unit is scored (the cohort phase's
  // first half); the ranks, quotas and prizes below read the scored units.
  const scoring = withCohortReadings({ ...base, failedByChild: failedByChildren(base) });
  const scored = plan.units.map((unit) => evaluateUnit(scoring, unit));
  // The second phase: ranks, quotas, prizes, 末位 and consequences, over the results of the first.
  const cohort = completeCohort(plan, scored, options.previous);
  const previous = options.previous;
  // Built literally, in the schema's order: the JSON writer serialises keys as inserted.
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
    units: cohort?.units ?? scored.map((s) => s.result),
    totals: totalsOf(scored, cohort),
    ...(cohort && { cohort: cohort.cohort }),
  };
}

function totalsOf(scored: readonly ScoredUnit[], cohort: CohortOutcome | undefined): Result['totals'] {
  const reward = scored.reduce((sum, s) => sum.plus(s.reward), ZERO);
  const penalty = scored.reduce((sum, s) => sum.plus(s.penalty), ZERO);
  const count = (test: (s: ScoredUnit) => boolean): number => scored.filter(test).length;
  return {
    units: scored.length,
    met: count((s) => s.result.overall === 'met'),
    missed: count((s) => s.result.overall === 'missed'),
    incomplete: count((s) => s.result.overall === 'incomplete'),
    award_ineligible: count((s) => !s.result.award_eligible),
    downgraded: count((s) => s.downgraded),
    reward_yuan: toPlain(reward),
    penalty_yuan: toPlain(penalty),
    net_yuan: toPlain(reward.minus(penalty)),
    ...(cohort && { prize_yuan: toPlain(cohort.prizeYuan), last_place: cohort.lastPlace }),
  };
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
