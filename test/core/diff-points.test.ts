// diff of two plans sees every point-table and cohort field that changes a score, a grade, a rank or a prize (probe
// §11: a band, a threshold's edge, a per-count deduction, a section cap and a gate were "the same way"). Each delta is
// new − old worked by hand.
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/core/diff.js';
import { loadPlan } from '../../src/load/plan.js';
import type { Plan } from '../../src/model.js';

const base = `kaohe: 1
plan: {id: p, title: 表, period: 2010}
indicators:
  - {id: late, name: 未按时下达, unit: 次, direction: at_most, weight: 2, scoring: {method: per_count, deduct: 1, missing: zero}}
  - id: transfer
    name: 转移就业
    unit: 人
    direction: at_least
    weight: 5
    scoring:
      method: bands
      on: shortfall
      bands: [{to: 0, deduct: 0}, {above: 0, to: 5, deduct: 2}, {above: 5, deduct: 6}]
  - {id: jobs, name: 新增就业, unit: 人, direction: at_least, weight: 3, scoring: {method: steps, partial: ceil, below: {every: 5, points: 0.1, cap: 0.5}}}
  - {id: r1, name: 率一, unit: '%', direction: at_least}
  - {id: r2, name: 率二, unit: '%', direction: at_least}
units:
  - {id: a, name: 甲, group: g, targets: {transfer: 1000, jobs: 100, r1: 90, r2: 90}}
groups:
  - {id: rates, name: 两率, points: 2, per_miss: 1, indicators: [r1, r2]}
sections:
  - {id: s, title: 二, items: [late, transfer, jobs, rates]}
grades:
  levels: [优秀, 达标, 不达标]
  thresholds: [18, {above: 12}]
unit_groups: [{id: g, name: 县}]
prizes:
  - {name: 奖, group: g, yuan: [1000, 500]}
`;

const plan = (text: string): Plan => {
  const loaded = loadPlan(text, 'p.yaml');
  expect(loaded.diagnostics).toEqual([]);
  return loaded.value!.plan;
};
const changes = (edit: (text: string) => string) =>
  diffPlans(plan(base), plan(edit(base))).changes.map((c) => [c.field, c.old, c.new, c.delta]);

describe('diff of two plans: the point table and the cohort', () => {
  it('finds nothing between the plan and itself', () => {
    expect(changes((t) => t)).toEqual([]);
  });

  it.each([
    // 2 − 1 = 1
    [
      'a per-count deduction',
      (t: string) => t.replace('deduct: 1,', 'deduct: 2,'),
      [['indicators[late].scoring.deduct', '1', '2', '1']],
    ],
    [
      "a band's deduction",
      (t: string) => t.replace('to: 5, deduct: 2', 'to: 5, deduct: 3'),
      [['indicators[transfer].scoring.bands.1', '(0, 5] deduct 2', '(0, 5] deduct 3', undefined]],
    ],
    [
      "a band's edge from 含 to 不含",
      (t: string) => t.replace('{above: 0, to: 5, deduct: 2}, {above: 5', '{above: 0, below: 5, deduct: 2}, {from: 5'),
      [
        ['indicators[transfer].scoring.bands.1', '(0, 5] deduct 2', '(0, 5) deduct 2', undefined],
        ['indicators[transfer].scoring.bands.2', '(5, ∞) deduct 6', '[5, ∞) deduct 6', undefined],
      ],
    ],
    // 0.3 − 0.5 = −0.2
    [
      "a step side's cap",
      (t: string) => t.replace('cap: 0.5', 'cap: 0.3'),
      [['indicators[jobs].scoring.below.cap', '0.5', '0.3', '-0.2']],
    ],
    [
      'the partial-step rule',
      (t: string) => t.replace('partial: ceil', 'partial: floor'),
      [['indicators[jobs].scoring.partial', 'ceil', 'floor', undefined]],
    ],
    // 0.5 − 1 = −0.5
    [
      "a group's deduction per miss",
      (t: string) => t.replace('per_miss: 1', 'per_miss: 0.5'),
      [['groups[rates].per_miss', '1', '0.5', '-0.5']],
    ],
    [
      'a section cap added',
      (t: string) => t.replace('title: 二,', 'title: 二, cap: 15,'),
      [['sections[s].cap', null, '15', undefined]],
    ],
    [
      "a grade threshold's edge from > to ≥",
      (t: string) => t.replace('{above: 12}', '{from: 12}'),
      [['grades.thresholds', '18, > 12', '18, 12', undefined]],
    ],
    [
      'a gate added',
      (t: string) =>
        t.replace(
          '  thresholds: [18, {above: 12}]',
          '  thresholds: [18, {above: 12}]\n  gates: [{level: 优秀, requires: overall_met}]',
        ),
      [['grades.gates[优秀]', null, 'overall_met', undefined]],
    ],
    // 700 − 500 = 200
    [
      'a prize amount',
      (t: string) => t.replace('yuan: [1000, 500]', 'yuan: [1000, 700]'),
      [['prizes[奖].yuan.1', '500', '700', '200']],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(changes(edit)).toEqual(expected);
  });
});
