import { describe, expect, it } from 'vitest';
import { scoreUnit } from '../core/make-plan.js';
import type { PlanSpec } from '../core/make-plan.js';

// jobs (binding, weight 60) and rate (at_most 4.3, weight 40, binding as given); thresholds 90/75/60.
function plan(rateBinding = true, overall: PlanSpec['overall'] = 'binding'): PlanSpec {
  return {
    indicators: [
      { id: 'jobs', weight: '60' },
      { id: 'rate', unit: '%', direction: 'at_most', weight: '40', binding: rateBinding },
    ],
    units: [{ id: 'u', targets: { jobs: '6000', rate: '4.3' } }],
    overall,
    grades: { levels: ['一等', '二等', '三等', '四等'], thresholds: ['90', '75', '60'] },
    rules: [{ type: 'disqualify_award' }],
  };
}

describe('disqualify_award', () => {
  it.each([
    // both met: score 100 → 一等, still eligible
    ['keeps eligibility when the overall target is met', plan(), { jobs: '6000', rate: '4.3' }, false, true, '一等'],
    // jobs 5999 < 6000: missed → 取消评先; score 40 → 四等 (the rule does not touch the grade)
    [
      'withdraws eligibility when the overall target is missed',
      plan(),
      { jobs: '5999', rate: '4.3' },
      true,
      false,
      '四等',
    ],
    // rate 4.4 > 4.3 but rate is not binding: overall met; score 60 → 三等
    [
      'keeps eligibility when only a non-binding indicator is missed',
      plan(false),
      { jobs: '6000', rate: '4.4' },
      false,
      true,
      '三等',
    ],
    // overall: all counts the non-binding rate too
    [
      'withdraws eligibility for a non-binding miss under overall: all',
      plan(false, 'all'),
      { jobs: '6000', rate: '4.4' },
      true,
      false,
      '三等',
    ],
    // overall: [rate] — only rate decides
    [
      'withdraws eligibility when a listed indicator is missed',
      plan(true, ['rate']),
      { jobs: '6000', rate: '4.4' },
      true,
      false,
      '三等',
    ],
    [
      'keeps eligibility when only an unlisted indicator is missed',
      plan(true, ['rate']),
      { jobs: '5999', rate: '4.3' },
      false,
      true,
      '四等',
    ],
    // rate empty → incomplete; jobs met → score 60 → 三等; nothing fires
    // its total lacks rate's points: no grade is read from it (null)
    ['keeps eligibility for an incomplete unit', plan(), { jobs: '6000', rate: null }, false, true, null],
  ] as const)('%s', (_name, spec, actuals, fired, eligible, grade) => {
    const unit = scoreUnit(spec, actuals);
    expect(unit.rules).toEqual([{ rule: 1, type: 'disqualify_award', fired, source: 'plan.yaml:100:3' }]);
    expect([unit.award_eligible, unit.reward_yuan, unit.penalty_yuan, unit.grade]).toEqual([
      eligible,
      '0',
      '0',
      grade === null ? null : { base: grade, final: grade, steps_down: 0 },
    ]);
  });
});
