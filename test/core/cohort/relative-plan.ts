// Plans for the cohort-relative tests: one relative item `x` (its method given as YAML) and a binding target `t`,
// scored through the loader and the whole core, so the bases are read over every unit as `score` reads them.
import type { Result } from '../../../src/model.js';
import { scoreYaml } from './score-yaml.js';

/** Returns the plan text: units (id, optional group), the item's direction, weight and method. */
export function relativePlan(
  units: readonly (readonly [string, string?])[],
  method: string,
  { weight = '3', direction = 'at_least', unit = '%' } = {},
): string {
  const groups = [...new Set(units.flatMap(([, g]) => (g === undefined ? [] : [g])))];
  return [
    'kaohe: 1',
    'plan: {id: r, title: 相对计分, period: 2010}',
    'indicators:',
    `  - {id: x, name: 比较项, unit: "${unit}", direction: ${direction}, weight: ${weight}, scoring: ${method}}`,
    '  - {id: t, name: 目标任务, unit: 人, direction: at_least}',
    ...(groups.length > 0 ? ['unit_groups:', ...groups.map((g) => `  - {id: ${g}, name: 组${g}}`)] : []),
    'units:',
    ...units.map(([id, g]) => `  - {id: ${id}, name: 单位${id}${g ? `, group: ${g}` : ''}, targets: {t: 100}}`),
  ].join('\n');
}

/** Returns the result for values of x by unit (null: no row for x). */
export function scoreRelative(yaml: string, values: Record<string, string | null>): Result {
  const actuals = Object.fromEntries(
    Object.entries(values).map(([id, v]): [string, Record<string, string>] => [
      id,
      v === null ? { t: '100' } : { t: '100', x: v },
    ]),
  );
  return scoreYaml(yaml, actuals);
}

/** Returns each unit's points for x, by unit id. */
export function pointsOf(result: Result): Record<string, string | undefined> {
  return Object.fromEntries(result.units.map((u) => [u.id, u.indicators.find((i) => i.id === 'x')?.score]));
}
