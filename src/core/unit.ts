// One responsible unit: its applicable indicators, overall result, rules, money and grade.
import { ZERO, toPlain, toShown } from '../decimal.js';
import type { D } from '../decimal.js';
import type { Overall, Plan, Rule, RuleEffect, Unit, UnitResult } from '../model.js';
import { tieValuesOf } from './cohort/order.js';
import { gradeOf } from './grade.js';
import { evaluateIndicator } from './indicator.js';
import type { Evaluated } from './indicator.js';
import { applyRule } from './rules/index.js';
import type { RuleOutcome } from './rules/define-rule.js';
import { formatSource } from './source.js';
import type { ValueLookup } from './values.js';

/** One unit scored: its result entry and the exact sums the totals add up. */
export interface ScoredUnit {
  result: UnitResult;
  /** The exact total (the result shows it rounded when it is an unending quotient). */
  score: D;
  /** The exact value of each of the plan's tie-breaks, better is higher; null when the unit has none. */
  tieValues: (D | null)[];
  reward: D;
  penalty: D;
  downgraded: boolean;
}

/** Returns the ids of the indicators that decide the unit's overall result, among those it has targets for. */
export function requiredIndicators(plan: Plan, unit: Unit): Set<string> {
  const applicable = plan.indicators.filter((indicator) => unit.targets.has(indicator.id));
  if (plan.overall === 'all') return new Set(applicable.map((i) => i.id));
  if (plan.overall === 'binding') return new Set(applicable.filter((i) => i.binding).map((i) => i.id));
  const listed = new Set(plan.overall);
  return new Set(applicable.filter((i) => listed.has(i.id)).map((i) => i.id));
}

/**
 * Returns the overall result: missed if any required indicator is missed, else incomplete if any is missing, else met.
 */
export function overallOf(evaluated: readonly Evaluated[]): Overall {
  const required = evaluated.filter((e) => e.required);
  if (required.some((e) => e.status === 'missed')) return 'missed';
  return required.some((e) => e.status === 'missing') ? 'incomplete' : 'met';
}

/** Returns every unit's number of ancestors (0 for a root), by unit id. */
export function depthsOf(plan: Plan): Map<string, number> {
  const parents = new Map(plan.units.map((u) => [u.id, u.parent]));
  const depths = new Map<string, number>();
  for (const unit of plan.units) {
    const seen = new Set<string>([unit.id]);
    let depth = 0;
    for (let parent = unit.parent; parent !== undefined && !seen.has(parent); parent = parents.get(parent)) {
      seen.add(parent); // the loader forbids cycles; this only keeps a bad model from looping
      depth += 1;
    }
    depths.set(unit.id, depth);
  }
  return depths;
}

/** What scoring a unit reads besides the unit: the plan, its values, the --as-of year and the units' depths. */
export interface PlanScoring {
  plan: Plan;
  lookup: ValueLookup;
  asOf: number | undefined;
  depths: ReadonlyMap<string, number>;
}

/** Returns one unit scored against the plan. */
export function evaluateUnit(scoring: PlanScoring, unit: Unit): ScoredUnit {
  const { plan, depths } = scoring;
  const required = requiredIndicators(plan, unit);
  const evaluated: Evaluated[] = [];
  for (const indicator of plan.indicators) {
    const target = unit.targets.get(indicator.id);
    if (target !== undefined)
      evaluated.push(evaluateIndicator(scoring, unit, indicator, target, required.has(indicator.id)));
  }
  const overall = overallOf(evaluated);
  const outcomes = outcomesOf(plan, unit, overall, evaluated);
  const score = evaluated.reduce((sum, e) => sum.plus(e.score), ZERO);
  const maxScore = evaluated.reduce((sum, e) => sum.plus(e.indicator.weight), ZERO);
  const reward = outcomes.reduce((sum, o) => sum.plus(o.reward ?? ZERO), ZERO);
  const penalty = outcomes.reduce((sum, o) => sum.plus(o.penalty ?? ZERO), ZERO);
  const steps = outcomes.reduce((sum, o) => sum + (o.steps ?? 0), 0);
  const result: UnitResult = {
    id: unit.id,
    name: unit.name,
    ...(unit.parent !== undefined && { parent: unit.parent }),
    depth: depths.get(unit.id) ?? 0,
    indicators: evaluated.map((e) => e.result),
    score: toShown(score),
    max_score: toPlain(maxScore),
    overall,
    reward_yuan: toPlain(reward),
    penalty_yuan: toPlain(penalty),
    net_yuan: toPlain(reward.minus(penalty)),
    award_eligible: !outcomes.some((o) => o.disqualify === true),
    grade: gradeOf(plan.grades, unit.baseGrade, score, steps),
    responsible: responsibleOf(unit),
    rules: plan.rules.map((rule, i) => effectOf(rule, i, outcomes[i] ?? idleOutcome(rule))),
  };
  const tieValues = tieValuesOf(plan.cohort?.tieBreaks ?? [], evaluated);
  return { result, score, tieValues, reward, penalty, downgraded: steps > 0 };
}

function outcomesOf(plan: Plan, unit: Unit, overall: Overall, evaluated: readonly Evaluated[]): RuleOutcome[] {
  const indicators = new Map(evaluated.map((e) => [e.indicator.id, e]));
  // 不完整 (incomplete) decides nothing: no rule fires until every required actual is in.
  return plan.rules.map((rule) =>
    overall === 'incomplete' ? idleOutcome(rule) : applyRule(rule, { plan, unit, overall, indicators }),
  );
}

function idleOutcome(rule: Rule): RuleOutcome {
  return rule.type === 'per_person' ? { fired: false, indicator: rule.indicator } : { fired: false };
}

function effectOf(rule: Rule, index: number, outcome: RuleOutcome): RuleEffect {
  return {
    rule: index + 1,
    type: rule.type,
    fired: outcome.fired,
    source: formatSource(rule.source),
    ...(outcome.indicator !== undefined && { indicator: outcome.indicator }),
    ...(outcome.persons !== undefined && { persons: outcome.persons }),
    ...(outcome.reward !== undefined && { reward_yuan: toPlain(outcome.reward) }),
    ...(outcome.penalty !== undefined && { penalty_yuan: toPlain(outcome.penalty) }),
    ...(outcome.steps !== undefined && { steps: outcome.steps }),
  };
}

function responsibleOf(unit: Unit): UnitResult['responsible'] {
  const r = unit.responsible;
  return {
    ...(r.head !== undefined && { head: r.head }),
    ...(r.deputy !== undefined && { deputy: r.deputy }),
    ...(r.department_head !== undefined && { department_head: r.department_head }),
    ...(r.staff !== undefined && { staff: r.staff }),
  };
}
