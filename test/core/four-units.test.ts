// Issue #3: the city's 2010 rule worked by hand for four units. Each responsible unit is rewarded
// 100 yuan per person above its jobs target; a unit that misses its overall target is fined 100
// yuan per person short, loses award eligibility (取消评先) and drops one grade level (降一等).
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluate.js';
import { validateResultDocument } from '../../src/generated/validators.js';
import { makeActuals, makePlan } from './make-plan.js';

const plan = makePlan({
  period: 2010,
  indicators: [
    { id: 'jobs', unit: '人', direction: 'at_least', weight: '60' },
    { id: 'rate', unit: '%', direction: 'at_most', weight: '40' },
  ],
  units: [
    {
      id: 'chengguan',
      responsible: { head: '张某', deputy: '李某', department_head: '王某', staff: '赵某' },
      targets: { jobs: '6000', rate: '4.3' },
    },
    { id: 'dongcheng', baseGrade: '二等', targets: { jobs: '5000', rate: '4.3' } },
    { id: 'xicheng', targets: { jobs: '4000', rate: '4.3' } },
    { id: 'nanjiao', baseGrade: '二等', targets: { jobs: '3000', rate: '4.3' } },
  ],
  grades: { levels: ['一等', '二等', '三等', '四等'], thresholds: ['90', '75', '60'] },
  rules: [
    { type: 'per_person', indicator: 'jobs', reward: '100', penalty: '100' },
    { type: 'disqualify_award' },
    { type: 'downgrade', steps: 1 },
  ],
});
// actuals.csv rows 2…9, in this order
const actuals = makeActuals({
  chengguan: { jobs: '6184', rate: '4.0' },
  dongcheng: { jobs: '4712', rate: '4.1' },
  xicheng: { jobs: '4050', rate: '4.5' },
  nanjiao: { jobs: '3000', rate: '4.3' },
});
const result = evaluatePlan(plan, actuals, {
  inputs: [{ path: 'plans/city-2010.yaml', sha256: 'a'.repeat(64) }],
  kaoheVersion: '0.1.0',
});

function indicator(
  id: 'jobs' | 'rate',
  target: string,
  actual: string,
  status: string,
  surplus: string,
  score: string,
  unitLine: number,
  row: number,
) {
  const jobs = id === 'jobs';
  return {
    id,
    name: `指标${id}`,
    unit: jobs ? '人' : '%',
    direction: jobs ? 'at_least' : 'at_most',
    binding: true,
    required: true,
    target,
    actual,
    status,
    surplus,
    weight: jobs ? '60' : '40',
    score,
    target_source: `plan.yaml:${unitLine}:${jobs ? 20 : 30}`,
    actual_source: `actuals.csv:${row}:1`,
  };
}
function effects(perPerson: object, missed: boolean) {
  return [
    { rule: 1, type: 'per_person', fired: false, source: 'plan.yaml:100:3', indicator: 'jobs', ...perPerson },
    { rule: 2, type: 'disqualify_award', fired: missed, source: 'plan.yaml:101:3' },
    { rule: 3, type: 'downgrade', fired: missed, source: 'plan.yaml:102:3', ...(missed && { steps: 1 }) },
  ];
}

const expected = {
  kaohe: 1,
  kaohe_version: '0.1.0',
  plan: { id: 'test-plan', title: '测试方案', period: { from: 2010, to: 2010 } },
  inputs: [{ path: 'plans/city-2010.yaml', sha256: 'a'.repeat(64) }],
  units: [
    // 城关: 6184 − 6000 = 184 above → 184 × 100 = 18400; 4.0 <= 4.3 (surplus 4.3 − 4.0 = 0.3);
    // score 60 + 40 = 100 >= 90 → 一等; nothing missed: eligible, no downgrade.
    {
      id: 'chengguan',
      name: '单位chengguan',
      depth: 0,
      indicators: [
        indicator('jobs', '6000', '6184', 'met', '184', '60', 30, 2),
        indicator('rate', '4.3', '4', 'met', '0.3', '40', 30, 3),
      ],
      score: '100',
      max_score: '100',
      overall: 'met',
      reward_yuan: '18400',
      penalty_yuan: '0',
      net_yuan: '18400',
      award_eligible: true,
      grade: { base: '一等', final: '一等', steps_down: 0 },
      responsible: { head: '张某', deputy: '李某', department_head: '王某', staff: '赵某' },
      rules: effects({ fired: true, persons: 184, reward_yuan: '18400', penalty_yuan: '0' }, false),
    },
    // 东城: 5000 − 4712 = 288 short → fined 288 × 100 = 28800; jobs missed → overall missed → veto;
    // base_grade 二等 drops one → 三等. Score 0 + 40 = 40.
    {
      id: 'dongcheng',
      name: '单位dongcheng',
      depth: 0,
      indicators: [
        indicator('jobs', '5000', '4712', 'missed', '-288', '0', 31, 4),
        indicator('rate', '4.3', '4.1', 'met', '0.2', '40', 31, 5),
      ],
      score: '40',
      max_score: '100',
      overall: 'missed',
      reward_yuan: '0',
      penalty_yuan: '28800',
      net_yuan: '-28800',
      award_eligible: false,
      grade: { base: '二等', final: '三等', steps_down: 1 },
      responsible: {},
      rules: effects({ fired: true, persons: 288, reward_yuan: '0', penalty_yuan: '28800' }, true),
    },
    // 西城: jobs 4050 − 4000 = 50 above, but unemployment 4.5 > 4.3 (surplus 4.3 − 4.5 = −0.2) misses a
    // binding indicator → overall missed: no reward (reward needs overall met), no fine (no one short),
    // veto; score 60 >= 60 → 三等, down one → 四等.
    {
      id: 'xicheng',
      name: '单位xicheng',
      depth: 0,
      indicators: [
        indicator('jobs', '4000', '4050', 'met', '50', '60', 32, 6),
        indicator('rate', '4.3', '4.5', 'missed', '-0.2', '0', 32, 7),
      ],
      score: '60',
      max_score: '100',
      overall: 'missed',
      reward_yuan: '0',
      penalty_yuan: '0',
      net_yuan: '0',
      award_eligible: false,
      grade: { base: '三等', final: '四等', steps_down: 1 },
      responsible: {},
      rules: effects({ persons: 50, reward_yuan: '0', penalty_yuan: '0' }, true),
    },
    // 南郊: exactly on both targets: surplus 0 → no reward, no fine; met → eligible; base_grade 二等 stays.
    {
      id: 'nanjiao',
      name: '单位nanjiao',
      depth: 0,
      indicators: [
        indicator('jobs', '3000', '3000', 'met', '0', '60', 33, 8),
        indicator('rate', '4.3', '4.3', 'met', '0', '40', 33, 9),
      ],
      score: '100',
      max_score: '100',
      overall: 'met',
      reward_yuan: '0',
      penalty_yuan: '0',
      net_yuan: '0',
      award_eligible: true,
      grade: { base: '二等', final: '二等', steps_down: 0 },
      responsible: {},
      rules: effects({ persons: 0, reward_yuan: '0', penalty_yuan: '0' }, false),
    },
  ],
  // met: 城关, 南郊; missed: 东城, 西城 (both vetoed and downgraded);
  // reward 18400; penalty 28800; net 18400 − 28800 = −10400.
  totals: {
    units: 4,
    met: 2,
    missed: 2,
    incomplete: 0,
    award_ineligible: 2,
    downgraded: 2,
    reward_yuan: '18400',
    penalty_yuan: '28800',
    net_yuan: '-10400',
  },
};

describe('the four-unit case (issue #3)', () => {
  it.each(expected.units.map((u, i) => [u.id, i] as const))('scores %s as worked by hand', (_id, i) => {
    expect(result.units[i]).toEqual(expected.units[i]);
  });
  it('adds up the totals as worked by hand', () => {
    expect(result.totals).toEqual(expected.totals);
  });
  it('builds every key in the contract order (the JSON writer keeps insertion order)', () => {
    expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
  });
  it('is a valid result document', () => {
    expect(validateResultDocument(result)).toBe(true);
  });
});
