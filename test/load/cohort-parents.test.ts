// A parent ranked in one scope with its own child unit is refused (probe §18: 本市 took its counties' prize).
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/plan.js';

const plan = (units: string[], extra: string) =>
  [
    'kaohe: 1',
    'plan: {id: t, title: 测试, period: 2010}',
    'indicators:',
    '  - {id: s, name: 得分, unit: 人, direction: at_least, weight: 100}',
    'units:',
    ...units.map((u) => `  - ${u}`),
    extra,
  ].join('\n');
const codes = (yaml: string) =>
  loadPlan(yaml, 'plan.yaml')
    .diagnostics.filter((d) => d.code === 'RANK_PARENT_CHILD')
    .map((d) => `${d.code} ${d.line}:${d.col}`);

const city = '{id: city, name: 本市, targets: {s: 10}}';
const county = (id: string, group = '') =>
  `{id: ${id}, name: ${id}, parent: city, ${group ? `group: ${group}, ` : ''}targets: {s: 5}}`;
const groups = 'unit_groups: [{id: c, name: 县}, {id: p, name: 市}]';

describe('a parent ranked with its children', () => {
  it("is refused once, at the parent's id (6:10), when all units rank together", () => {
    expect(codes(plan([city, county('a'), county('b')], 'prizes: [{name: 奖, yuan: [1000]}]'))).toEqual([
      'RANK_PARENT_CHILD 6:10',
    ]);
  });

  it('is accepted when the parent is in a unit group of its own', () => {
    const parent = '{id: city, name: 本市, group: p, targets: {s: 10}}';
    expect(
      codes(plan([parent, county('a', 'c'), county('b', 'c')], `${groups}\nprizes: [{name: 奖, yuan: [1000]}]`)),
    ).toEqual([]);
  });

  it("is refused at the parent's group (6:33) when a quota counts over all units, though the groups differ", () => {
    const parent = '{id: city, name: 本市, group: p, targets: {s: 10}}';
    const quota = 'grades: {levels: [优秀, 达标], thresholds: [90]}\nquotas: [{level: 优秀, count: 1, edge: all_out}]';
    expect(codes(plan([parent, county('a', 'c')], `${groups}\n${quota}`))).toEqual(['RANK_PARENT_CHILD 6:33']);
  });

  it('says nothing when the plan ranks no one (no cohort declared)', () => {
    expect(codes(plan([city, county('a')], ''))).toEqual([]);
  });
});
