// Issue #5: a four-year plan (2021–2024) worked by hand, scored over the whole period and
// part-way (--as-of 2022, the second year: 时间过半、任务过半).
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluate.js';
import { validateResultDocument } from '../../src/generated/validators.js';
import { makePlan, makeYears, OPTIONS, unitOf } from './make-plan.js';

const plan = makePlan({
  period: { from: 2021, to: 2024 },
  indicators: [
    { id: 'jobs', unit: '万人', overPeriod: 'sum', weight: '30' }, // 累计 new jobs
    // each year within 4.5
    { id: 'rate', unit: '%', direction: 'at_most', overPeriod: 'every_year', weight: '20', binding: false },
    { id: 'skilled', unit: '万人', overPeriod: 'end', weight: '20' }, // 到2024年 a stock of 120 万人
    { id: 'growth', unit: '%', overPeriod: 'growth', weight: '30' }, // 年均增长 11 %
  ],
  units: [
    { id: 'a', targets: { jobs: '20', rate: '4.5', skilled: '120', growth: '11' } },
    { id: 'b', targets: { jobs: '20' } },
  ],
  rules: [{ type: 'per_person', indicator: 'jobs', reward: '100', penalty: '100' }],
});
const actuals = [
  ...makeYears('a', 'jobs', { 2021: '5', 2022: '5', 2023: '5', 2024: '5' }, 2),
  ...makeYears('a', 'rate', { 2021: '4.2', 2022: '4.5', 2023: '4.6', 2024: '4.1' }, 6),
  ...makeYears('a', 'skilled', { 2021: '100', 2022: '108', 2023: '115', 2024: '121' }, 10),
  // 10000 × 1.11 = 11100, × 1.11 = 12321, × 1.11 = 13676.31, × 1.11 = 15180.7041
  ...makeYears(
    'a',
    'growth',
    { 2020: '10000', 2021: '11100', 2022: '12321', 2023: '13676.31', 2024: '15180.7041' },
    14,
  ),
  ...makeYears('b', 'jobs', { 2021: '5', 2022: '5', 2023: '5', 2024: '4.9999' }, 19),
];
const whole = evaluatePlan(plan, actuals, OPTIONS);
const halfway = evaluatePlan(plan, actuals, { ...OPTIONS, asOf: 2022 });

function years(firstLine: number, values: [number, string][], status?: string[]) {
  return values.map(([year, actual], i) => ({
    year,
    actual,
    ...(status && { status: status[i] }),
    source: `actuals.csv:${firstLine + i}:1`,
  }));
}
const base = { direction: 'at_least', binding: true, required: true };

describe('the four-year case (issue #5), whole period', () => {
  const a = unitOf(whole, 'a');
  const b = unitOf(whole, 'b');
  it.each([
    // 5 + 5 + 5 + 5 = 20 = target: met with nothing to spare
    [
      'meets a cumulative sum exactly at its target',
      0,
      {
        id: 'jobs',
        name: '指标jobs',
        unit: '万人',
        ...base,
        target: '20',
        actual: '20',
        status: 'met',
        surplus: '0',
        weight: '30',
        score: '30',
        over_period: 'sum',
        years: years(2, [
          [2021, '5'],
          [2022, '5'],
          [2023, '5'],
          [2024, '5'],
        ]),
        target_source: 'plan.yaml:30:20',
      },
    ],
    // 4.6 > 4.5 in 2023: missed; the worst (highest) year 4.6 is shown, surplus 4.5 − 4.6 = −0.1
    [
      'misses an every_year ceiling broken in one year',
      1,
      {
        id: 'rate',
        name: '指标rate',
        unit: '%',
        direction: 'at_most',
        binding: false,
        required: false,
        target: '4.5',
        actual: '4.6',
        status: 'missed',
        surplus: '-0.1',
        weight: '20',
        score: '0',
        over_period: 'every_year',
        years: years(
          6,
          [
            [2021, '4.2'],
            [2022, '4.5'],
            [2023, '4.6'],
            [2024, '4.1'],
          ],
          ['met', 'met', 'missed', 'met'],
        ),
        target_source: 'plan.yaml:30:30',
      },
    ],
    // the 2024 stock 121 >= 120: surplus 1
    [
      'meets an end-of-period stock on its last year',
      2,
      {
        id: 'skilled',
        name: '指标skilled',
        unit: '万人',
        ...base,
        target: '120',
        actual: '121',
        status: 'met',
        surplus: '1',
        weight: '20',
        score: '20',
        over_period: 'end',
        years: years(10, [
          [2021, '100'],
          [2022, '108'],
          [2023, '115'],
          [2024, '121'],
        ]),
        target_source: 'plan.yaml:30:40',
      },
    ],
    // 15180.7041 = 10000 × 1.11^4: 11 % exactly, base year 2020, n = 2024 − 2020 = 4
    [
      'meets 11 % growth over four years exactly at base × 1.11^4',
      3,
      {
        id: 'growth',
        name: '指标growth',
        unit: '%',
        ...base,
        target: '11',
        actual: '11',
        status: 'met',
        surplus: '0',
        weight: '30',
        score: '30',
        over_period: 'growth',
        years: [
          { year: 2020, actual: '10000', source: 'actuals.csv:14:1' },
          { year: 2024, actual: '15180.7041', source: 'actuals.csv:18:1' },
        ],
        target_source: 'plan.yaml:30:50',
      },
    ],
  ])('%s', (_name, index, expected) => {
    expect(a.indicators[index]).toEqual(expected);
  });

  it('keeps unit a met overall (the broken ceiling is not binding) with score 30 + 0 + 20 + 30 = 80 of 100', () => {
    expect([a.overall, a.score, a.max_score, a.reward_yuan, a.penalty_yuan]).toEqual(['met', '80', '100', '0', '0']);
  });
  it('finds unit b short by 0.0001 万人 (5 + 5 + 5 + 4.9999 = 19.9999)', () => {
    expect(b.indicators[0]).toMatchObject({
      target: '20',
      actual: '19.9999',
      status: 'missed',
      surplus: '-0.0001',
      score: '0',
    });
  });
  it('fines unit b 100 yuan for that one person short', () => {
    // 0.0001 万人 = 1 person × 100 yuan
    expect(b.rules).toEqual([
      {
        rule: 1,
        type: 'per_person',
        fired: true,
        source: 'plan.yaml:100:3',
        indicator: 'jobs',
        persons: 1,
        reward_yuan: '0',
        penalty_yuan: '100',
      },
    ]);
    expect([b.overall, b.penalty_yuan, b.net_yuan]).toEqual(['missed', '100', '-100']);
  });
  it('totals one met, one missed, 100 yuan of fines', () => {
    expect(whole.totals).toEqual({
      units: 2,
      met: 1,
      missed: 1,
      incomplete: 0,
      award_ineligible: 0,
      downgraded: 0,
      reward_yuan: '0',
      penalty_yuan: '100',
      net_yuan: '-100',
    });
  });
  it('is a valid result document', () => {
    expect(validateResultDocument(whole)).toBe(true);
  });
});

describe('the four-year case (issue #5), as of 2022', () => {
  const a = unitOf(halfway, 'a');
  const b = unitOf(halfway, 'b');
  it.each([
    // pro rata: 20 × (2022 − 2021 + 1) / 4 = 10 due; 5 + 5 = 10: met exactly
    [
      'expects half the cumulative sum after two of four years',
      'a',
      0,
      {
        target: '10',
        actual: '10',
        status: 'met',
        surplus: '0',
        years: years(2, [
          [2021, '5'],
          [2022, '5'],
        ]),
      },
    ],
    // b's short year 2024 lies after --as-of: 5 + 5 = 10 meets the 10 due
    [
      'ignores actuals after the as-of year',
      'b',
      0,
      {
        target: '10',
        actual: '10',
        status: 'met',
        surplus: '0',
        years: years(19, [
          [2021, '5'],
          [2022, '5'],
        ]),
      },
    ],
    // 2021 4.2 and 2022 4.5 both within 4.5; worst 4.5 → surplus 0
    [
      'checks every year only up to the as-of year',
      'a',
      1,
      { target: '4.5', actual: '4.5', status: 'met', surplus: '0' },
    ],
    // the 2022 stock 108 < 120: missed by 12
    [
      'reads an end-of-period stock in the as-of year',
      'a',
      2,
      { target: '120', actual: '108', status: 'missed', surplus: '-12' },
    ],
    // 12321 = 10000 × 1.11^2, n = 2022 − 2020 = 2: still exactly 11 %
    [
      'measures growth over the years up to the as-of year',
      'a',
      3,
      {
        target: '11',
        actual: '11',
        status: 'met',
        surplus: '0',
        years: [
          { year: 2020, actual: '10000', source: 'actuals.csv:14:1' },
          { year: 2022, actual: '12321', source: 'actuals.csv:16:1' },
        ],
      },
    ],
  ] as const)('%s', (_name, unit, index, expected) => {
    expect(unitOf(halfway, unit).indicators[index]).toMatchObject(expected);
  });
  it('records the as-of year in the result', () => {
    expect(halfway.plan).toEqual({ id: 'test-plan', title: '测试方案', period: { from: 2021, to: 2024 }, as_of: 2022 });
  });
  it('misses unit a overall on the binding stock, with score 30 + 20 + 0 + 30 = 80', () => {
    expect([a.overall, a.score]).toEqual(['missed', '80']);
  });
  it('fines nobody: a is exactly on its pro-rata sum, b is met', () => {
    expect([a.penalty_yuan, b.overall, b.penalty_yuan, halfway.totals.penalty_yuan]).toEqual(['0', 'met', '0', '0']);
  });
});
