// The audit trail of one indicator of one unit: its target, actual (converted, folded, rounded),
// comparison, surplus and score, each step with the place its number came from. src/core/explain.ts
// puts these together with the unit's overall result, rules, money and grade.
import { D, toPlain, toShown } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import { say } from '../rules/phrase.js';
import type { Indicator, IndicatorResult, Unit } from '../model.js';
import { roundTo, toleranceBounds } from './compare.js';
import type { ExplainInput, ExplainStep } from './explain.js';
import { isMultiYear, readsBlankAsZero } from './indicator.js';
import { isTargetless, scoreItem } from './score.js';
import { formatSource } from './source.js';
import type { ValueLookup } from './values.js';

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
  if (isTargetless(indicator)) return explainTargetless(ctx, indicator, ind);
  const target = ctx.unit.targets.get(id)!;
  const steps: ExplainStep[] = [
    {
      kind: 'target',
      indicator: id,
      value: toShown(target.value),
      source: formatSource(target.source),
      say: say('explain.target', {
        name: indicator.name,
        id,
        quantity: quantity(ctx, target.value, indicator),
        direction: say(`explain.direction.${indicator.direction}`),
      }),
    },
  ];
  const due = dueTarget(ctx, indicator, target.value);
  if (due !== undefined) steps.push({ kind: 'target', indicator: id, value: toShown(due.value), say: due.say });
  const raw = isMultiYear(ctx.input.plan)
    ? explainYears(ctx, indicator, ind, steps)
    : explainActual(ctx, indicator, steps);
  if (indicator.precision !== undefined) steps.push(explainRounding(ctx, indicator, due?.value ?? target.value, raw));
  steps.push(...explainComparison(ctx, indicator, ind));
  return steps;
}

// An event (per_count) or points given directly has no target and applies to every unit: the steps are the plan
// line saying so, the actual with its cell, then the method's own arithmetic — no comparison, no surplus.
function explainTargetless(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const id = indicator.id;
  const method = indicator.method!.method;
  const steps: ExplainStep[] = [
    {
      kind: 'target',
      indicator: id,
      source: formatSource(indicator.source),
      say:
        method === 'direct'
          ? say('explain.targetless_direct', { name: indicator.name, id, weight: ctx.n(indicator.weight) })
          : ind.relative !== undefined
            ? say('explain.targetless_relative', { name: indicator.name, id, among: amongOf(ctx, ind.relative.among) })
            : say('explain.targetless_event', { name: indicator.name, id }),
    },
  ];
  if (isMultiYear(ctx.input.plan)) explainYears(ctx, indicator, ind, steps);
  else explainActual(ctx, indicator, steps);
  if (ind.actual === null) {
    steps.push({
      kind: 'comparison',
      indicator: id,
      value: ind.status,
      say: say('explain.no_comparison', {
        status: say(`status.${ind.status}`),
      }),
    });
    return steps;
  }
  steps.push(...explainMethod(indicator, ind));
  return steps;
}

// The units a relative item was compared with: all of them, or the unit's group (by its name when the result has it).
function amongOf(ctx: Ctx, among: string): Phrase | string {
  if (among === '') return say('cohort.rank.all');
  return ctx.input.result.cohort?.groups.find((g) => g.id === among)?.name ?? among;
}

// 时间过半、任务过半: under --as-of a cumulative target is due pro rata.
function dueTarget(ctx: Ctx, indicator: Indicator, target: D): { value: D; say: Phrase } | undefined {
  const { from, to } = ctx.input.plan.period;
  const asOf = ctx.input.result.plan.as_of;
  if (asOf === undefined || !isMultiYear(ctx.input.plan) || (indicator.overPeriod ?? 'sum') !== 'sum') return undefined;
  const [done, all] = [Math.min(asOf, to) - from + 1, to - from + 1];
  const value = target.times(done).dividedBy(all);
  const sum = `${ctx.n(target)} × ${done} / ${all} = ${quantity(ctx, value, indicator)}`;
  return { value, say: say('explain.due', { year: asOf, done, all, sum }) };
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
      say: say('explain.actual_rate', { numerator, denominator, sum }),
    });
  } else if (value.value === null && readsBlankAsZero(indicator)) {
    steps.push({ kind: 'actual', indicator: id, value: '0', ...at, say: say('explain.actual_blank_zero') });
    return new D(0);
  } else if (value.value === null) {
    steps.push({
      kind: 'actual',
      indicator: id,
      ...at,
      say: say('explain.actual_none', { child: value.rolledUp ? say('explain.child_missing') : '' }),
    });
    return undefined;
  } else {
    const shown = quantity(ctx, value.value, indicator);
    const said = say(value.rolledUp ? 'explain.actual_rolled_up' : 'explain.actual', { shown });
    steps.push({ kind: 'actual', indicator: id, value: toShown(value.value), ...at, say: said });
    const written = source === undefined ? undefined : ctx.input.written?.(source)?.trim();
    if (written !== undefined && written !== '' && written !== toPlain(value.value)) {
      steps.push({
        kind: 'conversion',
        indicator: id,
        value: toShown(value.value),
        ...at,
        say: say('explain.conversion', { written, shown }),
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
  const summed = ind.rolled_up ? say('explain.year_summed') : '';
  for (const y of ind.years ?? []) {
    const said =
      y.actual === null
        ? say('explain.year_none', { year: y.year })
        : say('explain.year', { year: y.year, shown: quantity(ctx, y.actual, indicator, false), summed });
    steps.push({
      kind: 'actual',
      indicator: id,
      ...(y.actual !== null && { value: y.actual }),
      ...(y.source !== undefined && { source: y.source }),
      say: said,
    });
  }
  const values = (ind.years ?? []).map((y) => y.actual);
  if (ind.actual === null || values.includes(null)) return undefined;
  const ds = (values as string[]).map((v) => new D(v));
  const total = ds.reduce((s, v) => s.plus(v), new D(0));
  const terms = (values as string[]).map((v) => ctx.n(v)).join(' + ');
  const over = indicator.overPeriod ?? 'sum';
  const actual = ctx.n(ind.actual);
  const average = total.dividedBy(ds.length);
  const fold: Record<string, { raw?: D; say: Phrase }> = {
    sum: { raw: total, say: say('explain.fold.sum', { terms, total: ctx.n(total) }) },
    average: {
      raw: average,
      say: say('explain.fold.average', { terms, count: ds.length, average: ctx.n(average) }),
    },
    end: { raw: ds[ds.length - 1], say: say('explain.fold.end', { actual }) },
    every_year: { say: say('explain.fold.every_year', { actual }) },
    growth: { say: say('explain.fold.growth', { actual }) },
  };
  const chosen = fold[over]!;
  steps.push({ kind: 'fold', indicator: id, value: ind.actual, say: chosen.say });
  return chosen.raw;
}

function explainRounding(ctx: Ctx, indicator: Indicator, target: D, actual: D | undefined): ExplainStep {
  const p = indicator.precision!;
  const one = (v: D): string => `${ctx.n(v)} → ${ctx.n(roundTo(indicator, v))}`;
  const actualPart = actual === undefined ? '' : say('explain.rounding_actual', { rounded: one(actual) });
  return {
    kind: 'rounding',
    indicator: indicator.id,
    ...(actual !== undefined && { value: toShown(roundTo(indicator, actual)) }),
    say: say(p === 1 ? 'explain.rounding_one' : 'explain.rounding', {
      places: p,
      target: one(target),
      actual: actualPart,
    }),
  };
}

function explainComparison(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const id = indicator.id;
  const status = say(`status.${ind.status}`);
  if (ind.actual === null || ind.surplus === null) {
    return [
      {
        kind: 'comparison',
        indicator: id,
        value: ind.status,
        say: say('explain.no_comparison', { status }),
      },
    ];
  }
  const [a, t] = [ctx.n(ind.actual), ctx.n(ind.target)];
  const answer = say(ind.status === 'met' ? 'yes' : 'no');
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
      say: say('explain.comparison', { question, answer, status }),
    },
    {
      kind: 'surplus',
      indicator: id,
      value: ind.surplus,
      say: say('explain.surplus', { expr: surplus, surplus: ctx.n(ind.surplus) }),
    },
    ...[explainScore(ctx, indicator, ind)].flat(),
  ];
}

// A point-table method's own steps, each with the plan line of the indicator's rule and the cell of its actual; then
// the item's floor or cap when it applied.
function explainMethod(indicator: Indicator, ind: IndicatorResult): ExplainStep[] {
  const actual = ind.actual === null ? null : new D(ind.actual);
  // A relative item is said from where the result recorded the unit stood among the others.
  const r = ind.relative;
  const basis =
    r === undefined
      ? undefined
      : { best: r.best === null ? null : new D(r.best), bestCount: r.best_units, rank: r.rank, of: r.of };
  const said: Phrase[] = [];
  const item = scoreItem(indicator, ind.status, new D(ind.target), actual, basis, said);
  const base = {
    kind: 'score' as const,
    indicator: indicator.id,
    source: formatSource(indicator.source),
    ...(ind.actual_source !== undefined && { refs: [{ name: 'actual' as const, source: ind.actual_source }] }),
  };
  const steps: ExplainStep[] = said.map((phrase) => ({ ...base, say: phrase }));
  if (!item.raw.eq(item.points))
    steps.push({
      ...base,
      value: ind.score,
      say: say('explain.m.clamped', {
        floor: toPlain(item.floor),
        cap: item.cap === null ? '∞' : toPlain(item.cap),
        points: ind.score,
      }),
    });
  else if (steps.length > 0) steps[steps.length - 1] = { ...steps[steps.length - 1]!, value: ind.score };
  return steps;
}

function explainScore(ctx: Ctx, indicator: Indicator, ind: IndicatorResult): ExplainStep | ExplainStep[] {
  if (indicator.method !== undefined) return explainMethod(indicator, ind);
  const weight = ctx.n(indicator.weight);
  const said =
    indicator.scoring === 'proportional' && indicator.direction === 'at_least' && !new D(ind.target).isZero()
      ? say('explain.score_proportional', {
          weight,
          actual: ctx.n(ind.actual!),
          target: ctx.n(ind.target),
          score: ctx.n(ind.score),
        })
      : say(ind.status === 'met' ? 'explain.score_met' : 'explain.score_missed', { weight });
  return { kind: 'score', indicator: indicator.id, value: ind.score, say: said };
}
