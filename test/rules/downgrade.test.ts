import { describe, expect, it } from 'vitest';
import { scoreUnit } from '../core/make-plan.js';
import type { PlanSpec } from '../core/make-plan.js';

const LEVELS = ['一等', '二等', '三等', '四等'];
// jobs (weight 75, not binding) and rate (at_most 4.3, weight 25, binding): rate alone decides overall.
function plan(steps: number[], baseGrade?: string, grades = true): PlanSpec {
  return {
    indicators: [
      { id: 'jobs', weight: '75', binding: false },
      { id: 'rate', unit: '%', direction: 'at_most', weight: '25' },
    ],
    units: [{ id: 'u', targets: { jobs: '6000', rate: '4.3' }, ...(baseGrade !== undefined && { baseGrade }) }],
    ...(grades && { grades: { levels: LEVELS, thresholds: ['90', '75', '60'] } }),
    rules: steps.map((s) => ({ type: 'downgrade' as const, steps: s })),
  };
}
const MET = { jobs: '6000', rate: '4.3' };
const MISSED = { jobs: '6000', rate: '4.4' };

describe('downgrade', () => {
  it.each([
    [
      'keeps the base grade when the overall target is met',
      plan([1], '二等'),
      MET,
      [false],
      { base: '二等', final: '二等', steps_down: 0 },
    ],
    [
      'drops one level when the overall target is missed',
      plan([1], '二等'),
      MISSED,
      [true],
      { base: '二等', final: '三等', steps_down: 1 },
    ],
    [
      'drops two levels for steps: 2',
      plan([2], '二等'),
      MISSED,
      [true],
      { base: '二等', final: '四等', steps_down: 2 },
    ],
    // 二等 + 3 would be past 四等: stops at the last level, having moved 2
    ['stops at the last level', plan([3], '二等'), MISSED, [true], { base: '二等', final: '四等', steps_down: 2 }],
    [
      'cannot drop below the last level',
      plan([1], '四等'),
      MISSED,
      [true],
      { base: '四等', final: '四等', steps_down: 0 },
    ],
    // two rules of one step each: 一等 → 三等
    [
      'adds the steps of every fired downgrade',
      plan([1, 1], '一等'),
      MISSED,
      [true, true],
      { base: '一等', final: '三等', steps_down: 2 },
    ],
    // score: jobs met (75), rate missed → 75 → 二等 by threshold, then down one → 三等
    [
      'drops from the grade the score gives when there is no base grade',
      plan([1]),
      MISSED,
      [true],
      { base: '二等', final: '三等', steps_down: 1 },
    ],
    // rate empty → incomplete: nothing fires; score 75 → 二等
    [
      'does nothing for an incomplete unit',
      plan([1]),
      { jobs: '6000', rate: null },
      [false],
      null, // a partial total (rate's points unknown) gives no grade
    ],
    // no grades: the rule still fires (the 政绩考核 grade lives outside the plan), the grade is null
    ['fires without grades, leaving grade null', plan([1], undefined, false), MISSED, [true], null],
  ] as const)('%s', (_name, spec, actuals, fired, grade) => {
    const unit = scoreUnit(spec, actuals);
    const steps = (spec.rules ?? []).map((r) => (r.type === 'downgrade' ? r.steps : undefined));
    expect(unit.grade).toEqual(grade);
    expect(unit.rules).toEqual(
      fired.map((f, i) => ({
        rule: i + 1,
        type: 'downgrade',
        fired: f,
        source: `plan.yaml:${100 + i}:3`,
        ...(f && { steps: steps[i] }),
      })),
    );
    expect([unit.award_eligible, unit.reward_yuan, unit.penalty_yuan]).toEqual([true, '0', '0']);
  });
});
