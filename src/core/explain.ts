// The audit trail of one unit: the arithmetic that `score` did, step by step, in both languages,
// each step with the place its number came from. It reads the result (so it can never disagree
// with what was scored) and the plan and actuals (for what the result does not keep: the actual
// before rounding, the rule's rates, the grade thresholds).
import { D, toShown } from '../decimal.js';
import type { Actual, Msg, Plan, Result, Rule, RuleEffect, UnitResult } from '../model.js';
import { type CohortStep, explainCohort } from './cohort/explain.js';
import { formatSource } from './source.js';
import { thresholdIndex } from './grade.js';
import { createValueLookup } from './values.js';
import { ruleDefinition } from './rules/index.js';
import { explainIndicator, m, OVERALL, type Ctx } from './explain-indicator.js';

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
  | 'grade'
  | CohortStep['kind'];

/** One step of the arithmetic: its text in both languages, its exact value and where its number was written. */
export interface ExplainStep {
  kind: StepKind;
  indicator?: string;
  /** The rule's number (from 1), for rule steps. */
  rule?: number;
  text: Msg;
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
    const concerns = indicatorId === undefined || ruleDefinition(rule.type).concerns(rule, indicatorId);
    if (effect !== undefined && concerns) steps.push(explainRule(ctx, scored, rule, effect));
  });
  if (indicatorId === undefined) steps.push(explainMoney(ctx, scored), ...explainGrade(ctx, scored));
  if (indicatorId === undefined) steps.push(...explainCohort(input.plan, input.result, scored, (t) => ctx.n(t)));
  return {
    plan: { id: input.plan.id, title: input.plan.title },
    unit: { id: unit.id, name: unit.name },
    ...(indicatorId !== undefined && { indicator: indicatorId }),
    steps,
  };
}

function explainTotalScore(ctx: Ctx, scored: UnitResult): ExplainStep {
  const terms = scored.indicators.map((i) => ctx.n(i.score)).join(' + ') || '0';
  const max =
    scored.max_score === undefined
      ? m('', '')
      : m(` of ${ctx.n(scored.max_score)}`, `(满分 ${ctx.n(scored.max_score)})`);
  return {
    kind: 'score',
    value: scored.score,
    text: m(
      `unit score: ${terms} = ${ctx.n(scored.score)}${max.en}`,
      `单位得分:${terms} = ${ctx.n(scored.score)}${max.zh}`,
    ),
  };
}

function explainOverall(scored: UnitResult): ExplainStep {
  const required = scored.indicators.filter((i) => i.required !== false);
  const names = (status: string): string =>
    required
      .filter((i) => i.status === status)
      .map((i) => i.name ?? i.id)
      .join(', ');
  const o = OVERALL[scored.overall]!;
  const why =
    scored.overall === 'met'
      ? m('every required indicator is met', '所有计入总体目标的指标均达标')
      : scored.overall === 'missed'
        ? m(`missed: ${names('missed')}`, `未达标:${names('missed').replace(/, /g, '、')}`)
        : m(
            `no actual for ${names('missing')}; no rule fires until every required actual is in`,
            `${names('missing').replace(/, /g, '、')} 缺数据;数据齐全前不执行任何奖惩规则`,
          );
  return {
    kind: 'overall',
    value: scored.overall,
    text: m(`overall: ${o.en} (${why.en})`, `总体目标:${o.zh}(${why.zh})`),
  };
}

function explainRule(ctx: Ctx, scored: UnitResult, rule: Rule, effect: RuleEffect): ExplainStep {
  const base = { kind: 'rule' as const, rule: effect.rule, source: effect.source ?? formatSource(rule.source) };
  const definition = ruleDefinition(rule.type);
  if (scored.overall === 'incomplete' && !definition.decidesWhenIncomplete)
    return {
      ...base,
      text: m(`${rule.type}: does not fire, the unit is incomplete`, `${rule.type}:不执行,该单位数据不全`),
    };
  return { ...base, ...definition.explain(rule, { plan: ctx.input.plan, scored, effect, n: ctx.n }) };
}

function explainMoney(ctx: Ctx, scored: UnitResult): ExplainStep {
  const [r, p, net] = [ctx.n(scored.reward_yuan), ctx.n(scored.penalty_yuan), ctx.n(scored.net_yuan)];
  return {
    kind: 'money',
    value: scored.net_yuan,
    text: m(`money: reward ${r} − fine ${p} = net ${net} yuan`, `奖惩:奖励 ${r} 元 − 罚款 ${p} 元 = 净额 ${net} 元`),
  };
}

function explainGrade(ctx: Ctx, scored: UnitResult): ExplainStep[] {
  const grades = ctx.input.plan.grades;
  const g = scored.grade;
  if (grades === undefined || g === null) return [{ kind: 'grade', text: m('no grades in the plan', '方案未设等次') }];
  let before: ExplainStep;
  if (ctx.unit.baseGrade !== undefined) {
    before = {
      kind: 'grade',
      value: g.base,
      source: formatSource(ctx.unit.source),
      text: m(`grade before: ${g.base}, given in the plan (base_grade)`, `降等前等次:${g.base}(方案指定 base_grade)`),
    };
  } else {
    const score = new D(scored.score);
    const i = thresholdIndex(grades, score);
    const n = grades.thresholds.length - 1;
    const last = grades.thresholds[n];
    const cmp =
      i >= 0
        ? `${ctx.n(scored.score)} ${grades.exclusive?.[i] ? '>' : '≥'} ${ctx.n(grades.thresholds[i]!)}`
        : last === undefined
          ? ctx.n(scored.score)
          : `${ctx.n(scored.score)} ${grades.exclusive?.[n] ? '≤' : '<'} ${ctx.n(last)}`;
    // A gate the unit fails denies the level its score reached (优秀 needs the overall target met).
    const gated =
      g.gated_from === undefined
        ? m('', '')
        : m(`${g.gated_from}, but the unit fails that level's gate → `, `${g.gated_from},但未满足该等次的门槛 → `);
    before = {
      kind: 'grade',
      value: g.base,
      text: m(`grade before: score ${cmp} → ${gated.en}${g.base}`, `降等前等次:得分 ${cmp} → ${gated.zh}${g.base}`),
    };
  }
  // The grade before any quota (the cohort phase explains a quota's change in its own step).
  const final = scored.quotas?.[0]?.level ?? g.final;
  const fired = (scored.rules ?? []).some((r) => r.type === 'downgrade' && r.fired);
  const after =
    g.steps_down > 0
      ? m(
          `grade after: ${g.base} down ${g.steps_down} → ${final}`,
          `降等后等次:${g.base} 降 ${g.steps_down} 等 → ${final}`,
        )
      : fired
        ? m(`grade after: ${final}, already the lowest level`, `降等后等次:${final},已是最低等次`)
        : m(`grade after: ${final} (no downgrade)`, `最终等次:${final}(不降等)`);
  return [before, { kind: 'grade', value: final, text: after }];
}
