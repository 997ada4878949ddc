// diffResults / diffPlans: every expected delta below is new − old worked by hand; results are
// written out here (not produced by the scorer), so the diff is tested on its own.
import { describe, expect, it } from 'vitest';
import { compareField, diffInputs, diffPlans, diffResult, diffResults, flattenPlan } from '../../src/core/diff.js';
import { D } from '../../src/decimal.js';
import type { IndicatorResult, Result, UnitResult } from '../../src/model.js';
import { makePlan, type PlanSpec } from './make-plan.js';

const jobs = (
  actual: string | null,
  status: IndicatorResult['status'],
  score: string,
  target = '2200',
): IndicatorResult => ({
  id: 'urban_new_jobs',
  name: '城镇新增就业',
  target,
  actual,
  status,
  surplus: actual === null ? null : new D(actual).minus(target).toFixed(),
  score,
});
const rate = (actual: string, status: IndicatorResult['status'], score: string): IndicatorResult => ({
  id: 'unemployment_rate',
  name: '城镇登记失业率',
  target: '4.5',
  actual,
  status,
  surplus: new D('4.5').minus(actual).toFixed(),
  score,
});

// 石桥县 one person short (2199 of 2200): score 40 (rate only), missed, fine 100, grade 三等 → 四等.
const shiqiaoMissed: UnitResult = {
  id: 'shiqiao',
  name: '石桥县',
  indicators: [jobs('2199', 'missed', '0'), rate('4.3', 'met', '40')],
  score: '40',
  overall: 'missed',
  reward_yuan: '0',
  penalty_yuan: '100',
  net_yuan: '-100',
  award_eligible: false,
  grade: { base: '三等', final: '四等', steps_down: 1 },
  responsible: {},
};
// Corrected to 2201: 2 persons over → score 60 + 40 = 100, met, reward floor(1) × 100 = 100, grade 一等.
const shiqiaoMet: UnitResult = {
  ...shiqiaoMissed,
  indicators: [jobs('2201', 'met', '60'), rate('4.3', 'met', '40')],
  score: '100',
  overall: 'met',
  reward_yuan: '100',
  penalty_yuan: '0',
  net_yuan: '100',
  award_eligible: true,
  grade: { base: '一等', final: '一等', steps_down: 0 },
};
const liulin: UnitResult = {
  id: 'liulin',
  name: '柳林县',
  indicators: [jobs('1800', 'met', '60', '1800')],
  score: '60',
  overall: 'met',
  reward_yuan: '0',
  penalty_yuan: '0',
  net_yuan: '0',
  award_eligible: true,
  grade: { base: '二等', final: '二等', steps_down: 0 },
  responsible: {},
};

function resultOf(units: UnitResult[], id = 'city-2010'): Result {
  const sum = (f: 'reward_yuan' | 'penalty_yuan' | 'net_yuan') =>
    units.reduce((s, u) => s.plus(u[f]), new D(0)).toFixed();
  return {
    kaohe: 1,
    plan: { id, title: `方案 ${id}`, period: { from: 2010, to: 2010 } },
    inputs: [],
    units,
    totals: {
      units: units.length,
      met: 0,
      missed: 0,
      incomplete: 0,
      reward_yuan: sum('reward_yuan'),
      penalty_yuan: sum('penalty_yuan'),
      net_yuan: sum('net_yuan'),
    },
  };
}

describe('compareField', () => {
  it.each([
    ['equal text is no change', '6000', '6000', true, undefined, undefined],
    ['the same number written differently is no change', '6000', '6000.0', true, undefined, undefined],
    // 6500 − 6000 = 500
    [
      'a larger number has a positive delta',
      '6000',
      '6500',
      true,
      undefined,
      { field: 'x', old: '6000', new: '6500', delta: '500' },
    ],
    // 0 − 100 = −100
    [
      'a smaller number has a negative delta',
      '100',
      '0',
      true,
      undefined,
      { field: 'x', old: '100', new: '0', delta: '-100' },
    ],
    // 4.4 − 4.35 = 0.05 exactly (in floats, 4.4 − 4.35 is 0.05000000000000071)
    [
      'a decimal delta is exact',
      '4.35',
      '4.4',
      true,
      undefined,
      { field: 'x', old: '4.35', new: '4.4', delta: '0.05' },
    ],
    // |2201 − 2199| = 2 <= 2
    ['a change within the tolerance is ignored', '2199', '2201', true, '2', undefined],
    // |2201 − 2199| = 2 > 1.9
    [
      'a change beyond the tolerance is kept',
      '2199',
      '2201',
      true,
      '1.9',
      { field: 'x', old: '2199', new: '2201', delta: '2' },
    ],
    ['a word change has no delta', 'missed', 'met', false, '100000', { field: 'x', old: 'missed', new: 'met' }],
    ['a value that appears has no delta', null, '2201', true, '100000', { field: 'x', old: null, new: '2201' }],
    [
      'a value that disappears is a change whatever the tolerance',
      '2199',
      null,
      true,
      '100000',
      { field: 'x', old: '2199', new: null },
    ],
  ])('%s', (_name, old, now, numeric, tolerance, expected) => {
    expect(
      compareField('x', old, now, numeric, tolerance === undefined ? {} : { tolerance: new D(tolerance) }),
    ).toEqual(expected);
  });
});

describe('diffResults', () => {
  const before = resultOf([shiqiaoMissed, liulin]);
  const after = resultOf([shiqiaoMet, liulin]);

  it('lists the unit fields that changed, with old, new and delta (100 − 40 = 60; 100 − 0; 0 − 100; 100 − (−100) = 200)', () => {
    expect(diffResult(before, after).rows[0]).toEqual({
      change: 'changed',
      unit: 'shiqiao',
      unitName: '石桥县',
      fields: [
        { field: 'score', old: '40', new: '100', delta: '60' },
        { field: 'overall', old: 'missed', new: 'met' },
        { field: 'reward_yuan', old: '0', new: '100', delta: '100' },
        { field: 'penalty_yuan', old: '100', new: '0', delta: '-100' },
        { field: 'net_yuan', old: '-100', new: '100', delta: '200' },
        { field: 'award_eligible', old: 'false', new: 'true' },
        { field: 'grade_base', old: '三等', new: '一等' },
        { field: 'grade_final', old: '四等', new: '一等' },
      ],
    });
  });

  it('lists the indicator fields that changed on their own row (2201 − 2199 = 2; 60 − 0 = 60)', () => {
    expect(diffResult(before, after).rows[1]).toEqual({
      change: 'changed',
      unit: 'shiqiao',
      unitName: '石桥县',
      indicator: 'urban_new_jobs',
      indicatorName: '城镇新增就业',
      fields: [
        { field: 'actual', old: '2199', new: '2201', delta: '2' },
        { field: 'status', old: 'missed', new: 'met' },
        { field: 'score', old: '0', new: '60', delta: '60' },
      ],
    });
  });

  it('leaves unchanged units and indicators out and counts the units', () => {
    const diff = diffResult(before, after);
    expect(diff.rows.map((r) => `${r.unit}/${r.indicator ?? ''}`)).toEqual(['shiqiao/', 'shiqiao/urban_new_jobs']);
    expect(diff.unchangedUnits).toBe(1);
  });

  it('lists the money totals that changed (reward 0 + 0 → 100 + 0; fine 100 + 0 → 0 + 0; net −100 → 100)', () => {
    expect(diffResult(before, after).totals).toEqual([
      { field: 'reward_yuan', old: '0', new: '100', delta: '100' },
      { field: 'penalty_yuan', old: '100', new: '0', delta: '-100' },
      { field: 'net_yuan', old: '-100', new: '100', delta: '200' },
    ]);
  });

  it('finds nothing in a result diffed with itself', () => {
    expect(diffResults([before], [before])).toEqual({
      kind: 'results',
      differs: false,
      plans: [
        {
          id: 'city-2010',
          title: '方案 city-2010',
          change: 'unchanged',
          rows: [],
          totals: [],
          unchangedUnits: 2,
          inputs: [],
        },
      ],
    });
  });

  it('lists the inputs whose bytes differ, matched by path: changed, removed, added', () => {
    const sha = (c: string) => c.repeat(64);
    const old = [
      { path: 'plan.yaml', sha256: sha('a') },
      { path: 'actuals.csv', sha256: sha('b') },
      { path: 'old.csv', sha256: sha('c') },
    ];
    const now = [
      { path: 'plan.yaml', sha256: sha('a') },
      { path: 'actuals.csv', sha256: sha('d') },
      { path: 'new.csv', sha256: sha('e') },
    ];
    expect(diffInputs(old, now)).toEqual([
      { path: 'actuals.csv', change: 'changed', old: sha('b'), new: sha('d') },
      { path: 'old.csv', change: 'removed', old: sha('c'), new: null },
      { path: 'new.csv', change: 'added', old: null, new: sha('e') },
    ]);
  });

  it('matches units by id, not by position', () => {
    expect(diffResults([resultOf([shiqiaoMissed, liulin])], [resultOf([liulin, shiqiaoMissed])]).differs).toBe(false);
  });

  it.each([
    [
      'a unit only in the new result is added, with its own fields',
      [liulin],
      [liulin, shiqiaoMet],
      'added',
      null,
      '100',
    ],
    ['a unit only in the old result is removed', [liulin, shiqiaoMissed], [liulin], 'removed', '40', null],
  ])('%s', (_name, old, now, change, oldScore, newScore) => {
    const [row, ...rest] = diffResult(resultOf(old), resultOf(now)).rows;
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ change, unit: 'shiqiao' });
    expect(row!.fields[0]).toEqual({ field: 'score', old: oldScore, new: newScore });
  });

  it('shows an indicator only in the new result as an added row', () => {
    const withRate = { ...liulin, indicators: [...liulin.indicators, rate('4.4', 'met', '40')], score: '100' };
    const rows = diffResult(resultOf([liulin]), resultOf([withRate])).rows;
    expect(rows[1]).toEqual({
      change: 'added',
      unit: 'liulin',
      unitName: '柳林县',
      indicator: 'unemployment_rate',
      indicatorName: '城镇登记失业率',
      fields: [
        { field: 'target', old: null, new: '4.5' },
        { field: 'actual', old: null, new: '4.4' },
        { field: 'status', old: null, new: 'met' },
        { field: 'score', old: null, new: '40' },
      ],
    });
  });

  it('ignores numeric changes within --tolerance but never a change of status', () => {
    const diff = diffResult(before, after, { tolerance: new D('1000') });
    expect(diff.rows.flatMap((r) => r.fields.map((f) => f.field))).toEqual([
      'overall',
      'award_eligible',
      'grade_base',
      'grade_final',
      'status',
    ]);
    expect(diff.totals).toEqual([]);
  });

  it.each([
    ['a plan only in NEW is added', [], [resultOf([liulin], 'a')], 'added'],
    ['a plan only in OLD is removed', [resultOf([liulin], 'a')], [], 'removed'],
  ])('%s', (_name, old, now, change) => {
    const diff = diffResults(old, now);
    expect(diff.plans.map((p) => [p.id, p.change])).toEqual([['a', change]]);
    expect(diff.differs).toBe(true);
  });

  it('compares one result with one other whatever their plan ids: two years of a plan', () => {
    const diff = diffResults(
      [resultOf([shiqiaoMissed, liulin], 'city-2010')],
      [resultOf([shiqiaoMet, liulin], 'city-2011')],
    );
    expect(diff.plans.map((p) => [p.oldId, p.id, p.change, p.rows.length, p.unchangedUnits])).toEqual([
      ['city-2010', 'city-2011', 'changed', 2, 1],
    ]);
  });

  it('matches the results of several plans by plan id', () => {
    const diff = diffResults(
      [resultOf([liulin], 'a'), resultOf([shiqiaoMissed], 'b')],
      [resultOf([shiqiaoMet], 'b'), resultOf([liulin], 'a')],
    );
    expect(diff.plans.map((p) => [p.id, p.change])).toEqual([
      ['b', 'changed'],
      ['a', 'unchanged'],
    ]);
  });
});

describe('diffPlans', () => {
  const base: PlanSpec = {
    indicators: [
      { id: 'jobs', weight: '60' },
      { id: 'rate', unit: '%', direction: 'at_most', weight: '40' },
    ],
    units: [
      { id: 'a', targets: { jobs: '6000', rate: '4.3' } },
      { id: 'b', targets: { jobs: '5200' } },
    ],
    grades: { levels: ['一等', '二等'], thresholds: ['90'] },
    rules: [{ type: 'per_person', indicator: 'jobs', reward: '100', penalty: '100' }],
  };
  const changed = (edit: (spec: PlanSpec) => void): PlanSpec => {
    const spec = structuredClone(base);
    edit(spec);
    return spec;
  };

  it.each([
    // 6500 − 6000 = 500; the source is the target's own place in the plan (unit a at line 30, first target col 20)
    [
      'a target, by unit and indicator id',
      changed((s) => (s.units[0]!.targets.jobs = '6500')),
      {
        field: 'units[a].targets.jobs',
        change: 'changed',
        old: '6000',
        new: '6500',
        delta: '500',
        source: 'plan.yaml:30:20',
      },
    ],
    // 55 − 60 = −5
    [
      'a weight',
      changed((s) => (s.indicators[0]!.weight = '55')),
      {
        field: 'indicators[jobs].weight',
        change: 'changed',
        old: '60',
        new: '55',
        delta: '-5',
        source: 'plan.yaml:10:3',
      },
    ],
    // 200 − 100 = 100
    [
      "a rule's rate, by its index",
      changed((s) => ((s.rules![0] as { penalty: string }).penalty = '200')),
      { field: 'rules[0].penalty', change: 'changed', old: '100', new: '200', delta: '100', source: 'plan.yaml:100:3' },
    ],
    [
      'grade thresholds, as a list',
      changed((s) => (s.grades!.thresholds = ['85'])),
      { field: 'grades.thresholds', change: 'changed', old: '90', new: '85', source: 'plan.yaml:1:1' },
    ],
    [
      'a target set for the first time',
      changed((s) => (s.units[1]!.targets.rate = '4.4')),
      { field: 'units[b].targets.rate', change: 'added', old: null, new: '4.4', source: 'plan.yaml:31:30' },
    ],
    [
      'a whole unit added, in one line',
      changed((s) => s.units.push({ id: 'c', targets: { jobs: '100' } })),
      { field: 'units[c]', change: 'added', old: null, new: '单位c', source: 'plan.yaml:32:3' },
    ],
    [
      'a whole indicator removed, in one line',
      changed((s) => s.indicators.pop()),
      { field: 'indicators[rate]', change: 'removed', old: '指标rate', new: null, source: 'plan.yaml:11:3' },
    ],
  ])('shows a changed %s by path', (_name, spec, expected) => {
    const diff = diffPlans(makePlan(base), makePlan(spec));
    expect(diff.changes[0]).toEqual(expected);
    expect(diff.differs).toBe(true);
  });

  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(makePlan(base), makePlan(base))).toMatchObject({ changes: [], differs: false });
  });

  it('places each change with the given locator, by the path in the plan file', () => {
    const seen: unknown[] = [];
    const diff = diffPlans(
      makePlan(base),
      makePlan(changed((s) => (s.units[0]!.targets.jobs = '6500'))),
      {},
      {
        new: (path) => {
          seen.push(path);
          return 'new.yaml:80:31';
        },
      },
    );
    expect(seen).toEqual([['units', 0, 'targets', 'jobs']]);
    expect(diff.changes[0]!.source).toBe('new.yaml:80:31');
  });

  it('ignores a target change within the tolerance', () => {
    expect(
      diffPlans(makePlan(base), makePlan(changed((s) => (s.units[0]!.targets.jobs = '6010'))), { tolerance: new D(10) })
        .changes,
    ).toEqual([]);
  });

  it('flattens every setting scoring depends on, by path', () => {
    expect([...flattenPlan(makePlan(base)).keys()]).toEqual([
      'plan.title',
      'plan.period',
      'overall',
      'indicators[jobs].name',
      'indicators[jobs].unit',
      'indicators[jobs].direction',
      'indicators[jobs].weight',
      'indicators[jobs].binding',
      'indicators[jobs].scoring',
      'indicators[rate].name',
      'indicators[rate].unit',
      'indicators[rate].direction',
      'indicators[rate].weight',
      'indicators[rate].binding',
      'indicators[rate].scoring',
      'units[a].name',
      'units[a].targets.jobs',
      'units[a].targets.rate',
      'units[b].name',
      'units[b].targets.jobs',
      'rules[0].type',
      'rules[0].indicator',
      'rules[0].reward',
      'rules[0].penalty',
      'rules[0].reward_when',
      'rules[0].penalty_when',
      'grades.levels',
      'grades.thresholds',
    ]);
  });
});
