import { describe, expect, it } from 'vitest';
import { scoreUnit } from '../core/make-plan.js';
import type { PlanSpec, RuleSpec } from '../core/make-plan.js';

// jobs (人, at_least, weight 60) and rate (%, at_most, weight 40); thresholds 90/75/60 → 一等/二等/三等/四等.
const GRADES = { levels: ['一等', '二等', '三等', '四等'], thresholds: ['90', '75', '60'] };
function plan(
  rule: Partial<Extract<RuleSpec, { type: 'per_person' }>> = {},
  jobs: { unit?: '人' | '万人'; binding?: boolean; target?: string } = {},
): PlanSpec {
  return {
    indicators: [
      { id: 'jobs', unit: jobs.unit ?? '人', weight: '60', binding: jobs.binding ?? true },
      { id: 'rate', unit: '%', direction: 'at_most', weight: '40' },
    ],
    units: [
      { id: 'u', targets: jobs.target === 'none' ? { rate: '4.3' } : { jobs: jobs.target ?? '6000', rate: '4.3' } },
    ],
    grades: GRADES,
    rules: [{ type: 'per_person', indicator: 'jobs', reward: '100', penalty: '100', ...rule }],
  };
}

describe('per_person', () => {
  it.each([
    // 6184 − 6000 = 184 persons × 100 = 18400; both met → score 100 → 一等
    [
      'rewards 100 yuan per person above target when the overall target is met',
      plan(),
      { jobs: '6184', rate: '4.0' },
      { fired: true, persons: 184, reward: '18400', penalty: '0' },
      '一等',
    ],
    // 6000 − 5950 = 50 persons × 100 = 5000; only rate met → score 40 → 四等
    [
      'fines 100 yuan per person short when the overall target is missed',
      plan(),
      { jobs: '5950', rate: '4.0' },
      { fired: true, persons: 50, reward: '0', penalty: '5000' },
      '四等',
    ],
    // surplus 0: nobody to pay or fine; score 100 → 一等
    [
      'pays nothing exactly on target',
      plan(),
      { jobs: '6000', rate: '4.0' },
      { fired: false, persons: 0, reward: '0', penalty: '0' },
      '一等',
    ],
    // rate 4.5 > 4.3 misses: overall missed, so no reward for the 184; score 60 → 三等
    [
      'pays no reward when the overall target is missed through another indicator',
      plan(),
      { jobs: '6184', rate: '4.5' },
      { fired: false, persons: 184, reward: '0', penalty: '0' },
      '三等',
    ],
    // reward_when indicator_met: jobs itself was met, so 184 × 100 = 18400 though overall missed
    [
      'rewards on indicator_met although the overall target is missed',
      plan({ rewardWhen: 'indicator_met' }),
      { jobs: '6184', rate: '4.5' },
      { fired: true, persons: 184, reward: '18400', penalty: '0' },
      '三等',
    ],
    // jobs not binding: overall met by rate alone; penalty_when overall_missed does not hold; score 40 → 四等
    [
      'fines nothing for a missed non-binding indicator when the overall target is met',
      plan({}, { binding: false }),
      { jobs: '5950', rate: '4.0' },
      { fired: false, persons: 50, reward: '0', penalty: '0' },
      '四等',
    ],
    // penalty_when indicator_missed: 50 × 100 = 5000 though overall met
    [
      'fines on indicator_missed although the overall target is met',
      plan({ penaltyWhen: 'indicator_missed' }, { binding: false }),
      { jobs: '5950', rate: '4.0' },
      { fired: true, persons: 50, reward: '0', penalty: '5000' },
      '四等',
    ],
    // different rates: 184 × 200 = 36800
    [
      'uses the reward rate of the rule',
      plan({ reward: '200', penalty: '50' }),
      { jobs: '6184', rate: '4.0' },
      { fired: true, persons: 184, reward: '36800', penalty: '0' },
      '一等',
    ],
    // 50 × 50 = 2500
    [
      'uses the penalty rate of the rule',
      plan({ reward: '200', penalty: '50' }),
      { jobs: '5950', rate: '4.0' },
      { fired: true, persons: 50, reward: '0', penalty: '2500' },
      '四等',
    ],
    // 0.6001 − 0.6 = 0.0001 万人 = 1 person → 100 yuan
    [
      'counts a 万人 surplus of 0.0001 as one person',
      plan({}, { unit: '万人', target: '0.6' }),
      { jobs: '0.6001', rate: '4.0' },
      { fired: true, persons: 1, reward: '100', penalty: '0' },
      '一等',
    ],
    // 0.6 − 0.59999 = 0.00001 万人 = 0.1 person → ceil → 1 person → 100 yuan
    [
      'fines a 万人 shortfall of 0.00001 (0.1 person) as one person',
      plan({}, { unit: '万人', target: '0.6' }),
      { jobs: '0.59999', rate: '4.0' },
      { fired: true, persons: 1, reward: '0', penalty: '100' },
      '四等',
    ],
    // 5.23 万人 − 5.2 万人 = 0.03 万人 = 300 persons → 30000
    [
      'counts 0.03 万人 above target as 300 persons',
      plan({}, { unit: '万人', target: '5.2' }),
      { jobs: '5.23', rate: '4.0' },
      { fired: true, persons: 300, reward: '30000', penalty: '0' },
      '一等',
    ],
    // 6000.5 − 6000 = 0.5 person → floor → 0: no reward
    [
      'pays nothing for half a person above target',
      plan(),
      { jobs: '6000.5', rate: '4.0' },
      { fired: false, persons: 0, reward: '0', penalty: '0' },
      '一等',
    ],
  ] as const)('%s', (_name, spec, actuals, effect, grade) => {
    const unit = scoreUnit(spec, actuals);
    expect(unit.rules).toEqual([
      {
        rule: 1,
        type: 'per_person',
        fired: effect.fired,
        source: 'plan.yaml:100:3',
        indicator: 'jobs',
        persons: effect.persons,
        reward_yuan: effect.reward,
        penalty_yuan: effect.penalty,
      },
    ]);
    expect([unit.reward_yuan, unit.penalty_yuan, unit.award_eligible, unit.grade?.final]).toEqual([
      effect.reward,
      effect.penalty,
      true,
      grade,
    ]);
  });

  it.each([
    // rate missing → incomplete: the 184 persons earn nothing yet; score 60 (jobs met) → 三等
    // rate's points unknown: no grade from the partial total
    ['does nothing for an incomplete unit', plan(), { jobs: '6184', rate: null }, undefined],
    // the unit has no jobs target: nothing to count; score 40 → 四等 (max 40)
    [
      'does nothing for a unit without a target for the indicator',
      plan({}, { target: 'none' }),
      { rate: '4.0' },
      '四等',
    ],
    // jobs not binding and empty: overall met by rate, but no surplus to count; score 40 → 四等
    [
      'does nothing when the indicator has no actual',
      plan({}, { binding: false }),
      { jobs: null, rate: '4.0' },
      undefined, // jobs is worth points: the total is partial, no grade
    ],
  ] as const)('%s', (_name, spec, actuals, grade) => {
    const unit = scoreUnit(spec, actuals);
    expect(unit.rules).toEqual([
      { rule: 1, type: 'per_person', fired: false, source: 'plan.yaml:100:3', indicator: 'jobs' },
    ]);
    expect([unit.reward_yuan, unit.penalty_yuan, unit.net_yuan, unit.award_eligible, unit.grade?.final]).toEqual([
      '0',
      '0',
      '0',
      true,
      grade,
    ]);
  });
});
