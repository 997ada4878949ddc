// Anchors, aliases and merge keys as YAML defines them, in plans and YAML actuals; number forms a decimal field
// must not take; negative values refused by the schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/plan.js';
import { runKaohe } from '../helpers/memory-io.js';
import { load, places, plainRows } from './actuals/load.js';

const city = readFileSync('plans/city-2010.yaml', 'utf8');
const planOf = (text: string) => loadPlan(text, 'p.yaml');
const codes = (text: string) => planOf(text).diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`);
const target = (text: string, unit: string, indicator: string) =>
  planOf(text)
    .value!.plan.units.find((u) => u.id === unit)!
    .targets.get(indicator)!;

describe('YAML anchors, aliases and merge keys', () => {
  it.each([
    ['an alias whose anchor comes later', 'a: *demo\nb: &demo 1\n', '1:4 YAML_SYNTAX'],
    ['an alias with no name (found by the hostile-bytes property)', '*\u000e', '1:1 YAML_SYNTAX'],
  ])('refuses %s at the alias, never an internal error', (_name, text, expected) => {
    expect(codes(text)).toEqual([expected]);
  });

  it('reads a target alias as the anchored value, placed at the alias (p09: *t2200 is 2200)', () => {
    const text = readFileSync('fixtures/inputs/p09-target-scalar-alias.yaml', 'utf8');
    const liulin = target(text, 'liulin', 'urban_new_jobs');
    expect(liulin.value.toFixed()).toBe('2200');
    expect(liulin.source.line).toBe(117); // the alias's own line, in liulin's entry
    expect(target(text, 'shiqiao', 'urban_new_jobs').value.toFixed()).toBe('2200');
  });

  it('scores p09 with 柳林县 held to 2200: 400 persons short at 100 yuan each is 40,000 more in fines', async () => {
    const run = await runKaohe([
      'score',
      'fixtures/inputs/p09-target-scalar-alias.yaml',
      '--actuals',
      'plans/city-2010-actuals.csv',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0); // scored; no --fail-on asked
    const totals = JSON.parse(run.stdout).totals;
    // the city plan's own result is rewards 42,800 and fines 12,500; 柳林县 reached 1,800 of 2,200.
    expect([totals.reward_yuan, totals.penalty_yuan]).toEqual(['42800', '52500']);
  });

  it('shares a whole targets map, and merges one with << where the unit sets its own keys', () => {
    const text = city
      .replace(
        'targets: {urban_new_jobs: 2200, reemployed_laid_off: 800,',
        'targets: &county {urban_new_jobs: 2200, reemployed_laid_off: 800,',
      )
      .replace(
        /targets: \{urban_new_jobs: 1800, reemployed_laid_off: 600, hard_to_employ_jobs: 200,[^}]*\}/,
        'targets: {<<: *county, urban_new_jobs: 1800}',
      );
    expect(planOf(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(target(text, 'liulin', 'urban_new_jobs').value.toFixed()).toBe('1800'); // its own key wins
    expect(target(text, 'liulin', 'reemployed_laid_off').value.toFixed()).toBe('800'); // merged from &county
  });

  it('merges a list of maps with the first one winning, as the merge type defines', async () => {
    const text = [
      'kaohe: 1',
      'actuals:',
      '  year: 2010',
      '  values:',
      '    chengguan: &a {reemployed: 1}',
      '    xicheng: &b {reemployed: 2, unemployment_rate: 4}',
      '    dongcheng: {<<: [*a, *b]}',
    ].join('\n');
    const loaded = await load('a.yaml', text);
    expect(plainRows(loaded.value!.actuals).filter((r) => r.startsWith('dongcheng'))).toEqual([
      'dongcheng reemployed 2010 1',
      'dongcheng unemployment_rate 2010 4',
    ]);
  });

  it('reads aliases and merge keys in YAML actuals', async () => {
    const text = [
      'kaohe: 1',
      'actuals:',
      '  year: 2010',
      '  values:',
      '    chengguan: &same {reemployed: 5, unemployment_rate: &r 4.3}',
      '    dongcheng: {<<: *same, reemployed: 7}',
      '    xicheng: {unemployment_rate: *r}',
    ].join('\n');
    const loaded = await load('a.yaml', text);
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual([
      'chengguan reemployed 2010 5',
      'chengguan unemployment_rate 2010 4.3',
      'dongcheng reemployed 2010 7',
      'dongcheng unemployment_rate 2010 4.3',
      'xicheng unemployment_rate 2010 4.3',
    ]);
  });

  it('places a mistake inside an anchored map where it is written, once for each path that uses it', () => {
    const scoring = (name: string) =>
      `  - {id: ${name}, name: ${name}, unit: 人, direction: at_least, weight: 5, scoring: *b}\n`;
    const text =
      'kaohe: 1\nplan: {id: p, title: t, period: 2010}\nindicators:\n' +
      '  - id: a\n    name: a\n    unit: 人\n    direction: at_least\n    weight: 5\n    scoring: &b\n' +
      '      method: bands\n      on: completion\n      bands:\n        - {to: 0, deduct: 0}\n        - {above: 0, deduct: 2}\n' +
      '      floor: low\n' +
      scoring('b') +
      scoring('c') +
      'units:\n  - {id: u, name: U, targets: {a: 1, b: 1, c: 1}}\n';
    const found = planOf(text).diagnostics;
    // line 15 `      floor: low`: column 14 is the value
    expect(found.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['15:14 SCHEMA', '15:14 SCHEMA', '15:14 SCHEMA']);
    expect(found.map((d) => d.message.en.split(' ')[0])).toEqual([
      'indicators[0].scoring.floor',
      'indicators[1].scoring.floor',
      'indicators[2].scoring.floor',
    ]);
  });

  it('refuses a merge key whose value is not a map, at its line', () => {
    expect(codes(city.replace('targets: {urban_new_jobs: 1800,', 'targets: {<<: 5, urban_new_jobs: 1800,'))).toEqual([
      '117:19 YAML_SYNTAX',
    ]);
  });

  it('refuses nesting deeper than 64 levels at the node, and the parser stack overflow at its place', () => {
    // the document's map is level 1, so the list opened at column 4 + 63 is level 65
    expect(codes(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`)).toEqual(['1:67 YAML_SYNTAX']);
    const deep = codes(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatch(/^1:\d+ YAML_SYNTAX$/);
    // the parser's "Maximum call stack size exceeded" is not shown to a clerk (probe §32)
    const [overflow] = planOf(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).diagnostics;
    expect(overflow!.message).toEqual({
      en: 'YAML syntax error: nested too deeply to read',
      zh: 'YAML 语法错误:嵌套过深,无法读取',
    });
    expect(overflow!.hint?.en).toBe(
      'a plan nests a few levels deep; this file nests far deeper: is it the file you meant?',
    );
  });
});

describe('number forms a decimal field refuses by name', () => {
  it.each([
    ['.inf', 'infinity'],
    ['-.Inf', 'infinity'],
    ['.nan', 'not a number'],
    ['1e400', 'beyond the range'],
    ['1e-400', 'beyond the range'],
    ['0x10', 'hexadecimal 0x10 (16)'],
    ['0o17', 'octal 0o17 (15)'],
    ['0800', 'leading zero'],
  ])('refuses %s', (written, named) => {
    const { diagnostics } = planOf(city.replace('urban_new_jobs: 1800,', `urban_new_jobs: ${written},`));
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['117:31 YAML_NUMBER']);
    expect(diagnostics[0]!.message.en).toContain(named);
  });

  it('refuses .inf in YAML actuals at its place (y05d)', async () => {
    const loaded = await load('y05d.yaml', readFileSync('fixtures/inputs/y05d-inf.yaml'));
    expect(places(loaded)).toEqual(['YAML_NUMBER y05d.yaml:7:134']);
    expect(loaded.diagnostics[0]!.message.en).toBe('.inf (infinity) is not a value');
  });

  it('keeps exponent notation within range exactly (1e3 is 1000)', () => {
    expect(
      target(
        city.replace('urban_new_jobs: 1800,', 'urban_new_jobs: 1.8e3,'),
        'liulin',
        'urban_new_jobs',
      ).value.toFixed(),
    ).toBe('1800');
  });
});

describe('negative values refused by the schema', () => {
  it.each([
    ['a person target', 'urban_new_jobs: 1800,', 'urban_new_jobs: -1800,', '117:31'],
    ['a weight', 'weight: 30', 'weight: -30', '40:13'],
    ['a reward', 'reward: 100', 'reward: -100', '134:13'],
  ])('refuses %s', (_name, from, to, at) => {
    expect(codes(city.replace(from, to))).toEqual([`${at} SCHEMA`]);
  });

  it('refuses a negative actual', async () => {
    const text = 'kaohe: 1\nactuals:\n  year: 2010\n  values:\n    chengguan: {reemployed: -5}\n';
    expect(places(await load('a.yaml', text))).toEqual(['SCHEMA a.yaml:5:29']);
  });
});

describe('aliases without an anchor', () => {
  it('refuses *name with no &name before it at the alias, with no exception', () => {
    expect(codes(city.replace('urban_new_jobs: 1800,', 'urban_new_jobs: *t1800,'))).toEqual(['117:31 YAML_SYNTAX']);
  });
});
