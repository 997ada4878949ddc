// One responsible unit: its applicable indicators, overall result, rules, money and grade.
import { ZERO, toPlain, toShown } from '../decimal.js';
import type { D } from '../decimal.js';
import type { Overall, Plan, Rule, RuleEffect, Unit, UnitResult, VetoFired } from '../model.js';
import { tieValuesOf } from './cohort/order.js';
import { gradeOf, type GradeMove } from './grade.js';
import { evaluateIndicator } from './indicator.js';
import type { Evaluated } from './indicator.js';
import { applyRule, ruleDefinition } from '../rules/index.js';
import type { RuleOutcome } from '../rules/define-rule.js';
import { formatSource } from './source.js';
import { scorePointTable, type SectionValue } from './items.js';
import type { RelativeBasis, SectionTop } from './cohort/relative.js';
import { isTargetless } from './score.js';
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
  /** Each section's exact points (after caps), subtotal and points before its own cap; absent without sections. */
  sectionValues?: ReadonlyMap<string, SectionValue>;
}

/** Returns the ids of the indicators that decide the unit's overall result, among those it has targets for. */
export function requiredIndicators(plan: Plan, unit: Unit): Set<string> {
  // Events and directly given scores never decide the overall result: they are counts and points, not targets.
  const applicable = plan.indicators.filter((indicator) => unit.targets.has(indicator.id) && !isTargetless(indicator));
  if (plan.overall === 'all') return new Set(applicable.map((i) => i.id));
  if (plan.overall === 'binding') return new Set(applicable.filter((i) => i.binding).map((i) => i.id));
  const listed = new Set(plan.overall);
  return new Set(applicable.filter((i) => listed.has(i.id)).map((i) => i.id));
}

/**
 * Returns the overall result: missed if any required indicator is missed, else incomplete if any is missing or any
 * item that earns points has no actual (`missingItems`: its total would be partial), else met.
 */
export function overallOf(evaluated: readonly Evaluated[], missingItems: readonly string[] = []): Overall {
  const required = evaluated.filter((e) => e.required);
  if (required.some((e) => e.status === 'missed')) return 'missed';
  return required.some((e) => e.status === 'missing') || missingItems.length > 0 ? 'incomplete' : 'met';
}

/**
 * Returns the ids of the unit's scored items without an actual (--allow-missing): an indicator worth points (a weight,
 * an event, a given score, a member of a group). A total without them is partial: no grade is read from it and the
 * cohort phase sets the unit aside.
 */
export function missingItemsOf(plan: Plan, evaluated: readonly Evaluated[]): string[] {
  if (!evaluated.some((e) => e.status === 'missing')) return [];
  const grouped = new Set((plan.groups ?? []).flatMap((g) => g.indicators));
  // A point-table method (events and given scores among them) scores even at weight 0.
  const scored = (e: Evaluated): boolean =>
    e.indicator.weight.gt(0) || grouped.has(e.indicator.id) || e.indicator.method !== undefined;
  return evaluated.filter((e) => e.status === 'missing' && scored(e)).map((e) => e.indicator.id);
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
  /** `unit\u0000indicator` of each any_child_fails indicator a unit misses through one of its children. */
  failedByChild?: ReadonlySet<string>;
  /** The cohort phase's reading of each relative item (`unit\u0000indicator`): the best value, the unit's rank. */
  bases?: ReadonlyMap<string, RelativeBasis>;
  /** The top of each section normalised by its top scorer (normalise: top), by section id. */
  tops?: ReadonlyMap<string, SectionTop>;
}

/** Returns one unit scored against the plan. */
export function evaluateUnit(scoring: PlanScoring, unit: Unit): ScoredUnit {
  const { plan, depths } = scoring;
  const required = requiredIndicators(plan, unit);
  const evaluated: Evaluated[] = [];
  for (const indicator of plan.indicators) {
    // An event or a directly given score needs no target: it applies to every unit, against 0.
    const target =
      unit.targets.get(indicator.id) ??
      (isTargetless(indicator) ? { value: ZERO, source: indicator.source } : undefined);
    if (target !== undefined)
      evaluated.push(evaluateIndicator(scoring, unit, indicator, target, required.has(indicator.id)));
  }
  const missingItems = missingItemsOf(plan, evaluated);
  const overall = overallOf(evaluated, missingItems);
  const outcomes = outcomesOf(plan, unit, overall, evaluated);
  const table = scorePointTable(plan, evaluated, scoring.tops);
  const score = table.total;
  const maxScore = table.maxScore;
  const reward = outcomes.reduce((sum, o) => sum.plus(o.reward ?? ZERO), ZERO);
  const penalty = outcomes.reduce((sum, o) => sum.plus(o.penalty ?? ZERO), ZERO);
  const steps = outcomes.reduce((sum, o) => sum + (o.steps ?? 0), 0);
  // A veto that zeroes the score does so before the grade is read from it; grade moves then apply in plan order.
  const zeroed = outcomes.some((o) => o.fired && o.zeroScore === true);
  const total = zeroed ? ZERO : score;
  // 不以残缺总分评等次: a partial total gives no grade, unless the plan gives the unit its base grade.
  const partial = missingItems.length > 0 && unit.baseGrade === undefined;
  const moves = movesOf(outcomes);
  const grade = partial
    ? null
    : gradeOf(plan.grades, unit.baseGrade, total, moves, deniedLevels(plan, overall, evaluated));
  const vetoes = vetoesOf(plan, outcomes);
  const result: UnitResult = {
    id: unit.id,
    name: unit.name,
    ...(unit.parent !== undefined && { parent: unit.parent }),
    depth: depths.get(unit.id) ?? 0,
    indicators: evaluated.map((e) => e.result),
    score: toShown(total),
    ...(zeroed && { score_before_veto: toShown(score) }),
    max_score: toPlain(maxScore),
    ...(table.groups !== undefined && { groups: table.groups }),
    ...(table.sections !== undefined && { sections: table.sections }),
    ...(table.bonus !== undefined && { bonus: toShown(table.bonus) }),
    overall,
    ...(missingItems.length > 0 && { missing_items: missingItems }),
    reward_yuan: toPlain(reward),
    penalty_yuan: toPlain(penalty),
    net_yuan: toPlain(reward.minus(penalty)),
    award_eligible: !outcomes.some((o) => o.disqualify === true),
    grade,
    responsible: responsibleOf(unit),
    rules: plan.rules.map((rule, i) => effectOf(rule, i, outcomes[i] ?? ruleDefinition(rule.type).idle(rule))),
    ...(vetoes.length > 0 && { vetoes }),
  };
  const tieValues = tieValuesOf(plan.cohort?.tieBreaks ?? [], evaluated, table.sectionValues);
  const downgraded = steps > 0 || (grade?.steps_down ?? 0) > 0;
  return {
    result,
    score: total,
    tieValues,
    reward,
    penalty,
    downgraded,
    ...(table.sectionValues && { sectionValues: table.sectionValues }),
  };
}

// The grade moves of the rules that fired, in plan order.
function movesOf(outcomes: readonly RuleOutcome[]): GradeMove[] {
  const moves: GradeMove[] = [];
  for (const o of outcomes) {
    if (!o.fired) continue;
    if (o.steps !== undefined) moves.push({ steps: o.steps });
    if (o.forceGrade !== undefined) moves.push({ force: o.forceGrade });
    if (o.barLevel !== undefined) moves.push({ bar: o.barLevel });
  }
  return moves;
}

/** Returns the levels whose gates the unit fails (优秀 needs the overall target met), in the plan's order. */
export function deniedLevels(plan: Plan, overall: Overall, evaluated: readonly Evaluated[]): string[] {
  if (plan.grades?.gates === undefined || plan.grades.gates.length === 0) return [];
  const met = new Set(evaluated.filter((e) => e.status === 'met').map((e) => e.indicator.id));
  return (plan.grades?.gates ?? [])
    .filter((gate) =>
      gate.requires === 'overall_met' ? overall !== 'met' : !gate.requires.indicatorsMet.every((id) => met.has(id)),
    )
    .map((gate) => gate.level);
}

// The overrides that fired (一票否决), each with its rule's number and plan line.
function vetoesOf(plan: Plan, outcomes: readonly RuleOutcome[]): VetoFired[] {
  const vetoes: VetoFired[] = [];
  outcomes.forEach((o, i) => {
    const rule = plan.rules[i];
    if (o.fired && o.override !== undefined && rule !== undefined)
      vetoes.push({ rule: i + 1, ...o.override, source: formatSource(rule.source) });
  });
  return vetoes;
}

function outcomesOf(plan: Plan, unit: Unit, overall: Overall, evaluated: readonly Evaluated[]): RuleOutcome[] {
  if (plan.rules.length === 0) return [];
  const indicators = new Map(evaluated.map((e) => [e.indicator.id, e]));
  // 不完整 (incomplete) decides nothing for most types: applyRule leaves them idle until every required actual is in.
  return plan.rules.map((rule) => applyRule(rule, { plan, unit, overall, indicators }));
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
