// The audit trail of one unit: the arithmetic that `score` did, step by step, each step a phrase of the
// catalogue with its numbers (src/report words it in either language) and the place its number came from.
// It reads the result (so it can never disagree with what was scored) and the plan and actuals (for what the
// result does not keep: the actual before rounding, the rule's rates, the grade thresholds).
import { D, toShown } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import type { Actual, Plan, Result, Rule, RuleEffect, UnitResult } from '../model.js';
import { formatSource } from './source.js';
import { createValueLookup } from './values.js';
import { explainIndicator, say, type Ctx } from './explain-indicator.js';

/** What a step explains. */
export type StepKind =
  | 'target'
  | 'actual'
  | 'conversion'
  | 'fold'
  | 'rounding'
  | 'comparison'
  | 'surplus'
  | 'score'
  | 'overall'
  | 'rule'
  | 'money'
  | 'grade';

/** One step of the arithmetic: what it says (a phrase, not yet worded), its exact value, where its number came from. */
export interface ExplainStep {
  kind: StepKind;
  indicator?: string;
  /** The rule's number (from 1), for rule steps. */
  rule?: number;
  say: Phrase;
  value?: string;
  source?: string;
  /** The places of the other numbers a step uses (a rule's target and actual), so that it reads on its own. */
  refs?: { name: 'target' | 'actual'; source: string }[];
}

/** The explanation of one unit (or one of its indicators). */
export interface Explanation {
  plan: { id: string; title: string };
  unit: { id: string; name: string };
  indicator?: string;
  steps: ExplainStep[];
}

/**
 * What explaining needs: the plan, its actuals, the result scored from them, and how to show numbers and written text.
 */
export interface ExplainInput {
  plan: Plan;
  actuals: readonly Actual[];
  result: Result;
  /** The text as written at a source ("12.5万"), to show a conversion; undefined when unknown. */
  written?: (source: string) => string | undefined;
  /**
   * How numbers are shown in the texts (thousands separators, say); plain decimal text by default. An unending quotient
   * is shown as the result shows it (toShown).
   */
  formatNumber?: (text: string) => string;
}

/** Returns the steps that explain one unit's result (or, given an indicator id, that indicator and the rules on it). */
export function explainUnit(input: ExplainInput, unitId: string, indicatorId?: string): Explanation {
  const unit = input.plan.units.find((u) => u.id === unitId);
  const scored = input.result.units.find((u) => u.id === unitId);
  // The command resolves the unit first; an id missing here is a bug in the caller.
  if (unit === undefined || scored === undefined) throw new Error(`kaohe: no unit ${unitId} to explain`);
  const format = input.formatNumber ?? ((t: string) => t);
  const ctx: Ctx = {
    input,
    unit,
    lookup: createValueLookup(input.plan, input.actuals),
    n: (v) => format(typeof v === 'string' ? v : toShown(v)),
  };
  const steps: ExplainStep[] = [];
  for (const ind of scored.indicators) {
    const indicator = input.plan.indicators.find((i) => i.id === ind.id);
    if (indicator !== undefined && (indicatorId === undefined || indicatorId === ind.id))
      steps.push(...explainIndicator(ctx, indicator, ind));
  }
  if (indicatorId === undefined) steps.push(explainTotalScore(ctx, scored));
  steps.push(explainOverall(scored));
  input.plan.rules.forEach((rule, i) => {
    const effect = scored.rules?.[i];
    const concerns = indicatorId === undefined || (rule.type === 'per_person' && rule.indicator === indicatorId);
    if (effect !== undefined && concerns) steps.push(explainRule(ctx, scored, rule, effect));
  });
  if (indicatorId === undefined) steps.push(explainMoney(ctx, scored), ...explainGrade(ctx, scored));
  return {
    plan: { id: input.plan.id, title: input.plan.title },
    unit: { id: unit.id, name: unit.name },
    ...(indicatorId !== undefined && { indicator: indicatorId }),
    steps,
  };
}

function explainTotalScore(ctx: Ctx, scored: UnitResult): ExplainStep {
  const terms = scored.indicators.map((i) => ctx.n(i.score)).join(' + ') || '0';
  const max = scored.max_score === undefined ? '' : say('explain.unit_score_max', { max: ctx.n(scored.max_score) });
  return {
    kind: 'score',
    value: scored.score,
    say: say('explain.unit_score', { terms, score: ctx.n(scored.score), max }),
  };
}

function explainOverall(scored: UnitResult): ExplainStep {
  const required = scored.indicators.filter((i) => i.required !== false);
  const names = (status: string) => ({
    list: required.filter((i) => i.status === status).map((i) => i.name ?? i.id),
  });
  const why =
    scored.overall === 'met'
      ? say('explain.overall_met')
      : scored.overall === 'missed'
        ? say('explain.overall_missed', { names: names('missed') })
        : say('explain.overall_incomplete', { names: names('missing') });
  return {
    kind: 'overall',
    value: scored.overall,
    say: say('explain.overall', { overall: say(`overall.${scored.overall}`), why }),
  };
}

function explainRule(ctx: Ctx, scored: UnitResult, rule: Rule, effect: RuleEffect): ExplainStep {
  const base = { kind: 'rule' as const, rule: effect.rule, source: effect.source ?? formatSource(rule.source) };
  if (scored.overall === 'incomplete') return { ...base, say: say('explain.rule_incomplete', { type: rule.type }) };
  const missed = scored.overall === 'missed';
  if (rule.type === 'disqualify_award') {
    return {
      ...base,
      value: String(!missed),
      say: say(missed ? 'explain.award_withdrawn' : 'explain.award_kept'),
    };
  }
  if (rule.type === 'downgrade') {
    return {
      ...base,
      say: missed
        ? say(rule.steps === 1 ? 'explain.downgrade_one' : 'explain.downgrade', { steps: rule.steps })
        : say('explain.no_downgrade'),
    };
  }
  return { ...base, ...explainPerPerson(ctx, scored, rule, effect) };
}

function explainPerPerson(
  ctx: Ctx,
  scored: UnitResult,
  rule: Extract<Rule, { type: 'per_person' }>,
  effect: RuleEffect,
): Pick<ExplainStep, 'say' | 'value' | 'refs'> {
  const ind = scored.indicators.find((i) => i.id === rule.indicator);
  const indicator = ctx.input.plan.indicators.find((i) => i.id === rule.indicator);
  if (ind === undefined || indicator === undefined) {
    return { say: say('explain.per_person_no_target', { indicator: rule.indicator }) };
  }
  if (ind.actual === null || ind.surplus === null) {
    return { say: say('explain.per_person_no_actual', { indicator: ind.name ?? ind.id }) };
  }
  const [a, t] = [ctx.n(ind.actual), ctx.n(ind.target)];
  const short = new D(ind.surplus).lt(0);
  // Persons short is the shortfall written the right way round: ceil(6000 − 5712), not ceil(−(5712 − 6000)).
  const good = indicator.direction === 'at_most' ? `${t} − ${a}` : `${a} − ${t}`;
  const bad = indicator.direction === 'at_most' ? `${a} − ${t}` : `${t} − ${a}`;
  const expr = indicator.unit === '万人' ? `(${short ? bad : good}) × 10000` : short ? bad : good;
  const persons = String(effect.persons ?? 0);
  const counted = say(short ? 'explain.persons_short' : 'explain.persons_surplus', { expr, persons: ctx.n(persons) });
  const [rate, yuan] = short ? [rule.penalty, effect.penalty_yuan ?? '0'] : [rule.reward, effect.reward_yuan ?? '0'];
  const paid = new D(yuan).gt(0);
  const money = paid
    ? say(short ? 'explain.fine' : 'explain.reward', { persons: ctx.n(persons), rate: ctx.n(rate), yuan: ctx.n(yuan) })
    : persons === '0'
      ? say('explain.no_money')
      : conditionNotMet(short ? rule.penaltyWhen : rule.rewardWhen, short);
  const refs = [
    ...(ind.target_source === undefined ? [] : [{ name: 'target' as const, source: ind.target_source }]),
    ...(ind.actual_source === undefined ? [] : [{ name: 'actual' as const, source: ind.actual_source }]),
  ];
  return {
    value: yuan,
    say: say('explain.per_person', { counted, money }),
    ...(refs.length > 0 && { refs }),
  };
}

function conditionNotMet(
  when: 'overall_met' | 'overall_missed' | 'indicator_met' | 'indicator_missed',
  short: boolean,
): Phrase {
  const what = say(short ? 'explain.no_fine' : 'explain.no_reward');
  return say('explain.condition_not_met', { what, needs: say(`explain.needs.${when}`) });
}

function explainMoney(ctx: Ctx, scored: UnitResult): ExplainStep {
  const [r, p, net] = [ctx.n(scored.reward_yuan), ctx.n(scored.penalty_yuan), ctx.n(scored.net_yuan)];
  return {
    kind: 'money',
    value: scored.net_yuan,
    say: say('explain.money', { reward: r, penalty: p, net }),
  };
}

function explainGrade(ctx: Ctx, scored: UnitResult): ExplainStep[] {
  const grades = ctx.input.plan.grades;
  const g = scored.grade;
  if (grades === undefined || g === null) return [{ kind: 'grade', say: say('explain.no_grades') }];
  let before: ExplainStep;
  if (ctx.unit.baseGrade !== undefined) {
    before = {
      kind: 'grade',
      value: g.base,
      source: formatSource(ctx.unit.source),
      say: say('explain.grade_given', { grade: g.base }),
    };
  } else {
    const score = new D(scored.score);
    const i = grades.thresholds.findIndex((t) => score.gte(t));
    const last = grades.thresholds[grades.thresholds.length - 1];
    const cmp =
      i >= 0
        ? `${ctx.n(scored.score)} ≥ ${ctx.n(grades.thresholds[i]!)}`
        : last === undefined
          ? ctx.n(scored.score)
          : `${ctx.n(scored.score)} < ${ctx.n(last)}`;
    before = {
      kind: 'grade',
      value: g.base,
      say: say('explain.grade_by_score', { comparison: cmp, grade: g.base }),
    };
  }
  const fired = (scored.rules ?? []).some((r) => r.type === 'downgrade' && r.fired);
  const after =
    g.steps_down > 0
      ? say('explain.grade_down', { base: g.base, steps: g.steps_down, final: g.final })
      : say(fired ? 'explain.grade_floor' : 'explain.grade_kept', { final: g.final });
  return [before, { kind: 'grade', value: g.final, say: after }];
}
