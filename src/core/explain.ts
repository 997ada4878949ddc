// The audit trail of one unit: the arithmetic that `score` did, step by step, each step a phrase of the
// catalogue with its numbers (src/report words it in either language) and the place its number came from.
// It reads the result (so it can never disagree with what was scored) and the plan and actuals (for what the
// result does not keep: the actual before rounding, the rule's rates, the grade thresholds).
import { D, toShown } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import type { Actual, Plan, Result, Rule, RuleEffect, SectionResult, UnitResult } from '../model.js';
import { type CohortStep, explainCohort } from './cohort/explain.js';
import { formatSource } from './source.js';
import { thresholdIndex } from './grade.js';
import { ruleDefinition } from '../rules/index.js';
import { createValueLookup } from './values.js';
import { say } from '../rules/phrase.js';
import { explainIndicator, type Ctx } from './explain-indicator.js';

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
  if (indicatorId === undefined) steps.push(...explainPointTable(ctx, scored), explainTotalScore(ctx, scored));
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

// Groups (points less per_miss for each member missed) and sections (subtotals within their caps), then the total.
function explainPointTable(ctx: Ctx, scored: UnitResult): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const groups = new Map((ctx.input.plan.groups ?? []).map((g) => [g.id, g]));
  for (const g of scored.groups ?? []) {
    const group = groups.get(g.id);
    const raw = new D(g.points).minus(new D(g.per_miss ?? 0).times(g.missed?.length ?? 0));
    const source = group === undefined ? {} : { source: formatSource(group.source) };
    // A member without an actual leaves the group undecided: it scores 0, and that is the reason said, not a sum.
    if ((g.missing?.length ?? 0) > 0) {
      const list = { list: g.missing ?? [] };
      steps.push({
        kind: 'score',
        value: g.score,
        ...source,
        say: say('explain.group_missing', { name: g.name, list }),
      });
      continue;
    }
    steps.push({
      kind: 'score',
      value: g.score,
      ...source,
      say: say('explain.group', {
        name: g.name,
        points: ctx.n(g.points),
        misses: g.missed?.length ?? 0,
        per_miss: ctx.n(g.per_miss ?? '0'),
        raw: ctx.n(raw),
        floor: ctx.n(group?.floor ?? new D(0)),
        score: ctx.n(g.score),
      }),
    });
  }
  const sections = new Map((ctx.input.plan.sections ?? []).map((s) => [s.id, s]));
  const pointsOf = itemPoints(ctx.input.plan, scored);
  for (const s of scored.sections ?? []) {
    const section = sections.get(s.id);
    const terms =
      (section?.items ?? [])
        .flatMap((id) => pointsOf.get(id) ?? [])
        .map((p) => ctx.n(p))
        .join(' + ') || '0';
    steps.push({
      kind: 'score',
      value: s.score,
      ...(section !== undefined && { source: formatSource(section.source) }),
      say: say('explain.section', {
        title: s.title,
        terms,
        subtotal: ctx.n(s.subtotal),
        limits: sectionLimits(ctx, s),
      }),
    });
  }
  return steps;
}

// 超过上限的按最高分折算: the top unit and the factor, or that no unit exceeded the cap.
function normalisedPhrase(ctx: Ctx, n: NonNullable<SectionResult['normalised']>, score: string): Phrase {
  if (!n.applied) return say('explain.section_not_normalised', { cap: ctx.n(n.cap), score: ctx.n(score) });
  const names = n.top_units.map((id) => ctx.input.result.units.find((u) => u.id === id)?.name ?? id);
  return say('explain.section_normalised', {
    top: ctx.n(n.top),
    unit: names.join(', '),
    cap: ctx.n(n.cap),
    before: ctx.n(n.before),
    score: ctx.n(score),
  });
}

/**
 * Returns what happens to a section's subtotal after the sum, in order: each nested cap that held its items' points
 * (Zhenjiang's 媒体信息 3 held to 2 → 3), then the section's own cap or floor (capped at 10 → 10); just "→ score" when
 * nothing acted.
 */
function sectionLimits(ctx: Ctx, s: SectionResult): Phrase {
  const held: { name: string; sum: string; cap: string; after: string }[] = [];
  let after = new D(s.subtotal);
  for (const c of s.caps ?? []) {
    if (new D(c.sum).eq(c.score)) continue;
    after = after.minus(c.sum).plus(c.score);
    const name = c.name ?? c.items.join(', ');
    held.push({ name, sum: ctx.n(c.sum), cap: ctx.n(c.cap ?? c.score), after: ctx.n(after) });
  }
  let tail: Phrase | undefined;
  if (s.normalised !== undefined) tail = normalisedPhrase(ctx, s.normalised, s.score);
  else if (after.gt(s.score))
    tail = say('explain.section_capped', { cap: ctx.n(s.cap ?? s.score), score: ctx.n(s.score) });
  else if (after.lt(s.score)) tail = say('explain.section_floored', { score: ctx.n(s.score) });
  else if (held.length === 0) tail = say('explain.section_kept', { score: ctx.n(s.score) });
  for (const h of held.reverse())
    tail = tail === undefined ? say('explain.section_held', h) : say('explain.section_held_then', { ...h, rest: tail });
  return tail!;
}

/**
 * Returns the points of each item the total adds, by item id, as the result shows them: the groups, and the indicators
 * outside every group (a member scores only through its group).
 */
export function itemPoints(plan: Plan, scored: UnitResult): Map<string, string> {
  const grouped = new Set((plan.groups ?? []).flatMap((g) => g.indicators));
  return new Map<string, string>([
    ...scored.indicators.filter((i) => !grouped.has(i.id)).map((i): [string, string] => [i.id, i.score]),
    ...(scored.groups ?? []).map((g): [string, string] => [g.id, g.score]),
  ]);
}

function explainTotalScore(ctx: Ctx, scored: UnitResult): ExplainStep {
  const points = itemPoints(ctx.input.plan, scored);
  if (scored.sections !== undefined) {
    // An item in no section counts on its own (validate refuses one that can score; one that cannot adds 0).
    const listed = new Set((ctx.input.plan.sections ?? []).flatMap((s) => s.items));
    const loose = [...points].filter(([id, p]) => !listed.has(id) && !new D(p).isZero()).map(([, p]) => p);
    const terms = [...scored.sections.map((s) => s.score), ...loose].map((p) => ctx.n(p)).join(' + ') || '0';
    return {
      kind: 'score',
      value: scored.score,
      say: say('explain.total_sections', { terms, total: ctx.n(scored.score) }),
    };
  }
  const terms = [...points.values()].map((p) => ctx.n(p)).join(' + ') || '0';
  const max = scored.max_score === undefined ? '' : say('explain.unit_score_max', { max: ctx.n(scored.max_score) });
  return {
    kind: 'score',
    value: scored.score,
    say: say('explain.unit_score', { terms, score: ctx.n(scored.score), max }),
  };
}

function explainOverall(scored: UnitResult): ExplainStep {
  const required = scored.indicators.filter((i) => i.required !== false);
  // Incomplete also names the scored items without an actual that decide nothing (a relative item has no target).
  const partial = new Set(scored.missing_items ?? []);
  const names = (status: string) => ({
    list: scored.indicators
      .filter((i) => i.status === status && (required.includes(i) || (status === 'missing' && partial.has(i.id))))
      .map((i) => i.name ?? i.id),
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
  const definition = ruleDefinition(rule.type);
  if (scored.overall === 'incomplete' && !definition.decidesWhenIncomplete)
    return { ...base, say: say('explain.rule_incomplete', { type: rule.type }) };
  return { ...base, ...definition.explain(rule, { plan: ctx.input.plan, scored, effect, n: ctx.n }) };
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
  if (grades !== undefined && g === null && (scored.missing_items ?? []).length > 0) {
    const items = (scored.missing_items ?? []).map((id) => scored.indicators.find((i) => i.id === id)?.name ?? id);
    return [{ kind: 'grade', say: say('explain.grade_partial', { items: items.join(', ') }) }];
  }
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
    before = {
      kind: 'grade',
      value: g.base,
      say:
        g.gated_from === undefined
          ? say('explain.grade_by_score', { comparison: cmp, grade: g.base })
          : say('explain.grade_gated', { comparison: cmp, reached: g.gated_from, grade: g.base }),
    };
  }
  // The grade before any quota (the cohort phase explains a quota's change in its own step).
  const final = scored.quotas?.[0]?.level ?? g.final;
  const fired = (scored.rules ?? []).some((r) => r.type === 'downgrade' && r.fired);
  // With grade quotas this is only the level the unit qualified for; the cohort steps end with the final grade.
  const after =
    scored.quotas !== undefined && scored.quotas.length > 0
      ? say('cohort.explain.qualified', {
          level: final,
          how:
            g.steps_down > 0
              ? say('cohort.explain.how_down', { base: g.base, steps: g.steps_down })
              : say(fired ? 'cohort.explain.how_floor' : 'cohort.explain.how_kept'),
        })
      : g.steps_down > 0
        ? say('explain.grade_down', { base: g.base, steps: g.steps_down, final: final })
        : say(fired ? 'explain.grade_floor' : 'explain.grade_kept', { final: final });
  return [before, { kind: 'grade', value: final, say: after }];
}
