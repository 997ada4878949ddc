// Builds checked-model Plans and Actuals in memory from compact literals, so core tests do not
// depend on the YAML loader. Numbers are decimal text, as a clerk would type them.
import { D } from '../../src/decimal.js';
import type {
  Actual,
  Direction,
  Indicator,
  MeasureUnit,
  OverPeriod,
  Plan,
  Responsible,
  Result,
  Rule,
  ScoreOptions,
  Scoring,
  Source,
  UnitResult,
} from '../../src/model.js';
import { evaluatePlan } from '../../src/core/evaluate.js';

/** An indicator in brief: only the id is required. */
export interface IndicatorSpec {
  id: string;
  unit?: MeasureUnit;
  direction?: Direction;
  weight?: string;
  binding?: boolean;
  precision?: number;
  /** "0.5" (absolute) or "2%" (of the target). */
  tolerance?: string;
  overPeriod?: OverPeriod;
  scoring?: Scoring;
  rateOf?: [string, string];
}

/** A unit in brief: its targets as decimal text by indicator id. */
export interface UnitSpec {
  id: string;
  parent?: string;
  baseGrade?: string;
  responsible?: Responsible;
  targets: Record<string, string>;
}

/** A rule in brief; omitted fields take the plan format's defaults. */
export type RuleSpec =
  | {
      type: 'per_person';
      indicator: string;
      reward?: string;
      penalty?: string;
      rewardWhen?: 'overall_met' | 'indicator_met';
      penaltyWhen?: 'overall_missed' | 'indicator_missed';
    }
  | { type: 'disqualify_award' }
  | { type: 'downgrade'; steps?: number };

/** A plan in brief (period defaults to 2010, overall to binding). */
export interface PlanSpec {
  period?: number | { from: number; to: number };
  indicators: IndicatorSpec[];
  units: UnitSpec[];
  overall?: Plan['overall'];
  grades?: { levels: string[]; thresholds?: string[] };
  /** Rules in brief, or whole model rules (a rule type's own test builds its rules itself). */
  rules?: (RuleSpec | Rule)[];
}

/** Returns a source in the test plan file at the given line. */
export function at(line: number, col = 3, file = 'plan.yaml'): Source {
  return { file, line, col };
}

/** Returns the rule a compact spec describes, with the plan defaults filled in. */
export function makeRule(spec: RuleSpec | Rule, line = 100): Rule {
  if ('source' in spec) return spec;
  const source = at(line);
  switch (spec.type) {
    case 'per_person':
      return {
        type: 'per_person',
        indicator: spec.indicator,
        reward: new D(spec.reward ?? '0'),
        penalty: new D(spec.penalty ?? '0'),
        rewardWhen: spec.rewardWhen ?? 'overall_met',
        penaltyWhen: spec.penaltyWhen ?? 'overall_missed',
        source,
      };
    case 'disqualify_award':
      return { type: 'disqualify_award', when: 'overall_missed', source };
    case 'downgrade':
      return { type: 'downgrade', when: 'overall_missed', steps: spec.steps ?? 1, source };
  }
}

/** Returns the indicator a compact spec describes (defaults: 人, at_least, weight 0, binding, pass_fail). */
export function makeIndicator(spec: IndicatorSpec, line = 10): Indicator {
  const tolerance =
    spec.tolerance === undefined
      ? undefined
      : spec.tolerance.endsWith('%')
        ? { kind: 'percent' as const, value: new D(spec.tolerance.slice(0, -1)) }
        : { kind: 'absolute' as const, value: new D(spec.tolerance) };
  return {
    id: spec.id,
    name: `指标${spec.id}`,
    unit: spec.unit ?? '人',
    direction: spec.direction ?? 'at_least',
    weight: new D(spec.weight ?? '0'),
    binding: spec.binding ?? true,
    scoring: spec.scoring ?? 'pass_fail',
    source: at(line),
    ...(spec.precision !== undefined && { precision: spec.precision }),
    ...(tolerance !== undefined && { tolerance }),
    ...(spec.overPeriod !== undefined && { overPeriod: spec.overPeriod }),
    ...(spec.rateOf !== undefined && { rateOf: { numerator: spec.rateOf[0], denominator: spec.rateOf[1] } }),
  };
}

/** Returns a Plan from a compact spec; indicators sit at lines 10…, units at 30…, rules at 100…. */
export function makePlan(spec: PlanSpec): Plan {
  const period = typeof spec.period === 'object' ? spec.period : { from: spec.period ?? 2010, to: spec.period ?? 2010 };
  return {
    file: 'plan.yaml',
    id: 'test-plan',
    title: '测试方案',
    period,
    indicators: spec.indicators.map((i, n) => makeIndicator(i, 10 + n)),
    units: spec.units.map((u, n) => ({
      id: u.id,
      name: `单位${u.id}`,
      responsible: u.responsible ?? {},
      source: at(30 + n),
      ...(u.parent !== undefined && { parent: u.parent }),
      ...(u.baseGrade !== undefined && { baseGrade: u.baseGrade }),
      targets: new Map(
        Object.entries(u.targets).map(([id, value], k) => [
          id,
          { value: new D(value), source: at(30 + n, 20 + 10 * k) },
        ]),
      ),
    })),
    overall: spec.overall ?? 'binding',
    ...(spec.grades !== undefined && {
      grades: { levels: spec.grades.levels, thresholds: (spec.grades.thresholds ?? []).map((t) => new D(t)) },
    }),
    rules: (spec.rules ?? []).map((r, n) => makeRule(r, 100 + n)),
    actuals: [],
    source: at(1, 1),
  };
}

/**
 * Returns single-year actuals from {unit: {indicator: value}}; null is an empty cell. Row n of actuals.csv is line n +
 * 2.
 */
export function makeActuals(values: Record<string, Record<string, string | null>>, year?: number): Actual[] {
  const rows = Object.entries(values).flatMap(([unit, byIndicator]) =>
    Object.entries(byIndicator).map(([indicator, value]) => ({ unit, indicator, value })),
  );
  return rows.map((row, n) => ({
    unit: row.unit,
    indicator: row.indicator,
    value: row.value === null ? null : new D(row.value),
    source: { file: 'actuals.csv', line: n + 2, col: 1 },
    ...(year !== undefined && { year }),
  }));
}

/**
 * Returns multi-year actuals of one unit × indicator from {year: value}, on actuals.csv lines firstLine, firstLine + 1,
 * ….
 */
export function makeYears(
  unit: string,
  indicator: string,
  byYear: Record<number, string | null>,
  firstLine = 2,
): Actual[] {
  return Object.entries(byYear).map(([year, value], n) => ({
    unit,
    indicator,
    year: Number(year),
    value: value === null ? null : new D(value),
    source: { file: 'actuals.csv', line: firstLine + n, col: 1 },
  }));
}

/** The options of a plain run: no --as-of, no inputs. */
export const OPTIONS: ScoreOptions = { inputs: [] };

/** Returns the result of scoring a spec'd plan. */
export function scorePlan(spec: PlanSpec, actuals: Actual[], options: Partial<ScoreOptions> = {}): Result {
  return evaluatePlan(makePlan(spec), actuals, { ...OPTIONS, ...options });
}

/** Returns one unit of a result by id (fails the test when absent). */
export function unitOf(result: Result, id: string): UnitResult {
  const unit = result.units.find((u) => u.id === id);
  if (unit === undefined) throw new Error(`no unit ${id} in the result`);
  return unit;
}

/** Returns the single unit `u` of a spec'd plan scored against single-year actuals {indicator: value}. */
export function scoreUnit(spec: PlanSpec, values: Record<string, string | null>): UnitResult {
  return unitOf(scorePlan(spec, makeActuals({ u: values })), 'u');
}
