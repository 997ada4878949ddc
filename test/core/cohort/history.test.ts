// Consequences keyed on grade and on last year's grade (S5, Yunnan: 连续两年考核等级为C级 → 约谈主要负责人).
import { describe, expect, it } from 'vitest';
import type { PreviousResult } from '../../../src/model.js';
import { planOf, scoreYaml, totals } from './score-yaml.js';

const plan = planOf(
  [['a'], ['b'], ['c']],
  [
    'consequences:',
    '  - {action: 通报表扬, when: {grade: 优秀}}',
    '  - {action: 约谈, when: {grade: 达标}}',
    '  - {action: 约谈主要负责人, when: {grade: 达标, previous_grade: 达标}}',
  ].join('\n'),
);
const previous: PreviousResult = {
  path: 'last-year.json',
  sha256: 'f'.repeat(64),
  planId: 't-2009',
  grades: new Map([
    ['a', '优秀'],
    ['b', '达标'],
  ]),
  period: { from: 2009, to: 2009 },
  at: {
    id: { file: 'last-year.json', line: 1, col: 1 },
    period: { file: 'last-year.json', line: 1, col: 1 },
    units: { file: 'last-year.json', line: 1, col: 1 },
  },
};
const actions = (r: ReturnType<typeof scoreYaml>) => r.units.map((u) => u.consequences?.map((c) => c.action));

describe('consequences by grade and by history', () => {
  it('fires 约谈主要负责人 for b, 达标 two years running; not for c, absent last year, whose history says so', () => {
    const r = scoreYaml(plan, totals({ a: '95', b: '70', c: '70' }), previous);
    expect(actions(r)).toEqual([['通报表扬'], ['约谈', '约谈主要负责人'], ['约谈']]);
    expect(r.units.map((u) => u.history)).toEqual([
      { found: true, previous_grade: '优秀' },
      { found: true, previous_grade: '达标' },
      { found: false },
    ]);
  });

  it("records last year's file and sha256 in the inputs and the cohort", () => {
    const r = scoreYaml(plan, totals({ a: '95', b: '70', c: '70' }), previous);
    expect(r.inputs).toEqual([{ path: 'last-year.json', sha256: 'f'.repeat(64), role: 'previous' }]);
    expect(r.cohort?.previous).toEqual({ path: 'last-year.json', sha256: 'f'.repeat(64), plan_id: 't-2009' });
  });

  it('fires no consequence on history without --previous, and records no history', () => {
    const r = scoreYaml(plan, totals({ a: '95', b: '70', c: '70' }));
    expect(actions(r)).toEqual([['通报表扬'], ['约谈'], ['约谈']]);
    expect(r.units.every((u) => u.history === undefined)).toBe(true);
  });
});
