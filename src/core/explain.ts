// The audit trail of one unit: the arithmetic that `score` did, step by step, in both languages,
// each step with the place its number came from. It reads the result (so it can never disagree
// with what was scored) and the plan and actuals (for what the result does not keep: the actual
// before rounding, the rule's rates, the grade thresholds).
import { D, toPlain, toShown } from '../decimal.js';
import type { Actual, Indicator, IndicatorResult, Msg, Plan, Result, Rule, RuleEffect, Unit, UnitResult } from '../model.js';
import { roundTo, toleranceOf } from './compare.js';
import { isMultiYear } from './indicator.js';
import { formatSource } from './source.js';
import { createValueLookup, type ValueLookup } from './values.js';

/** What a step explains. */
export type StepKind = 'target' | 'actual' | 'conversion' | 'fold' | 'rounding' | 'comparison' | 'surplus' | 'score' | 'overall' | 'rule' | 'money' | 'grade';

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

/** What explaining needs: the plan, its actuals, the result scored from them, and how to show numbers and written text. */
export interface ExplainInput {
  plan: Plan;
  actuals: readonly Actual[];
  result: Result;
  /** The text as written at a source ("12.5万"), to show a conversion; undefined when unknown. */
  written?: (source: string) => string | undefined;
  /** How numbers are shown in the texts (thousands separators, say); plain decimal text by default. An unending quotient is shown as the result shows it (toShown). */
  formatNumber?: (text: string) => string;
}

const m = (en: string, zh: string): Msg => ({ en, zh });
const YES = m('yes', '是');
const NO = m('no', '否');
const STATUS: Record<string, Msg> = { met: m('met', '达标'), missed: m('missed', '未达标'), missing: m('missing', '缺数据') };
const OVERALL: Record<string, Msg> = { met: m('met', '完成'), missed: m('missed', '未完成'), incomplete: m('incomplete', '数据不全') };
const DIRECTION: Record<string, Msg> = { at_least: m('at least', '不低于'), at_most: m('at most', '不高于'), approx: m('approximately', '左右') };

/** A context shared by the steps of one unit. */
interface Ctx {
  input: ExplainInput;
  unit: Unit;
  lookup: ValueLookup;
  n: (text: string | D) => string;
}

/** Returns the steps that explain one unit's result (or, given an indicator id, that indicator and the rules on it). */
export function explainUnit(input: ExplainInput, unitId: string, indicatorId?: string): Explanation {
  const unit = input.plan.units.find((u) => u.id === unitId);
  const scored = input.result.units.find((u) => u.id === unitId);
  // The command resolves the unit first; an id missing here is a bug in the caller.
  if (unit === undefined || scored === undefined) throw new Error(`kaohe: no unit ${unitId} to explain`);
  const format = input.formatNumber ?? ((t: string) => t);
  const ctx: Ctx = { input, unit, lookup: createValueLookup(input.plan, input.actuals), n: (v) => format(typeof v === 'string' ? v : toShown(v)) };
  const steps: ExplainStep[] = [];
  for (const ind of scored.indicators) {
    const indicator = input.plan.indicators.find((i) => i.id === ind.id);
    if (indicator !== undefined && (indicatorId === undefined || indicatorId === ind.id)) steps.push(...explainIndicator(ctx, indicator, ind));
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

// A growth target is a rate in %, whatever the indicator counts; a year's value is in the indicator's own unit.
function quantity(ctx: Ctx, value: string | D, indicator: Indicator, asRate = isMultiYear(ctx.input.plan) && indicator.overPeriod === 'growth'): string {
  return indicator.unit === '%' || asRate ? `${ctx.n(value)}%` : `${ctx.n(value)} ${indicator.unit}`;
}

function explainIndicator(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const id = indicator.id;
  const target = ctx.unit.targets.get(id)!;
  const dir = DIRECTION[indicator.direction]!;
  const name = `${indicator.name} (${id})`;
  const steps: ExplainStep[] = [{
    kind: 'target', indicator: id, value: toShown(target.value), source: formatSource(target.source),
    text: m(`${name}: target ${quantity(ctx, target.value, indicator)}, ${dir.en}`, `${indicator.name}(${id}):目标 ${quantity(ctx, target.value, indicator)},${dir.zh}`),
  }];
  const due = dueTarget(ctx, indicator, target.value);
  if (due !== undefined) steps.push({ kind: 'target', indicator: id, value: toShown(due.value), text: due.text });
  const raw = isMultiYear(ctx.input.plan) ? explainYears(ctx, indicator, ind, steps) : explainActual(ctx, indicator, steps);
  if (indicator.precision !== undefined) steps.push(explainRounding(ctx, indicator, due?.value ?? target.value, raw));
  steps.push(...explainComparison(ctx, indicator, ind));
  return steps;
}

// 时间过半、任务过半: under --as-of a cumulative target is due pro rata.
function dueTarget(ctx: Ctx, indicator: Indicator, target: D): { value: D; text: Msg } | undefined {
  const { from, to } = ctx.input.plan.period;
  const asOf = ctx.input.result.plan.as_of;
  if (asOf === undefined || !isMultiYear(ctx.input.plan) || (indicator.overPeriod ?? 'sum') !== 'sum') return undefined;
  const [done, all] = [Math.min(asOf, to) - from + 1, to - from + 1];
  const value = target.times(done).dividedBy(all);
  const sum = `${ctx.n(target)} × ${done} / ${all} = ${quantity(ctx, value, indicator)}`;
  return { value, text: m(`due by ${asOf} (pro rata, ${done} of ${all} years): ${sum}`, `截至 ${asOf} 年应完成(按时间过半、任务过半,${done}/${all} 年):${sum}`) };
}

/** Returns the actual before rounding (undefined when missing), after adding its steps. */
function explainActual(ctx: Ctx, indicator: Indicator, steps: ExplainStep[]): D | undefined {
  const id = indicator.id;
  const value = ctx.lookup(ctx.unit.id, id, ctx.input.plan.period.to);
  const source = value.source === undefined ? undefined : formatSource(value.source);
  const at = source === undefined ? {} : { source };
  if (indicator.rateOf !== undefined && value.value !== null) {
    const { numerator, denominator } = indicator.rateOf;
    const [a, b] = [numerator, denominator].map((i) => ctx.lookup(ctx.unit.id, i, ctx.input.plan.period.to).value ?? new D(0));
    const sum = `${ctx.n(a!)} × 100 / ${ctx.n(b!)} = ${quantity(ctx, value.value, indicator)}`;
    steps.push({ kind: 'actual', indicator: id, value: toShown(value.value), text: m(`actual: ${numerator} / ${denominator}: ${sum}`, `实际:${numerator} / ${denominator}:${sum}`) });
  } else if (value.value === null) {
    steps.push({ kind: 'actual', indicator: id, ...at, text: m(`actual: none, so the indicator is missing${value.rolledUp ? ' (a child unit has no actual)' : ''}`, `实际:无数据,该指标缺数据${value.rolledUp ? '(有下级单位缺数据)' : ''}`) });
    return undefined;
  } else {
    const shown = quantity(ctx, value.value, indicator);
    const text = value.rolledUp ? m(`actual: ${shown}, the sum of the child units' actuals`, `实际:${shown},由下级单位汇总`) : m(`actual: ${shown}`, `实际:${shown}`);
    steps.push({ kind: 'actual', indicator: id, value: toShown(value.value), ...at, text });
    const written = source === undefined ? undefined : ctx.input.written?.(source)?.trim();
    if (written !== undefined && written !== '' && written !== toPlain(value.value)) {
      steps.push({ kind: 'conversion', indicator: id, value: toShown(value.value), ...at, text: m(`written "${written}", read as ${shown}`, `填写为"${written}",换算为 ${shown}`) });
    }
  }
  return value.value;
}

/** Returns the folded actual before rounding (undefined when it has no simple sum), after adding a step per year and the fold. */
function explainYears(ctx: Ctx, indicator: Indicator, ind: IndicatorResult, steps: ExplainStep[]): D | undefined {
  const id = indicator.id;
  const summed = ind.rolled_up ? m(', the sum of the child units\' actuals', ',由下级单位汇总') : m('', '');
  for (const y of ind.years ?? []) {
    const shown = y.actual === null ? '' : quantity(ctx, y.actual, indicator, false);
    const text = y.actual === null ? m(`${y.year}: no actual (missing)`, `${y.year} 年:无数据`) : m(`${y.year}: ${shown}${summed.en}`, `${y.year} 年:${shown}${summed.zh}`);
    steps.push({ kind: 'actual', indicator: id, ...(y.actual !== null && { value: y.actual }), ...(y.source !== undefined && { source: y.source }), text });
  }
  const values = (ind.years ?? []).map((y) => y.actual);
  if (ind.actual === null || values.includes(null)) return undefined;
  const ds = (values as string[]).map((v) => new D(v));
  const total = ds.reduce((s, v) => s.plus(v), new D(0));
  const terms = (values as string[]).map((v) => ctx.n(v)).join(' + ');
  const over = indicator.overPeriod ?? 'sum';
  const fold: Record<string, { raw?: D; text: Msg }> = {
    sum: { raw: total, text: m(`sum over the years: ${terms} = ${ctx.n(total)}`, `逐年累计:${terms} = ${ctx.n(total)}`) },
    average: { raw: total.dividedBy(ds.length), text: m(`average: (${terms}) / ${ds.length} = ${ctx.n(total.dividedBy(ds.length))}`, `年均:(${terms}) / ${ds.length} = ${ctx.n(total.dividedBy(ds.length))}`) },
    end: { raw: ds[ds.length - 1], text: m(`the value of the last year counts: ${ctx.n(ind.actual)}`, `以末年数值为准:${ctx.n(ind.actual)}`) },
    every_year: { text: m(`every year must meet the target; the worst year is shown: ${ctx.n(ind.actual)}`, `每年均须达到目标;取最差年份:${ctx.n(ind.actual)}`) },
    growth: { text: m(`compound average annual growth from the base year: ${ctx.n(ind.actual)}% (compared exactly: end × 100^n against base × (100 + target)^n)`, `以基年起算的年均增长率:${ctx.n(ind.actual)}%(精确比较:末年 × 100^n 与 基年 × (100 + 目标)^n)`) },
  };
  const chosen = fold[over]!;
  steps.push({ kind: 'fold', indicator: id, value: ind.actual, text: chosen.text });
  return chosen.raw;
}

function explainRounding(ctx: Ctx, indicator: Indicator, target: D, actual: D | undefined): ExplainStep {
  const p = indicator.precision!;
  const one = (v: D): string => `${ctx.n(v)} → ${ctx.n(roundTo(indicator, v))}`;
  const actualPart = actual === undefined ? m('', '') : m(`; actual ${one(actual)}`, `;实际 ${one(actual)}`);
  return {
    kind: 'rounding', indicator: indicator.id, ...(actual !== undefined && { value: toShown(roundTo(indicator, actual)) }),
    text: m(`rounded half-up to ${p} decimal place${p === 1 ? '' : 's'}: target ${one(target)}${actualPart.en}`, `四舍五入到 ${p} 位小数:目标 ${one(target)}${actualPart.zh}`),
  };
}

function explainComparison(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const id = indicator.id;
  const status = STATUS[ind.status]!;
  if (ind.actual === null || ind.surplus === null) {
    return [{ kind: 'comparison', indicator: id, value: ind.status, text: m(`no actual to compare: ${status.en}, score 0`, `无实际数据可比较:${status.zh},得 0 分`) }];
  }
  const [a, t] = [ctx.n(ind.actual), ctx.n(ind.target)];
  const answer = ind.status === 'met' ? YES : NO;
  let question: string;
  if (indicator.direction === 'approx') {
    const tolerance = toleranceOf(indicator, new D(ind.target));
    question = `|${a} − ${t}| = ${ctx.n(new D(ind.actual).minus(ind.target).abs())} ≤ ${ctx.n(tolerance)}`;
  } else question = `${a} ${indicator.direction === 'at_least' ? '≥' : '≤'} ${t}`;
  const surplus = indicator.direction === 'at_most' ? `${t} − ${a}` : `${a} − ${t}`;
  return [
    { kind: 'comparison', indicator: id, value: ind.status, text: m(`${question}? ${answer.en} → ${status.en}`, `${question}?${answer.zh} → ${status.zh}`) },
    { kind: 'surplus', indicator: id, value: ind.surplus, text: m(`surplus: ${surplus} = ${ctx.n(ind.surplus)}`, `超额:${surplus} = ${ctx.n(ind.surplus)}`) },
    explainScore(ctx, indicator, ind),
  ];
}

function explainScore(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep {
  const weight = ctx.n(indicator.weight);
  const text = indicator.scoring === 'proportional' && indicator.direction === 'at_least' && !new D(ind.target).isZero()
    ? m(`score: ${weight} × min(${ctx.n(ind.actual!)} / ${ctx.n(ind.target)}, 1) = ${ctx.n(ind.score)}`, `得分:${weight} × min(${ctx.n(ind.actual!)} / ${ctx.n(ind.target)}, 1) = ${ctx.n(ind.score)}`)
    : ind.status === 'met'
      ? m(`score: met, so the weight ${weight}`, `得分:达标,得权重分 ${weight}`)
      : m(`score: missed, so 0 of ${weight}`, `得分:未达标,${weight} 分中得 0 分`);
  return { kind: 'score', indicator: indicator.id, value: ind.score, text };
}

function explainTotalScore(ctx: Ctx, scored: UnitResult): ExplainStep {
  const terms = scored.indicators.map((i) => ctx.n(i.score)).join(' + ') || '0';
  const max = scored.max_score === undefined ? m('', '') : m(` of ${ctx.n(scored.max_score)}`, `(满分 ${ctx.n(scored.max_score)})`);
  return { kind: 'score', value: scored.score, text: m(`unit score: ${terms} = ${ctx.n(scored.score)}${max.en}`, `单位得分:${terms} = ${ctx.n(scored.score)}${max.zh}`) };
}

function explainOverall(scored: UnitResult): ExplainStep {
  const required = scored.indicators.filter((i) => i.required !== false);
  const names = (status: string): string => required.filter((i) => i.status === status).map((i) => i.name ?? i.id).join(', ');
  const o = OVERALL[scored.overall]!;
  const why = scored.overall === 'met'
    ? m('every required indicator is met', '所有计入总体目标的指标均达标')
    : scored.overall === 'missed'
      ? m(`missed: ${names('missed')}`, `未达标:${names('missed').replace(/, /g, '、')}`)
      : m(`no actual for ${names('missing')}; no rule fires until every required actual is in`, `${names('missing').replace(/, /g, '、')} 缺数据;数据齐全前不执行任何奖惩规则`);
  return { kind: 'overall', value: scored.overall, text: m(`overall: ${o.en} (${why.en})`, `总体目标:${o.zh}(${why.zh})`) };
}

function explainRule(ctx: Ctx, scored: UnitResult, rule: Rule, effect: RuleEffect): ExplainStep {
  const base = { kind: 'rule' as const, rule: effect.rule, source: effect.source ?? formatSource(rule.source) };
  if (scored.overall === 'incomplete') return { ...base, text: m(`${rule.type}: does not fire, the unit is incomplete`, `${rule.type}:不执行,该单位数据不全`) };
  const missed = scored.overall === 'missed';
  if (rule.type === 'disqualify_award') {
    return { ...base, value: String(!missed), text: missed ? m('overall missed, so award eligibility is withdrawn', '总体目标未完成,取消评先资格') : m('award eligibility kept: the overall target is met', '总体目标完成,保留评先资格') };
  }
  if (rule.type === 'downgrade') {
    return { ...base, text: missed ? m(`overall missed, so the grade drops ${rule.steps} level${rule.steps === 1 ? '' : 's'}`, `总体目标未完成,政绩考核降 ${rule.steps} 等`) : m('no downgrade: the overall target is met', '总体目标完成,不降等') };
  }
  return { ...base, ...explainPerPerson(ctx, scored, rule, effect) };
}

function explainPerPerson(ctx: Ctx, scored: UnitResult, rule: Extract<Rule, { type: 'per_person' }>, effect: RuleEffect): Pick<ExplainStep, 'text' | 'value' | 'refs'> {
  const ind = scored.indicators.find((i) => i.id === rule.indicator);
  const indicator = ctx.input.plan.indicators.find((i) => i.id === rule.indicator);
  if (ind === undefined || indicator === undefined) {
    return { text: m(`per person on ${rule.indicator}: nothing to count, the unit has no target for it`, `按人计奖罚(${rule.indicator}):该单位无此目标,不计`) };
  }
  if (ind.actual === null || ind.surplus === null) {
    return { text: m(`per person on ${ind.name ?? ind.id}: nothing to count without an actual`, `按人计奖罚(${ind.name ?? ind.id}):无实际数据,不计`) };
  }
  const [a, t] = [ctx.n(ind.actual), ctx.n(ind.target)];
  const short = new D(ind.surplus).lt(0);
  // Persons short is the shortfall written the right way round: ceil(6000 − 5712), not ceil(−(5712 − 6000)).
  const good = indicator.direction === 'at_most' ? `${t} − ${a}` : `${a} − ${t}`;
  const bad = indicator.direction === 'at_most' ? `${a} − ${t}` : `${t} − ${a}`;
  const expr = indicator.unit === '万人' ? `(${short ? bad : good}) × 10000` : short ? bad : good;
  const persons = String(effect.persons ?? 0);
  const counted = short ? m(`persons short: ceil(${expr}) = ${ctx.n(persons)}`, `少 ceil(${expr}) = ${ctx.n(persons)} 人`) : m(`surplus persons: floor(${expr}) = ${ctx.n(persons)}`, `超额 floor(${expr}) = ${ctx.n(persons)} 人`);
  const [rate, yuan] = short ? [rule.penalty, effect.penalty_yuan ?? '0'] : [rule.reward, effect.reward_yuan ?? '0'];
  const paid = new D(yuan).gt(0);
  const money = paid
    ? m(`${short ? 'fine' : 'reward'}: ${ctx.n(persons)} × ${ctx.n(rate)} = ${ctx.n(yuan)} yuan`, `${short ? '罚款' : '奖励'} ${ctx.n(persons)} × ${ctx.n(rate)} = ${ctx.n(yuan)} 元`)
    : persons === '0'
      ? m('no money', '不奖不罚')
      : conditionNotMet(short ? rule.penaltyWhen : rule.rewardWhen, short);
  const refs = [
    ...(ind.target_source === undefined ? [] : [{ name: 'target' as const, source: ind.target_source }]),
    ...(ind.actual_source === undefined ? [] : [{ name: 'actual' as const, source: ind.actual_source }]),
  ];
  return { value: yuan, text: m(`${counted.en}; ${money.en}`, `${counted.zh};${money.zh}`), ...(refs.length > 0 && { refs }) };
}

function conditionNotMet(when: string, short: boolean): Msg {
  const needs: Record<string, Msg> = {
    overall_met: m('the overall target met', '总体目标完成'), overall_missed: m('the overall target missed', '总体目标未完成'),
    indicator_met: m('the indicator met', '该指标达标'), indicator_missed: m('the indicator missed', '该指标未达标'),
  };
  const what = short ? m('no fine', '不罚款') : m('no reward', '不奖励');
  return m(`${what.en}: it needs ${needs[when]!.en}`, `${what.zh}:须${needs[when]!.zh}`);
}

function explainMoney(ctx: Ctx, scored: UnitResult): ExplainStep {
  const [r, p, net] = [ctx.n(scored.reward_yuan), ctx.n(scored.penalty_yuan), ctx.n(scored.net_yuan)];
  return { kind: 'money', value: scored.net_yuan, text: m(`money: reward ${r} − fine ${p} = net ${net} yuan`, `奖惩:奖励 ${r} 元 − 罚款 ${p} 元 = 净额 ${net} 元`) };
}

function explainGrade(ctx: Ctx, scored: UnitResult): ExplainStep[] {
  const grades = ctx.input.plan.grades;
  const g = scored.grade;
  if (grades === undefined || g === null) return [{ kind: 'grade', text: m('no grades in the plan', '方案未设等次') }];
  let before: ExplainStep;
  if (ctx.unit.baseGrade !== undefined) {
    before = { kind: 'grade', value: g.base, source: formatSource(ctx.unit.source), text: m(`grade before: ${g.base}, given in the plan (base_grade)`, `降等前等次:${g.base}(方案指定 base_grade)`) };
  } else {
    const score = new D(scored.score);
    const i = grades.thresholds.findIndex((t) => score.gte(t));
    const last = grades.thresholds[grades.thresholds.length - 1];
    const cmp = i >= 0 ? `${ctx.n(scored.score)} ≥ ${ctx.n(grades.thresholds[i]!)}` : last === undefined ? ctx.n(scored.score) : `${ctx.n(scored.score)} < ${ctx.n(last)}`;
    before = { kind: 'grade', value: g.base, text: m(`grade before: score ${cmp} → ${g.base}`, `降等前等次:得分 ${cmp} → ${g.base}`) };
  }
  const fired = (scored.rules ?? []).some((r) => r.type === 'downgrade' && r.fired);
  const after = g.steps_down > 0
    ? m(`grade after: ${g.base} down ${g.steps_down} → ${g.final}`, `降等后等次:${g.base} 降 ${g.steps_down} 等 → ${g.final}`)
    : fired
      ? m(`grade after: ${g.final}, already the lowest level`, `降等后等次:${g.final},已是最低等次`)
      : m(`grade after: ${g.final} (no downgrade)`, `最终等次:${g.final}(不降等)`);
  return [before, { kind: 'grade', value: g.final, text: after }];
}
