import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/plan.js';

const base = `kaohe: 1
plan:
  id: demo
  title: 示例
  period: 2010
indicators:
  - id: urban_new_jobs
    name: 城镇新增就业
    unit: 人
    direction: at_least
    weight: 60
  - id: unemployment_rate
    name: 城镇登记失业率
    unit: '%'
    direction: at_most
    weight: 40
    precision: 1
units:
  - id: chengguan
    name: 城关区
    targets: {urban_new_jobs: 6000, unemployment_rate: 4.3}
grades:
  levels: [一等, 二等, 三等, 四等]
  thresholds: [90, 75, 60]
rules:
  - type: per_person
    indicator: urban_new_jobs
    reward: 100
    penalty: 100
`;

const positions = (text: string) => loadPlan(text, 'p.yaml').diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`);

describe('loadPlan', () => {
  it('loads a valid plan with exact decimals taken from the source text', () => {
    const { value, diagnostics } = loadPlan(base.replace('4.3}', '4.30}'), 'p.yaml');
    expect(diagnostics).toEqual([]);
    const unit = value!.plan.units[0]!;
    expect(unit.targets.get('unemployment_rate')!.value.toFixed()).toBe('4.3');
    expect(unit.targets.get('urban_new_jobs')!.source).toEqual({ file: 'p.yaml', line: 21, col: 31 });
    expect(value!.plan.period).toEqual({ from: 2010, to: 2010 });
    expect(value!.plan.rules[0]).toMatchObject({
      type: 'per_person',
      rewardWhen: 'overall_met',
      penaltyWhen: 'overall_missed',
    });
  });

  it('keeps every digit of a 20-digit YAML number', () => {
    const { value } = loadPlan(base.replace('urban_new_jobs: 6000', 'urban_new_jobs: 123456789012345678901'), 'p.yaml');
    expect(value!.plan.units[0]!.targets.get('urban_new_jobs')!.value.toFixed()).toBe('123456789012345678901');
  });

  it('reports three mistakes on three lines with their own positions', () => {
    const text = base
      .replace('    direction: at_least', '    direction: atleast') // line 10
      .replace("    unit: '%'", '    unit: percent') // line 14
      .replace('    name: 城关区', '    name: 城关区\n    colour: red'); // line 21 (new)
    const diagnostics = loadPlan(text, 'p.yaml').diagnostics;
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      '10:16 SCHEMA',
      '14:11 SCHEMA',
      '21:5 SCHEMA',
    ]);
    expect(diagnostics[0]!.hint?.en).toBe('did you mean at_least?');
    expect(diagnostics[0]!.message.en).toBe(
      'indicators[0].direction must be one of at_least, at_most, approx (got "atleast")',
    );
    expect(diagnostics[2]!.message.en).toBe('units[0] has an unknown field "colour"');
  });

  it.each([
    [
      'duplicate indicator id',
      base.replace('id: unemployment_rate', 'id: urban_new_jobs'),
      ['12:9 DUPLICATE_INDICATOR', '21:37 UNKNOWN_INDICATOR'],
    ],
    [
      'unknown indicator in targets',
      base.replace('unemployment_rate: 4.3', 'unemploymnt_rate: 4.3'),
      ['21:37 UNKNOWN_INDICATOR'],
    ],
    [
      'per_person on a rate',
      base.replace('indicator: urban_new_jobs\n    reward', 'indicator: unemployment_rate\n    reward'),
      ['27:16 RULE_INDICATOR'],
    ],
    ['approx without tolerance', base.replace('direction: at_most', 'direction: approx'), ['15:16 TOLERANCE_REQUIRED']],
    ['thresholds that do not descend', base.replace('[90, 75, 60]', '[90, 60, 75]'), ['24:24 GRADE_THRESHOLDS']],
    ['too few thresholds', base.replace('[90, 75, 60]', '[90, 75]'), ['24:15 GRADE_THRESHOLDS']],
    [
      'unknown base grade',
      base.replace('    name: 城关区', '    name: 城关区\n    base_grade: 五等'),
      ['21:17 UNKNOWN_GRADE'],
    ],
    [
      'unknown parent',
      base.replace('    name: 城关区', '    name: 城关区\n    parent: city'),
      ['21:13 UNKNOWN_PARENT'],
    ],
    [
      'a parent cycle',
      base.replace('    name: 城关区', '    name: 城关区\n    parent: chengguan'),
      ['21:13 PARENT_CYCLE'],
    ],
    ['overall naming an unknown indicator', `${base}overall: [urban_new_job]\n`, ['30:11 UNKNOWN_INDICATOR']],
    ['a duplicate key', base.replace('  title: 示例', '  title: 示例\n  title: again'), ['5:3 YAML_DUPLICATE_KEY']],
    ['a YAML syntax error', base.replace('    weight: 60', '    weight: [60'), ['12:3 YAML_SYNTAX']],
    [
      'a __proto__ key',
      base.replace('urban_new_jobs: 6000,', '__proto__: 1, urban_new_jobs: 6000,'),
      ['21:15 YAML_FORBIDDEN_KEY'],
    ],
  ])('reports %s', (_name, text, expected) => {
    expect(positions(text)).toEqual(expected);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
    expect(positions(bomb)).toEqual(['4:36 YAML_ALIAS_LIMIT']); // the alias that crosses the budget
  });

  it('does not let a __proto__ key change any prototype', () => {
    loadPlan(base.replace('urban_new_jobs: 6000,', '__proto__: {polluted: 1}, urban_new_jobs: 6000,'), 'p.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('loads the bundled city plan', () => {
    const path = 'plans/city-2010.yaml';
    const { value, diagnostics } = loadPlan(readFileSync(path, 'utf8'), path);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value!.plan.units).toHaveLength(8);
  });
});
