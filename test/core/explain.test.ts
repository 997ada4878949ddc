// explainUnit: the arithmetic of one unit, step by step (worded here by the catalogue, as src/report words it). Each expected text below was written from
// the plan and actuals of its case by hand (the numbers worked in the comments), not copied from
// the program; the plan helper puts indicator n at plan.yaml line 10 + n, unit n at line 30 + n
// (target k at column 20 + 10k), rule n at line 100 + n, and actual row n at actuals.csv line n + 2.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluate.js';
import { explainUnit, type ExplainInput, type Explanation } from '../../src/core/explain.js';
import { wordPhrase } from '../../src/messages/index.js';
import type { Actual, Lang } from '../../src/model.js';
import { OPTIONS, makeActuals, makePlan, makeYears, type PlanSpec } from './make-plan.js';

// The city rule of seed 003 on two indicators: 100 yuan per person over or short, award and grade lost on a miss.
const city: PlanSpec = {
  indicators: [
    { id: 'jobs', weight: '60' },
    { id: 'rate', unit: '%', direction: 'at_most', weight: '40', precision: 1 },
  ],
  units: [{ id: 'u', targets: { jobs: '6000', rate: '4.3' } }],
  grades: { levels: ['一等', '二等', '三等', '四等'], thresholds: ['90', '75', '60'] },
  rules: [
    { type: 'per_person', indicator: 'jobs', reward: '100', penalty: '100' },
    { type: 'disqualify_award' },
    { type: 'downgrade', steps: 1 },
  ],
};

function explain(
  spec: PlanSpec,
  actuals: Actual[],
  options: { indicator?: string; asOf?: number; extra?: Partial<ExplainInput> } = {},
): Explanation {
  const plan = makePlan(spec);
  const result = evaluatePlan(plan, actuals, { ...OPTIONS, ...(options.asOf !== undefined && { asOf: options.asOf }) });
  return explainUnit({ plan, actuals, result, ...options.extra }, spec.units[0]!.id, options.indicator);
}

const texts = (e: Explanation, lang: Lang = 'en'): string[] => e.steps.map((s) => wordPhrase(s.say, lang));
const withValues = (spec: PlanSpec, values: Record<string, string | null>, lang: Lang = 'en'): string[] =>
  texts(explain(spec, makeActuals({ u: values })), lang);

describe('explainUnit on a fined unit', () => {
  // jobs 5712 < 6000: missed, −288; rate 4.35 → 4.4 > 4.3: missed, −0.1; score 0; fine ceil(288) × 100 = 28800;
  // grade 0 < 60 → 四等, the downgrade fires but 四等 is the last level.
  const e = explain(city, makeActuals({ u: { jobs: '5712', rate: '4.35' } }));

  it('writes out every step, in order', () => {
    expect(texts(e)).toEqual([
      '指标jobs (jobs): target 6000 人, at least',
      'actual: 5712 人',
      '5712 ≥ 6000? no → missed',
      'surplus: 5712 − 6000 = -288',
      'score: missed, so 0 of 60',
      '指标rate (rate): target 4.3%, at most',
      'actual: 4.35%',
      'rounded half-up to 1 decimal place: target 4.3 → 4.3; actual 4.35 → 4.4',
      '4.4 ≤ 4.3? no → missed',
      'surplus: 4.3 − 4.4 = -0.1',
      'score: missed, so 0 of 40',
      'unit score: 0 + 0 = 0 of 100',
      'overall: missed (missed: 指标jobs, 指标rate)',
      'persons short: ceil(6000 − 5712) = 288; fine: 288 × 100 = 28800 yuan',
      'overall missed, so award eligibility is withdrawn',
      'overall missed, so the grade drops 1 level',
      'money: reward 0 − fine 28800 = net -28800 yuan',
      'grade before: score 0 < 60 → 四等',
      'grade after: 四等, already the lowest level',
    ]);
  });

  it('gives the target and the actual their places in the plan and the sheet', () => {
    expect(
      e.steps.filter((s) => s.source !== undefined && s.rule === undefined).map((s) => [s.kind, s.indicator, s.source]),
    ).toEqual([
      ['target', 'jobs', 'plan.yaml:30:20'],
      ['actual', 'jobs', 'actuals.csv:2:1'],
      ['target', 'rate', 'plan.yaml:30:30'],
      ['actual', 'rate', 'actuals.csv:3:1'],
    ]);
  });

  it("gives the fine the rule's place and the places of the target and actual it counts from", () => {
    expect(e.steps.find((s) => s.rule === 1)).toMatchObject({
      kind: 'rule',
      value: '28800',
      source: 'plan.yaml:100:3',
      refs: [
        { name: 'target', source: 'plan.yaml:30:20' },
        { name: 'actual', source: 'actuals.csv:2:1' },
      ],
    });
  });

  it('writes the fine in Chinese', () => {
    expect(texts(e, 'zh')).toContain('少 ceil(6000 − 5712) = 288 人;罚款 288 × 100 = 28800 元');
  });
});

describe('explainUnit, one behaviour at a time', () => {
  it.each([
    // 6184 − 6000 = 184 over, overall met (4.34 → 4.3 <= 4.3): 184 × 100 = 18400
    [
      'a reward per whole person over target',
      { jobs: '6184', rate: '4.34' },
      'surplus persons: floor(6184 − 6000) = 184; reward: 184 × 100 = 18400 yuan',
    ],
    // 188 over, but 4.35 → 4.4 misses the rate and so the overall target: the reward is forfeited
    [
      'a reward forfeited by a missed overall target',
      { jobs: '6188', rate: '4.35' },
      'surplus persons: floor(6188 − 6000) = 188; no reward: it needs the overall target met',
    ],
    // exactly 6000: 0 persons either way
    ['no money exactly on target', { jobs: '6000', rate: '4.3' }, 'surplus persons: floor(6000 − 6000) = 0; no money'],
    [
      'the rounding that turns 4.34 into 4.3',
      { jobs: '6000', rate: '4.34' },
      'rounded half-up to 1 decimal place: target 4.3 → 4.3; actual 4.34 → 4.3',
    ],
    // at_most: surplus is target − actual, 4.3 − 4.1 = 0.2
    ['an at_most surplus as target minus actual', { jobs: '6000', rate: '4.1' }, 'surplus: 4.3 − 4.1 = 0.2'],
    // 100 >= 90 → 一等
    ['the base grade read off the thresholds', { jobs: '6000', rate: '4.3' }, 'grade before: score 100 ≥ 90 → 一等'],
    ['no downgrade when the overall target is met', { jobs: '6000', rate: '4.3' }, 'grade after: 一等 (no downgrade)'],
    // jobs met (60), rate 4.4 missed: 60 >= 60 → 三等, down one → 四等
    ['a score exactly on a threshold', { jobs: '6000', rate: '4.4' }, 'grade before: score 60 ≥ 60 → 三等'],
    ['a grade moved down', { jobs: '6000', rate: '4.4' }, 'grade after: 三等 down 1 → 四等'],
    ['a missing actual', { jobs: '6000', rate: null }, 'actual: none, so the indicator is missing'],
    ['no comparison without an actual', { jobs: '6000', rate: null }, 'no actual to compare: missing, score 0'],
    [
      'an incomplete unit',
      { jobs: '6000', rate: null },
      'overall: incomplete (no actual for 指标rate; no rule fires until every required actual is in)',
    ],
    [
      'no rule on an incomplete unit',
      { jobs: '6000', rate: null },
      'per_person: does not fire, the unit is incomplete',
    ],
  ])('explains %s', (_name, values, expected) => {
    expect(withValues(city, values)).toContain(expected);
  });

  it.each([
    // 0.6 万人 − 0.5712 万人 = 0.0288 万人 = 288 persons
    [
      'persons counted from 万人',
      {
        indicators: [{ id: 'jobs', unit: '万人' as const }],
        units: [{ id: 'u', targets: { jobs: '0.6' } }],
        rules: city.rules,
      },
      { jobs: '0.5712' },
      'persons short: ceil((0.6 − 0.5712) × 10000) = 288; fine: 288 × 100 = 28800 yuan',
    ],
    // approx with 2% of 10 = 0.2: |10.1 − 10| = 0.1 <= 0.2
    [
      'an approx comparison with its tolerance',
      {
        indicators: [{ id: 'x', unit: '%' as const, direction: 'approx' as const, tolerance: '2%' }],
        units: [{ id: 'u', targets: { x: '10' } }],
      },
      { x: '10.1' },
      '|10.1 − 10| = 0.1 ≤ 0.2? yes → met',
    ],
    // 40 × 5000 / 8000 = 25
    [
      'a proportional score',
      {
        indicators: [{ id: 'x', weight: '40', scoring: 'proportional' as const }],
        units: [{ id: 'u', targets: { x: '8000' } }],
      },
      { x: '5000' },
      'score: 40 × min(5000 / 8000, 1) = 25',
    ],
    // 7 × 100 / 200 = 3.5
    [
      'a rate computed from two counts',
      {
        indicators: [{ id: 'n' }, { id: 'd' }, { id: 'r', unit: '%' as const, rateOf: ['n', 'd'] as [string, string] }],
        units: [{ id: 'u', targets: { r: '3' } }],
      },
      { n: '7', d: '200' },
      'actual: n / d: 7 × 100 / 200 = 3.5%',
    ],
    [
      'a base grade given in the plan',
      { ...city, units: [{ id: 'u', baseGrade: '二等', targets: { jobs: '6000' } }] },
      { jobs: '6000' },
      'grade before: 二等, given in the plan (base_grade)',
    ],
  ])('explains %s', (_name, spec, values, expected) => {
    expect(withValues(spec as PlanSpec, values)).toContain(expected);
  });

  it('explains an actual rolled up from the child units (100 + 200 = 300)', () => {
    const spec: PlanSpec = {
      indicators: [{ id: 'jobs' }],
      units: [
        { id: 'p', targets: { jobs: '250' } },
        { id: 'c1', parent: 'p', targets: {} },
        { id: 'c2', parent: 'p', targets: {} },
      ],
    };
    expect(texts(explain(spec, makeActuals({ c1: { jobs: '100' }, c2: { jobs: '200' } })))).toContain(
      "actual: 300 人, the sum of the child units' actuals",
    );
  });

  it('explains only the indicator asked for, the overall result and the rules on that indicator', () => {
    const e = explain(city, makeActuals({ u: { jobs: '5712', rate: '4.35' } }), { indicator: 'jobs' });
    expect(e.steps.map((s) => `${s.kind}:${s.indicator ?? s.rule ?? ''}`)).toEqual([
      'target:jobs',
      'actual:jobs',
      'comparison:jobs',
      'surplus:jobs',
      'score:jobs',
      'overall:',
      'rule:1',
    ]);
  });

  it.each([
    [
      'shows a value written otherwise as a conversion',
      '12.5万',
      ['actual: 125000 人', 'written "12.5万", read as 125000 人'],
    ],
    ['shows no conversion when the value was written as it is', '125000', ['actual: 125000 人']],
  ])('%s', (_name, written, expected) => {
    const spec: PlanSpec = { indicators: [{ id: 'jobs' }], units: [{ id: 'u', targets: { jobs: '120000' } }] };
    const e = explain(spec, makeActuals({ u: { jobs: '125000' } }), {
      extra: { written: (source) => (source === 'actuals.csv:2:1' ? written : undefined) },
    });
    expect(
      e.steps.filter((s) => s.kind === 'actual' || s.kind === 'conversion').map((s) => wordPhrase(s.say, 'en')),
    ).toEqual(expected);
  });

  it('passes every number of the texts through formatNumber', () => {
    const e = explain(city, makeActuals({ u: { jobs: '5712', rate: '4.3' } }), {
      extra: { formatNumber: (t) => `<${t}>` },
    });
    expect(texts(e)).toContain('persons short: ceil(<6000> − <5712>) = <288>; fine: <288> × <100> = <28800> yuan');
  });
});

describe('explainUnit on a multi-year plan', () => {
  const period = { from: 2021, to: 2024 };
  const spec: PlanSpec = {
    period,
    indicators: [{ id: 'jobs', overPeriod: 'sum' }],
    units: [{ id: 'u', targets: { jobs: '1000' } }],
  };

  it('lists each year with its place and adds them up (300 + 200 + 250 + 260 = 1010 ≥ 1000)', () => {
    const e = explain(spec, makeYears('u', 'jobs', { 2021: '300', 2022: '200', 2023: '250', 2024: '260' }));
    expect(e.steps.slice(1, 7).map((s) => [wordPhrase(s.say, 'en'), s.source])).toEqual([
      ['2021: 300 人', 'actuals.csv:2:1'],
      ['2022: 200 人', 'actuals.csv:3:1'],
      ['2023: 250 人', 'actuals.csv:4:1'],
      ['2024: 260 人', 'actuals.csv:5:1'],
      ['sum over the years: 300 + 200 + 250 + 260 = 1010', undefined],
      ['1010 ≥ 1000? yes → met', undefined],
    ]);
  });

  it('shows an unending average as the result does, at 4 places ((4.1 + 4 + 4) / 3 = 4.0333…, rounded half-up)', () => {
    const rate: PlanSpec = {
      period: { from: 2014, to: 2016 },
      indicators: [{ id: 'rate', unit: '%', direction: 'at_most', overPeriod: 'average' }],
      units: [{ id: 'u', targets: { rate: '4' } }],
    };
    expect(texts(explain(rate, makeYears('u', 'rate', { 2014: '4.1', 2015: '4', 2016: '4' }))).slice(4, 6)).toEqual([
      'average: (4.1 + 4 + 4) / 3 = 4.0333',
      '4.0333 ≤ 4? no → missed',
    ]);
  });

  it('explains the pro rata target under --as-of (2 of 4 years: 1000 × 2 / 4 = 500)', () => {
    const e = explain(spec, makeYears('u', 'jobs', { 2021: '300', 2022: '200' }), { asOf: 2022 });
    expect(texts(e).slice(0, 5)).toEqual([
      '指标jobs (jobs): target 1000 人, at least',
      'due by 2022 (pro rata, 2 of 4 years): 1000 × 2 / 4 = 500 人',
      '2021: 300 人',
      '2022: 200 人',
      'sum over the years: 300 + 200 = 500',
    ]);
  });
});
