import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluate.js';
import { D } from '../../src/decimal.js';
import type { Actual } from '../../src/model.js';
import { validateResultDocument } from '../../src/generated/validators.js';
import { makeActuals, makePlan, OPTIONS, scorePlan, unitOf } from './make-plan.js';
import type { PlanSpec } from './make-plan.js';

// jobs (weight 60, binding), rate (at_most, weight 40, binding), training (weight 10, not binding).
const SPEC: PlanSpec = {
  indicators: [
    { id: 'jobs', weight: '60' },
    { id: 'rate', unit: '%', direction: 'at_most', weight: '40' },
    { id: 'training', weight: '10', binding: false },
  ],
  units: [
    { id: 'u', targets: { jobs: '100', rate: '4.3', training: '50' } },
    { id: 'v', targets: { jobs: '80' } },
  ],
};

describe('evaluatePlan: the result document', () => {
  it('copies the options and the plan header in contract order', () => {
    const plan = { ...makePlan(SPEC), issuer: '某市人民政府', document: '某政发〔2010〕1号' };
    const result = evaluatePlan(plan, [], {
      asOf: 2010,
      kaoheVersion: '9.9.9',
      inputs: [{ path: 'p.yaml', sha256: 'b'.repeat(64) }],
    });
    expect(JSON.stringify([result.kaohe, result.kaohe_version, result.plan, result.inputs])).toBe(
      JSON.stringify([
        1,
        '9.9.9',
        {
          id: 'test-plan',
          title: '测试方案',
          issuer: '某市人民政府',
          document: '某政发〔2010〕1号',
          period: { from: 2010, to: 2010 },
          as_of: 2010,
        },
        [{ path: 'p.yaml', sha256: 'b'.repeat(64) }],
      ]),
    );
  });

  it('leaves out optional header keys that were not given', () => {
    const result = evaluatePlan(makePlan(SPEC), [], OPTIONS);
    expect(Object.keys(result)).toEqual(['kaohe', 'plan', 'inputs', 'units', 'totals']);
    expect(Object.keys(result.plan)).toEqual(['id', 'title', 'period']);
  });

  it('lists only the indicators a unit has a target for, and sums only their weights', () => {
    // v has jobs only: max_score 60, not 60 + 40 + 10
    const v = unitOf(scorePlan(SPEC, makeActuals({ v: { jobs: '80' } })), 'v');
    expect([v.indicators.map((i) => i.id), v.score, v.max_score]).toEqual([['jobs'], '60', '60']);
  });

  it('gives every indicator entry its keys in contract order', () => {
    const u = unitOf(scorePlan(SPEC, makeActuals({ u: { jobs: '100', rate: '4', training: '50' } })), 'u');
    expect(Object.keys(u.indicators[0] ?? {})).toEqual([
      'id',
      'name',
      'unit',
      'direction',
      'binding',
      'required',
      'target',
      'actual',
      'status',
      'surplus',
      'weight',
      'score',
      'target_source',
      'actual_source',
    ]);
  });

  it.each([
    // all met: 60 + 40 + 10
    ['met when every required indicator is met', { jobs: '100', rate: '4.3', training: '50' }, 'met', '110'],
    // training is not binding: its miss leaves overall met; 60 + 40
    ['met when only a non-binding indicator is missed', { jobs: '100', rate: '4.3', training: '49' }, 'met', '100'],
    [
      'incomplete when a required actual is missing and none is missed',
      { jobs: '100', rate: null, training: '50' },
      'incomplete',
      '70',
    ],
    // jobs 99 missed beats rate missing
    [
      'missed when one required indicator is missed and another missing',
      { jobs: '99', rate: null, training: '50' },
      'missed',
      '10',
    ],
    // a missing non-binding item worth 10 points leaves the total partial (60 + 40 + ? = 100 of 110): incomplete
    [
      'incomplete when a non-binding item worth points is missing',
      { jobs: '100', rate: '4.3', training: null },
      'incomplete',
      '100',
    ],
  ] as const)('finds the unit %s', (_name, values, overall, score) => {
    const u = unitOf(scorePlan(SPEC, makeActuals({ u: values })), 'u');
    expect([u.overall, u.score]).toEqual([overall, score]);
  });

  it('reports a missing actual with null actual and surplus, score 0, and where the empty cell is', () => {
    const u = unitOf(scorePlan(SPEC, makeActuals({ u: { jobs: '100', rate: null } })), 'u');
    expect(u.indicators[1]).toMatchObject({
      actual: null,
      status: 'missing',
      surplus: null,
      score: '0',
      actual_source: 'actuals.csv:3:1',
    });
    expect(u.indicators[2]).toMatchObject({ actual: null, status: 'missing' });
    expect(u.indicators[2]).not.toHaveProperty('actual_source'); // no row at all
  });

  it('is met when no indicator is required', () => {
    const spec: PlanSpec = { indicators: [{ id: 'a', binding: false }], units: [{ id: 'u', targets: { a: '1' } }] };
    expect(unitOf(scorePlan(spec, makeActuals({ u: { a: '0' } })), 'u').overall).toBe('met');
  });

  it('gives grade null when the plan has no grades', () => {
    expect(unitOf(scorePlan(SPEC, []), 'u').grade).toBeNull();
  });

  it.each([
    ["without a year, in the plan's year", undefined, 'met'],
    ["with the plan's year", 2010, 'met'],
    ['with another year, not at all', 2009, 'missing'],
  ] as const)('reads a single-year actual %s', (_name, year, status) => {
    const u = unitOf(scorePlan(SPEC, makeActuals({ v: { jobs: '80' } }, year)), 'v');
    expect(u.indicators[0]?.status).toBe(status);
  });

  it('formats a spreadsheet cell as FILE:Sheet!C12', () => {
    const actual: Actual = {
      unit: 'v',
      indicator: 'jobs',
      value: new D('80'),
      source: { file: 'a.xlsx', line: 12, col: 3, cell: 'Sheet1!C12' },
    };
    expect(unitOf(scorePlan(SPEC, [actual]), 'v').indicators[0]?.actual_source).toBe('a.xlsx:Sheet1!C12');
  });

  it('ignores actuals of units the plan does not have', () => {
    const result = scorePlan(SPEC, makeActuals({ nobody: { jobs: '1' }, v: { jobs: '80' } }));
    expect(result.units.map((u) => u.id)).toEqual(['u', 'v']);
  });

  it('gives the same bytes whatever the order of the actuals', () => {
    const actuals = makeActuals({ u: { jobs: '100', rate: '4.4', training: '50' }, v: { jobs: '79' } });
    const plan = makePlan(SPEC);
    expect(JSON.stringify(evaluatePlan(plan, [...actuals].reverse(), OPTIONS))).toBe(
      JSON.stringify(evaluatePlan(plan, actuals, OPTIONS)),
    );
  });

  it('counts incomplete units in the totals', () => {
    // u: rate missing → incomplete; v: 79 < 80 → missed
    const result = scorePlan(SPEC, makeActuals({ u: { jobs: '100', rate: null, training: '50' }, v: { jobs: '79' } }));
    expect(result.totals).toMatchObject({ units: 2, met: 0, missed: 1, incomplete: 1 });
  });

  it('counts a unit as downgraded when its downgrade fired, even one already at the last level', () => {
    // both miss 80 with 79; a drops 二等 → 三等, b stays at 四等 (the last level) yet the rule fired for both
    const spec: PlanSpec = {
      indicators: [{ id: 'jobs' }],
      units: [
        { id: 'a', baseGrade: '二等', targets: { jobs: '80' } },
        { id: 'b', baseGrade: '四等', targets: { jobs: '80' } },
      ],
      grades: { levels: ['一等', '二等', '三等', '四等'], thresholds: ['90', '75', '60'] },
      rules: [{ type: 'downgrade' }],
    };
    const result = scorePlan(spec, makeActuals({ a: { jobs: '79' }, b: { jobs: '79' } }));
    expect(result.units.map((u) => u.grade?.steps_down)).toEqual([1, 0]);
    expect(result.totals.downgraded).toBe(2);
  });

  it('produces a valid result document with missing values and no rules', () => {
    expect(validateResultDocument(scorePlan(SPEC, makeActuals({ u: { jobs: null } })))).toBe(true);
  });
});
