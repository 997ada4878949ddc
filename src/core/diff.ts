// What changed between two results (units and indicators matched by id), or between two plans
// (targets, weights, rules and grades by path). Pure: values stay exact decimal text, every delta
// is a Decimal difference, and a change within --tolerance is no change at all.
import { D, toPlain } from '../decimal.js';
import type { IndicatorResult, Plan, Result, Tolerance, ToleranceAmount, UnitResult } from '../model.js';
import { formatSource } from './source.js';
import { ruleDefinition } from '../rules/index.js';
import { putCohort, putMethod, putPointTable } from './diff-settings.js';

/** Whether a row (or a plan) exists on both sides or on one only. */
export type Change = 'added' | 'removed' | 'changed';

/** One field that differs: its old and new text (null when absent) and, for numbers, new − old. */
export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
  delta?: string;
}

/** One unit, or one indicator of a unit, that differs between the two results. */
export interface DiffRow {
  change: Change;
  unit: string;
  unitName: string;
  indicator?: string;
  indicatorName?: string;
  fields: FieldChange[];
}

/** What changed in one plan's result; `unchangedUnits` counts the units left out because nothing in them changed. */
export interface PlanResultDiff {
  id: string;
  /** The old result's plan id when it differs: two years' plans (city-2010 → city-2011) compared with each other. */
  oldId?: string;
  title: string;
  change: Change | 'unchanged';
  rows: DiffRow[];
  totals: FieldChange[];
  unchangedUnits: number;
  /** The input files (plan, actuals) whose bytes differ, matched by path as given: sha256 old and new. */
  inputs: InputChange[];
}

/** An input file recorded in one result only, or in both with different bytes (sha256 hex, null when absent). */
export interface InputChange {
  path: string;
  change: Change;
  old: string | null;
  new: string | null;
}

/** Returns the inputs whose sha256 differs between two results, matched by path: changed, then removed, then added. */
export function diffInputs(old: Result['inputs'], now: Result['inputs']): InputChange[] {
  const before = new Map(old.map((i) => [i.path, i.sha256]));
  const after = new Map(now.map((i) => [i.path, i.sha256]));
  const out: InputChange[] = [];
  for (const [path, sha] of before) {
    const next = after.get(path);
    if (next === undefined) out.push({ path, change: 'removed', old: sha, new: null });
    else if (next !== sha) out.push({ path, change: 'changed', old: sha, new: next });
  }
  for (const [path, sha] of after) if (!before.has(path)) out.push({ path, change: 'added', old: null, new: sha });
  const order = { changed: 0, removed: 1, added: 2 };
  return out.sort((a, b) => order[a.change] - order[b.change]);
}

/** The diff of two results documents (each one result or several, matched by plan id). */
export interface ResultDiff {
  kind: 'results';
  plans: PlanResultDiff[];
  differs: boolean;
}

/** How to compare: numeric changes with |delta| <= tolerance are ignored. */
export interface DiffOptions {
  tolerance?: D;
}

/** The unit fields compared, in the order they are shown. */
export const UNIT_FIELDS = [
  'score',
  'overall',
  'reward_yuan',
  'penalty_yuan',
  'net_yuan',
  'award_eligible',
  'grade_base',
  'grade_final',
  'rank',
  'prize_yuan',
  'last_place',
] as const;
/** The indicator fields compared, in the order they are shown. */
export const INDICATOR_FIELDS = ['target', 'actual', 'status', 'score'] as const;
const TOTAL_FIELDS = ['reward_yuan', 'penalty_yuan', 'net_yuan', 'prize_yuan'] as const;
const NUMERIC = new Set(['score', 'reward_yuan', 'penalty_yuan', 'net_yuan', 'target', 'actual', 'rank', 'prize_yuan']);

type Values = Record<string, string | null>;

/** Returns the change of one field, or undefined when the values are equal (or numbers within the tolerance). */
export function compareField(
  field: string,
  old: string | null,
  now: string | null,
  numeric: boolean,
  options: DiffOptions,
): FieldChange | undefined {
  if (old === now) return undefined;
  if (!numeric || old === null || now === null) return { field, old, new: now };
  const delta = new D(now).minus(new D(old));
  // 6000 and 6000.0 are the same number; a change within the tolerance is not a change.
  if (delta.isZero() || (options.tolerance !== undefined && delta.abs().lte(options.tolerance))) return undefined;
  return { field, old, new: now, delta: toPlain(delta) };
}

function compareValues(
  fields: readonly string[],
  old: Values | undefined,
  now: Values | undefined,
  options: DiffOptions,
): FieldChange[] {
  const changes = fields.map((f) => compareField(f, old?.[f] ?? null, now?.[f] ?? null, NUMERIC.has(f), options));
  return changes.filter((c): c is FieldChange => c !== undefined);
}

function unitValues(u: UnitResult): Values {
  return {
    score: u.score,
    overall: u.overall,
    reward_yuan: u.reward_yuan,
    penalty_yuan: u.penalty_yuan,
    net_yuan: u.net_yuan,
    award_eligible: String(u.award_eligible),
    grade_base: u.grade?.base ?? null,
    grade_final: u.grade?.final ?? null,
    // the cohort phase's: a rank within the unit group, prize money and 末位 (null when the plan has none)
    rank: u.rank === undefined ? null : String(u.rank.position),
    prize_yuan: u.prize_yuan ?? null,
    last_place: u.last_place === undefined ? null : String(u.last_place),
  };
}

function moneyOf(r: Result): Values {
  return {
    reward_yuan: r.totals.reward_yuan,
    penalty_yuan: r.totals.penalty_yuan,
    net_yuan: r.totals.net_yuan,
    prize_yuan: r.totals.prize_yuan ?? null,
  };
}

function indicatorValues(i: IndicatorResult): Values {
  return { target: i.target, actual: i.actual, status: i.status, score: i.score };
}

/** Returns the items of both sides matched by id: new order first, then those only in the old side. */
function matchById<T extends { id: string }>(old: readonly T[], now: readonly T[]): [T | undefined, T | undefined][] {
  const before = new Map(old.map((x) => [x.id, x]));
  const after = new Set(now.map((x) => x.id));
  return [
    ...now.map((x): [T | undefined, T] => [before.get(x.id), x]),
    ...old.filter((x) => !after.has(x.id)).map((x): [T, undefined] => [x, undefined]),
  ];
}

function changeOf(old: unknown, now: unknown): Change {
  return old === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
}

function diffUnit(old: UnitResult | undefined, now: UnitResult | undefined, options: DiffOptions): DiffRow[] {
  const unit = (now ?? old)!;
  const change = changeOf(old, now);
  const rows: DiffRow[] = [];
  const own = compareValues(UNIT_FIELDS, old && unitValues(old), now && unitValues(now), options);
  if (own.length > 0 || change !== 'changed') rows.push({ change, unit: unit.id, unitName: unit.name, fields: own });
  // A unit that appeared or vanished is one row; its indicators would only repeat that.
  if (change !== 'changed') return rows;
  for (const [a, b] of matchById(old!.indicators, now!.indicators)) {
    const fields = compareValues(INDICATOR_FIELDS, a && indicatorValues(a), b && indicatorValues(b), options);
    const ind = (b ?? a)!;
    if (fields.length > 0)
      rows.push({
        change: changeOf(a, b),
        unit: unit.id,
        unitName: unit.name,
        indicator: ind.id,
        indicatorName: ind.name ?? ind.id,
        fields,
      });
  }
  return rows;
}

/** Returns what changed between two results of one plan (either side may be absent: the plan was added or removed). */
export function diffResult(
  old: Result | undefined,
  now: Result | undefined,
  options: DiffOptions = {},
): PlanResultDiff {
  const plan = (now ?? old)!.plan;
  const pairs = old && now ? matchById(old.units, now.units) : [];
  const perUnit = pairs.map(([a, b]) => diffUnit(a, b, options));
  const totals = old && now ? compareValues(TOTAL_FIELDS, moneyOf(old), moneyOf(now), options) : [];
  const rows = perUnit.flat();
  const change = old && now ? (rows.length > 0 || totals.length > 0 ? 'changed' : 'unchanged') : changeOf(old, now);
  const renamed = old && now && old.plan.id !== now.plan.id ? { oldId: old.plan.id } : {};
  return {
    id: plan.id,
    ...renamed,
    title: plan.title,
    change,
    rows,
    totals,
    unchangedUnits: perUnit.filter((r) => r.length === 0).length,
    inputs: old && now ? diffInputs(old.inputs, now.inputs) : [],
  };
}

/**
 * Returns the diff of two sets of results, matched by plan id; one result against one is compared whatever their ids
 * (two years).
 */
export function diffResults(old: readonly Result[], now: readonly Result[], options: DiffOptions = {}): ResultDiff {
  const single = old.length === 1 && now.length === 1;
  const key = (r: Result): string => (single ? '' : r.plan.id);
  const byPlan = matchById(
    old.map((r) => ({ id: key(r), r })),
    now.map((r) => ({ id: key(r), r })),
  );
  const plans = byPlan.map(([a, b]) => diffResult(a?.r, b?.r, options));
  return { kind: 'results', plans, differs: plans.some((p) => p.change !== 'unchanged') };
}

/**
 * One plan setting that differs, by path (`units[chengguan].targets.urban_new_jobs`), with where the new (or removed)
 * value is written.
 */
export interface PathChange extends FieldChange {
  change: Change;
  source?: string;
}

/** The diff of two plans. */
export interface PlanDiff {
  kind: 'plans';
  old: { id: string; title: string };
  new: { id: string; title: string };
  changes: PathChange[];
  differs: boolean;
}

/** A path into the plan file (map keys and list indexes), as the YAML loader locates it. */
export type PlanPath = readonly (string | number)[];

/** Returns where the value at a path of one plan file is written ("file:line:col"). */
export type Locate = (path: PlanPath) => string | undefined;

interface Setting {
  text: string;
  numeric: boolean;
  /**
   * Where the setting is, as the model keeps it (a target's own place, else its entity's); `at` finds it in the file.
   */
  source: string;
  at: PlanPath;
}

/**
 * Returns every setting of a plan that scoring depends on, keyed by path, as text: targets, weights, methods and their
 * parameters, groups, sections, grade edges and gates, rules and the cohort's parts.
 */
export function flattenPlan(plan: Plan): Map<string, Setting> {
  const out = new Map<string, Setting>();
  // One putter per entity: `put('targets.x', …)` is `units[id].targets.x` here and ['units', i, 'targets', 'x'] in the
  // file.
  const entity =
    (name: string, at: PlanPath, source: string) =>
    (key: string, value: unknown, numeric = false, own = source): void => {
      if (value !== undefined)
        out.set(name === '' ? key : `${name}.${key}`, {
          text: String(value),
          numeric,
          source: own,
          at: [...at, ...key.split('.').map((k) => (/^[0-9]+$/.test(k) ? Number(k) : k))],
        });
    };
  const top = entity('', [], formatSource(plan.source));
  top('plan.title', plan.title);
  top('plan.period', plan.period.from === plan.period.to ? plan.period.to : `${plan.period.from}–${plan.period.to}`);
  top('overall', Array.isArray(plan.overall) ? plan.overall.join(', ') : plan.overall);
  plan.indicators.forEach((i, n) => {
    const put = entity(`indicators[${i.id}]`, ['indicators', n], formatSource(i.source));
    put('name', i.name);
    put('unit', i.unit);
    put('direction', i.direction);
    put('weight', toPlain(i.weight), true);
    put('binding', i.binding);
    put('precision', i.precision, true);
    put('tolerance', i.tolerance && toleranceText(i.tolerance));
    put('over_period', i.overPeriod);
    put('scoring', i.scoring);
    putMethod(put, i);
    put('rate_of', i.rateOf && `${i.rateOf.numerator} / ${i.rateOf.denominator}`);
  });
  plan.units.forEach((u, n) => {
    const put = entity(`units[${u.id}]`, ['units', n], formatSource(u.source));
    put('name', u.name);
    put('parent', u.parent);
    put('base_grade', u.baseGrade);
    for (const [id, target] of u.targets)
      put(`targets.${id}`, toPlain(target.value), true, formatSource(target.source));
  });
  plan.rules.forEach((r, n) => {
    const put = entity(`rules[${n}]`, ['rules', n], formatSource(r.source));
    const { fields, amounts = [] } = ruleDefinition(r.type).settings(r);
    for (const [key, value] of Object.entries(fields)) put(key, value, amounts.includes(key));
  });
  top('grades.levels', plan.grades?.levels.join(', '));
  putPointTable(plan, entity);
  putCohort(plan, entity);
  return out;
}

const ENTITY = new RegExp(
  '^(indicators|units|rules|groups|sections|grades\\.gates|unit_groups|ranking\\.tie_breaks|quotas|prizes|last_place|' +
    'consequences)\\[[^\\]]+\\]',
);

// `units[x]` for every path under a unit, indicator or rule: an entity on one side only is one change.
function entityOf(path: string): string | undefined {
  return ENTITY.exec(path)?.[0];
}

/**
 * Returns the settings that differ between two plans, in the new plan's order, then the removed ones; `locate` places
 * each in its file.
 */
export function diffPlans(
  old: Plan,
  now: Plan,
  options: DiffOptions = {},
  locate: { old?: Locate; new?: Locate } = {},
): PlanDiff {
  const where = (side: 'old' | 'new', s: Setting): string => locate[side]?.(s.at) ?? s.source;
  const a = flattenPlan(old);
  const b = flattenPlan(now);
  const entities = (m: Map<string, Setting>) => new Set([...m.keys()].map(entityOf).filter((e) => e !== undefined));
  const [before, after] = [entities(a), entities(b)];
  const changes: PathChange[] = [];
  const paths = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const reported = new Set<string>();
  for (const path of paths) {
    const entity = entityOf(path);
    const x = a.get(path);
    const y = b.get(path);
    if (entity !== undefined && before.has(entity) !== after.has(entity)) {
      // One line for a whole unit, indicator or rule that exists on one side only: its name or type.
      if (reported.has(entity)) continue;
      reported.add(entity);
      const side = after.has(entity) ? b : a;
      // Its name, type or title, else its first setting (a gate's requires, a quota's share).
      const first = [...side.keys()].find((k) => k.startsWith(`${entity}.`));
      const name =
        side.get(`${entity}.name`) ??
        side.get(`${entity}.type`) ??
        side.get(`${entity}.title`) ??
        (first === undefined ? undefined : side.get(first));
      const text = name?.text ?? null;
      const at = name && { source: where(after.has(entity) ? 'new' : 'old', { ...name, at: name.at.slice(0, -1) }) };
      changes.push({
        field: entity,
        change: after.has(entity) ? 'added' : 'removed',
        old: after.has(entity) ? null : text,
        new: after.has(entity) ? text : null,
        ...at,
      });
      continue;
    }
    const found = compareField(path, x?.text ?? null, y?.text ?? null, (x ?? y)!.numeric, options);
    if (found) changes.push({ ...found, change: changeOf(x, y), source: y ? where('new', y) : where('old', x!) });
  }
  return {
    kind: 'plans',
    old: { id: old.id, title: old.title },
    new: { id: now.id, title: now.title },
    changes,
    differs: changes.length > 0,
  };
}

// A tolerance as plan text: "2", "2%", or "below 2, above 1%" for one per side.
function toleranceText(tolerance: Tolerance): string {
  const amount = (a: ToleranceAmount): string => `${toPlain(a.value)}${a.kind === 'percent' ? '%' : ''}`;
  if (tolerance.kind !== 'sides') return amount(tolerance);
  const sides = [
    tolerance.below && `below ${amount(tolerance.below)}`,
    tolerance.above && `above ${amount(tolerance.above)}`,
  ];
  return sides.filter((s) => s !== undefined).join(', ');
}
