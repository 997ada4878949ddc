// The audit trail of one indicator of one unit: its target, actual (converted, folded, rounded),
// comparison, surplus and score, each step with the place its number came from. src/core/explain.ts
// puts these together with the unit's overall result, rules, money and grade.
import { D, toPlain, toShown } from '../decimal.js';
import type { Indicator, IndicatorResult, Msg, Unit } from '../model.js';
import { roundTo, toleranceBounds } from './compare.js';
import type { ExplainInput, ExplainStep } from './explain.js';
import { isMultiYear } from './indicator.js';
import { formatSource } from './source.js';
import type { ValueLookup } from './values.js';

/** Returns a text in both languages. */
export const m = (en: string, zh: string): Msg => ({ en, zh });
export const YES = m('yes', '是');
export const NO = m('no', '否');
export const STATUS: Record<string, Msg> = {
  met: m('met', '达标'),
  missed: m('missed', '未达标'),
  missing: m('missing', '缺数据'),
};
export const OVERALL: Record<string, Msg> = {
  met: m('met', '完成'),
  missed: m('missed', '未完成'),
  incomplete: m('incomplete', '数据不全'),
};
export const DIRECTION: Record<string, Msg> = {
  at_least: m('at least', '不低于'),
  at_most: m('at most', '不高于'),
  approx: m('approximately', '左右'),
};

/** A context shared by the steps of one unit. */
export interface Ctx {
  input: ExplainInput;
  unit: Unit;
  lookup: ValueLookup;
  n: (text: string | D) => string;
}

// A growth target is a rate in %, whatever the indicator counts; a year's value is in the indicator's own unit.
export function quantity(
  ctx: Ctx,
  value: string | D,
  indicator: Indicator,
  asRate = isMultiYear(ctx.input.plan) && indicator.overPeriod === 'growth',
): string {
  return indicator.unit === '%' || asRate ? `${ctx.n(value)}%` : `${ctx.n(value)} ${indicator.unit}`;
}

export function explainIndicator(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const id = indicator.id;
  const target = ctx.unit.targets.get(id)!;
  const dir = DIRECTION[indicator.direction]!;
  const name = `${indicator.name} (${id})`;
  const steps: ExplainStep[] = [
    {
      kind: 'target',
      indicator: id,
      value: toShown(target.value),
      source: formatSource(target.source),
      text: m(
        `${name}: target ${quantity(ctx, target.value, indicator)}, ${dir.en}`,
        `${indicator.name}(${id}):目标 ${quantity(ctx, target.value, indicator)},${dir.zh}`,
      ),
    },
  ];
  const due = dueTarget(ctx, indicator, target.value);
  if (due !== undefined) steps.push({ kind: 'target', indicator: id, value: toShown(due.value), text: due.text });
  const raw = isMultiYear(ctx.input.plan)
    ? explainYears(ctx, indicator, ind, steps)
    : explainActual(ctx, indicator, steps);
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
  return {
    value,
    text: m(
      `due by ${asOf} (pro rata, ${done} of ${all} years): ${sum}`,
      `截至 ${asOf} 年应完成(按时间过半、任务过半,${done}/${all} 年):${sum}`,
    ),
  };
}

/** Returns the actual before rounding (undefined when missing), after adding its steps. */
function explainActual(ctx: Ctx, indicator: Indicator, steps: ExplainStep[]): D | undefined {
  const id = indicator.id;
  const value = ctx.lookup(ctx.unit.id, id, ctx.input.plan.period.to);
  const source = value.source === undefined ? undefined : formatSource(value.source);
  const at = source === undefined ? {} : { source };
  if (indicator.rateOf !== undefined && value.value !== null) {
    const { numerator, denominator } = indicator.rateOf;
    const [a, b] = [numerator, denominator].map(
      (i) => ctx.lookup(ctx.unit.id, i, ctx.input.plan.period.to).value ?? new D(0),
    );
    const sum = `${ctx.n(a!)} × 100 / ${ctx.n(b!)} = ${quantity(ctx, value.value, indicator)}`;
    steps.push({
      kind: 'actual',
      indicator: id,
      value: toShown(value.value),
      text: m(`actual: ${numerator} / ${denominator}: ${sum}`, `实际:${numerator} / ${denominator}:${sum}`),
    });
  } else if (value.value === null) {
    steps.push({
      kind: 'actual',
      indicator: id,
      ...at,
      text: m(
        `actual: none, so the indicator is missing${value.rolledUp ? ' (a child unit has no actual)' : ''}`,
        `实际:无数据,该指标缺数据${value.rolledUp ? '(有下级单位缺数据)' : ''}`,
      ),
    });
    return undefined;
  } else {
    const shown = quantity(ctx, value.value, indicator);
    const text = value.rolledUp
      ? m(`actual: ${shown}, the sum of the child units' actuals`, `实际:${shown},由下级单位汇总`)
      : m(`actual: ${shown}`, `实际:${shown}`);
    steps.push({ kind: 'actual', indicator: id, value: toShown(value.value), ...at, text });
    const written = source === undefined ? undefined : ctx.input.written?.(source)?.trim();
    if (written !== undefined && written !== '' && written !== toPlain(value.value)) {
      steps.push({
        kind: 'conversion',
        indicator: id,
        value: toShown(value.value),
        ...at,
        text: m(`written "${written}", read as ${shown}`, `填写为"${written}",换算为 ${shown}`),
      });
    }
  }
  return value.value;
}

/**
 * Returns the folded actual before rounding (undefined when it has no simple sum), after adding a step per year and the
 * fold.
 */
function explainYears(ctx: Ctx, indicator: Indicator, ind: IndicatorResult, steps: ExplainStep[]): D | undefined {
  const id = indicator.id;
  const summed = ind.rolled_up ? m(", the sum of the child units' actuals", ',由下级单位汇总') : m('', '');
  for (const y of ind.years ?? []) {
    const shown = y.actual === null ? '' : quantity(ctx, y.actual, indicator, false);
    const text =
      y.actual === null
        ? m(`${y.year}: no actual (missing)`, `${y.year} 年:无数据`)
        : m(`${y.year}: ${shown}${summed.en}`, `${y.year} 年:${shown}${summed.zh}`);
    steps.push({
      kind: 'actual',
      indicator: id,
      ...(y.actual !== null && { value: y.actual }),
      ...(y.source !== undefined && { source: y.source }),
      text,
    });
  }
  const values = (ind.years ?? []).map((y) => y.actual);
  if (ind.actual === null || values.includes(null)) return undefined;
  const ds = (values as string[]).map((v) => new D(v));
  const total = ds.reduce((s, v) => s.plus(v), new D(0));
  const terms = (values as string[]).map((v) => ctx.n(v)).join(' + ');
  const over = indicator.overPeriod ?? 'sum';
  const fold: Record<string, { raw?: D; text: Msg }> = {
    sum: {
      raw: total,
      text: m(`sum over the years: ${terms} = ${ctx.n(total)}`, `逐年累计:${terms} = ${ctx.n(total)}`),
    },
    average: {
      raw: total.dividedBy(ds.length),
      text: m(
        `average: (${terms}) / ${ds.length} = ${ctx.n(total.dividedBy(ds.length))}`,
        `年均:(${terms}) / ${ds.length} = ${ctx.n(total.dividedBy(ds.length))}`,
      ),
    },
    end: {
      raw: ds[ds.length - 1],
      text: m(`the value of the last year counts: ${ctx.n(ind.actual)}`, `以末年数值为准:${ctx.n(ind.actual)}`),
    },
    every_year: {
      text: m(
        `every year must meet the target; the worst year is shown: ${ctx.n(ind.actual)}`,
        `每年均须达到目标;取最差年份:${ctx.n(ind.actual)}`,
      ),
    },
    growth: {
      text: m(
        `compound average annual growth from the base year: ${ctx.n(ind.actual)}% (compared exactly: end × 100^n against base × (100 + target)^n)`,
        `以基年起算的年均增长率:${ctx.n(ind.actual)}%(精确比较:末年 × 100^n 与 基年 × (100 + 目标)^n)`,
      ),
    },
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
    kind: 'rounding',
    indicator: indicator.id,
    ...(actual !== undefined && { value: toShown(roundTo(indicator, actual)) }),
    text: m(
      `rounded half-up to ${p} decimal place${p === 1 ? '' : 's'}: target ${one(target)}${actualPart.en}`,
      `四舍五入到 ${p} 位小数:目标 ${one(target)}${actualPart.zh}`,
    ),
  };
}

function explainComparison(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const id = indicator.id;
  const status = STATUS[ind.status]!;
  if (ind.actual === null || ind.surplus === null) {
    return [
      {
        kind: 'comparison',
        indicator: id,
        value: ind.status,
        text: m(`no actual to compare: ${status.en}, score 0`, `无实际数据可比较:${status.zh},得 0 分`),
      },
    ];
  }
  const [a, t] = [ctx.n(ind.actual), ctx.n(ind.target)];
  const answer = ind.status === 'met' ? YES : NO;
  let question: string;
  if (indicator.direction === 'approx') {
    const { below, above } = toleranceBounds(indicator, new D(ind.target));
    if (below !== null && above !== null && below.eq(above))
      question = `|${a} − ${t}| = ${ctx.n(new D(ind.actual).minus(ind.target).abs())} ≤ ${ctx.n(below)}`;
    else {
      // A one-sided or uneven tolerance: the bounds themselves, lower ≤ actual ≤ upper.
      const lower = below === null ? '' : `${ctx.n(new D(ind.target).minus(below))} ≤ `;
      const upper = above === null ? '' : ` ≤ ${ctx.n(new D(ind.target).plus(above))}`;
      question = `${lower}${a}${upper}`;
    }
  } else question = `${a} ${indicator.direction === 'at_least' ? '≥' : '≤'} ${t}`;
  const surplus = indicator.direction === 'at_most' ? `${t} − ${a}` : `${a} − ${t}`;
  return [
    {
      kind: 'comparison',
      indicator: id,
      value: ind.status,
      text: m(`${question}? ${answer.en} → ${status.en}`, `${question}?${answer.zh} → ${status.zh}`),
    },
    {
      kind: 'surplus',
      indicator: id,
      value: ind.surplus,
      text: m(`surplus: ${surplus} = ${ctx.n(ind.surplus)}`, `超额:${surplus} = ${ctx.n(ind.surplus)}`),
    },
    explainScore(ctx, indicator, ind),
  ];
}

function explainScore(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep {
  const weight = ctx.n(indicator.weight);
  const text =
    indicator.scoring === 'proportional' && indicator.direction === 'at_least' && !new D(ind.target).isZero()
      ? m(
          `score: ${weight} × min(${ctx.n(ind.actual!)} / ${ctx.n(ind.target)}, 1) = ${ctx.n(ind.score)}`,
          `得分:${weight} × min(${ctx.n(ind.actual!)} / ${ctx.n(ind.target)}, 1) = ${ctx.n(ind.score)}`,
        )
      : ind.status === 'met'
        ? m(`score: met, so the weight ${weight}`, `得分:达标,得权重分 ${weight}`)
        : m(`score: missed, so 0 of ${weight}`, `得分:未达标,${weight} 分中得 0 分`);
  return { kind: 'score', indicator: indicator.id, value: ind.score, text };
}
