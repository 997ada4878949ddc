// Scores a plan written as YAML text against actuals given as decimal text, for the cohort tests:
// the cohort syntax is short in YAML and long as model literals.
import { expect } from 'vitest';
import { evaluatePlan } from '../../../src/core/evaluate.js';
import { D } from '../../../src/decimal.js';
import { loadPlan } from '../../../src/load/plan.js';
import type { Actual, PreviousResult, Result } from '../../../src/model.js';

/** Returns the result of a YAML plan, its units' actuals (unit id → indicator id → text) and an optional previous. */
export function scoreYaml(
  yaml: string,
  values: Record<string, Record<string, string>>,
  previous?: PreviousResult,
): Result {
  const loaded = loadPlan(yaml, 'plan.yaml');
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const plan = loaded.value!.plan;
  const actuals: Actual[] = Object.entries(values).flatMap(([unit, row]) =>
    Object.entries(row).map(([indicator, value]) => ({
      unit,
      indicator,
      value: new D(value),
      source: { file: 'a.csv', line: 1, col: 1 },
    })),
  );
  return evaluatePlan(plan, actuals, { inputs: [], ...(previous && { previous }) });
}

/** Returns a plan text with one proportional 100-point item `s` (total = actual) and the given units and extra YAML. */
export function planOf(units: readonly (readonly [string, string?])[], extra: string, grades = true): string {
  const unitLines = units.map(
    ([id, group]) => `  - {id: ${id}, name: 单位${id}${group ? `, group: ${group}` : ''}, targets: {s: 100, t: 100}}`,
  );
  return [
    'kaohe: 1',
    'plan: {id: t, title: 测试, period: 2010}',
    'indicators:',
    '  - {id: s, name: 得分, unit: "%", direction: at_least, weight: 100, scoring: proportional, binding: false}',
    '  - {id: t, name: 目标任务, unit: 人, direction: at_least}',
    'units:',
    ...unitLines,
    ...(grades ? ['grades: {levels: [优秀, 良好, 达标], thresholds: [90, 75]}'] : []),
    extra,
  ].join('\n');
}

/** Returns actuals for `planOf` units: each unit's total, and whether it met its target (t: 100 or 99). */
export function totals(list: Record<string, string | [string, boolean]>): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(list).map(([id, v]) => {
      const [s, met] = typeof v === 'string' ? [v, true] : v;
      return [id, { s, t: met ? '100' : '99' }];
    }),
  );
}
