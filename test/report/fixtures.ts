// Results written by hand (not produced by the core), so the reporters are tested against numbers
// worked out here. The city plan follows seed 003: 100 yuan per person above target, 100 yuan fine
// per person short, award withdrawn and grade down one level when the overall target is missed.
import type { IndicatorResult, Result, RuleEffect, UnitResult } from '../../src/model.js';

const jobs = (
  target: string,
  actual: string | null,
  status: IndicatorResult['status'],
  surplus: string | null,
  score: string,
): IndicatorResult => ({
  id: 'urban_new_jobs',
  name: '城镇新增就业',
  unit: '人',
  direction: 'at_least',
  binding: true,
  required: true,
  target,
  actual,
  status,
  surplus,
  weight: '60',
  score,
});
const rate = (
  target: string,
  actual: string | null,
  status: IndicatorResult['status'],
  surplus: string | null,
  score: string,
): IndicatorResult => ({
  id: 'unemployment_rate',
  name: '城镇登记失业率',
  unit: '%',
  direction: 'at_most',
  binding: true,
  required: true,
  target,
  actual,
  status,
  surplus,
  weight: '40',
  score,
});

// The three rules of the city plan, as each unit's effects: per_person, disqualify_award, downgrade.
function cityRules(fired: boolean, persons: number, reward: string, penalty: string): RuleEffect[] {
  return [
    {
      rule: 1,
      type: 'per_person',
      fired: reward !== '0' || penalty !== '0',
      source: 'city-2010.yaml:30:5',
      indicator: 'urban_new_jobs',
      persons,
      reward_yuan: reward,
      penalty_yuan: penalty,
    },
    { rule: 2, type: 'disqualify_award', fired, source: 'city-2010.yaml:36:5' },
    { rule: 3, type: 'downgrade', fired, source: 'city-2010.yaml:38:5', steps: 1 },
  ];
}

const people = (head: string, deputy: string, departmentHead: string, staff: string): UnitResult['responsible'] => ({
  head,
  deputy,
  department_head: departmentHead,
  staff,
});

// 城关区: 6184 − 6000 = 184 persons over → 184 × 100 = 18,400 yuan; rate 4.1 <= 4.3 met; score 60 + 40 = 100 → 一等.
const chengguan: UnitResult = {
  id: 'chengguan',
  name: '城关区',
  depth: 0,
  indicators: [jobs('6000', '6184', 'met', '184', '60'), rate('4.3', '4.1', 'met', '0.2', '40')],
  score: '100',
  max_score: '100',
  overall: 'met',
  reward_yuan: '18400',
  penalty_yuan: '0',
  net_yuan: '18400',
  award_eligible: true,
  grade: { base: '一等', final: '一等', steps_down: 0 },
  responsible: people('张某', '李某', '王某', '赵某'),
  rules: cityRules(false, 184, '18400', '0'),
};

// 东城区: 4712 − 5000 = −288 → 288 × 100 = 28,800 yuan fine; award withdrawn; base 二等 down one → 三等.
const dongcheng: UnitResult = {
  id: 'dongcheng',
  name: '东城区',
  depth: 0,
  indicators: [jobs('5000', '4712', 'missed', '-288', '0'), rate('4.5', '4.4', 'met', '0.1', '40')],
  score: '40',
  max_score: '100',
  overall: 'missed',
  reward_yuan: '0',
  penalty_yuan: '28800',
  net_yuan: '-28800',
  award_eligible: false,
  grade: { base: '二等', final: '三等', steps_down: 1 },
  responsible: people('钱某', '孙某', '周某', '吴某'),
  rules: cityRules(true, 288, '0', '28800'),
};

// 西城区: jobs met (4100 >= 4000, +100) but the rate is missing → incomplete: no reward, no fine;
// score 60 → 三等 by the thresholds (>= 60).
const xicheng: UnitResult = {
  id: 'xicheng',
  name: '西城区',
  depth: 0,
  indicators: [jobs('4000', '4100', 'met', '100', '60'), rate('4.3', null, 'missing', null, '0')],
  score: '60',
  max_score: '100',
  overall: 'incomplete',
  reward_yuan: '0',
  penalty_yuan: '0',
  net_yuan: '0',
  award_eligible: true,
  grade: { base: '三等', final: '三等', steps_down: 0 },
  responsible: people('郑某', '冯某', '陈某', '褚某'),
  rules: [
    { rule: 1, type: 'per_person', fired: false, source: 'city-2010.yaml:30:5' },
    { rule: 2, type: 'disqualify_award', fired: false, source: 'city-2010.yaml:36:5' },
    { rule: 3, type: 'downgrade', fired: false, source: 'city-2010.yaml:38:5' },
  ],
};

// 南山县: 2950 − 3000 = −50 → 5,000 yuan fine; rate 4.2 > 4.0 missed; base 四等 is the last level, so
// the fired downgrade moves nothing (steps_down 0) and the final grade stays 四等.
const nanshan: UnitResult = {
  id: 'nanshan',
  name: '南山县',
  depth: 0,
  indicators: [jobs('3000', '2950', 'missed', '-50', '0'), rate('4.0', '4.2', 'missed', '-0.2', '0')],
  score: '0',
  max_score: '100',
  overall: 'missed',
  reward_yuan: '0',
  penalty_yuan: '5000',
  net_yuan: '-5000',
  award_eligible: false,
  grade: { base: '四等', final: '四等', steps_down: 0 },
  responsible: people('卫某', '蒋某', '沈某', '韩某'),
  rules: cityRules(true, 50, '0', '5000'),
};

/**
 * The city plan, 4 units. Totals: met 1, missed 2, incomplete 1; reward 18,400; fines 28,800 + 5,000 = 33,800; net
 * 18,400 − 33,800 = −15,400.
 */
export const cityResult: Result = {
  kaohe: 1,
  kaohe_version: '0.1.0',
  plan: {
    id: 'city-2010',
    title: '2010年度就业目标责任考核',
    issuer: '某市人民政府',
    budget: '市财政',
    period: { from: 2010, to: 2010 },
  },
  inputs: [{ path: 'plans/city-2010.yaml', sha256: 'a'.repeat(64) }],
  units: [chengguan, dongcheng, xicheng, nanshan],
  totals: {
    units: 4,
    met: 1,
    missed: 2,
    incomplete: 1,
    award_ineligible: 2,
    downgraded: 1,
    reward_yuan: '18400',
    penalty_yuan: '33800',
    net_yuan: '-15400',
  },
};

/**
 * A multi-year province plan scored as of 2022, with no rules and no grades: a root and a child unit (depth 1)
 * whose name holds a pipe, and an indicator only the root has a target for. 2 units, both met.
 */
export const provinceResult: Result = {
  kaohe: 1,
  plan: { id: 'province-2021', title: '“十四五”就业促进规划', period: { from: 2021, to: 2025 }, as_of: 2022 },
  inputs: [{ path: 'plans/province.yaml', sha256: 'b'.repeat(64) }],
  units: [
    {
      id: 'province',
      name: '全省',
      depth: 0,
      indicators: [
        {
          id: 'urban_new_jobs',
          name: '城镇新增就业',
          unit: '万人',
          direction: 'at_least',
          target: '170',
          actual: '171.5',
          status: 'met',
          surplus: '1.5',
          score: '0',
        },
        {
          id: 'skilled_workers',
          name: '技能人才总量',
          unit: '万人',
          direction: 'at_least',
          target: '1200',
          actual: '1234567.89',
          status: 'met',
          surplus: '1233367.89',
          score: '0',
        },
      ],
      score: '0',
      overall: 'met',
      reward_yuan: '0',
      penalty_yuan: '0',
      net_yuan: '0',
      award_eligible: true,
      grade: null,
      responsible: {},
    },
    {
      id: 'chengdu',
      name: '成都市|高新区',
      parent: 'province',
      depth: 1,
      indicators: [
        {
          id: 'urban_new_jobs',
          name: '城镇新增就业',
          unit: '万人',
          direction: 'at_least',
          target: '50',
          actual: '52',
          status: 'met',
          surplus: '2',
          score: '0',
        },
      ],
      score: '0',
      overall: 'met',
      reward_yuan: '0',
      penalty_yuan: '0',
      net_yuan: '0',
      award_eligible: true,
      grade: null,
      responsible: { head: '刘某' },
    },
  ],
  totals: { units: 2, met: 2, missed: 0, incomplete: 0, reward_yuan: '0', penalty_yuan: '0', net_yuan: '0' },
};
