// Plausibility before money (issue 13, item 4): slips reported at their cell before any yuan, outliers confirmed
// with --accept-outliers and recorded in the result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { loadPlan } from '../../src/load/plan.js';
import { checkPlausible } from '../../src/load/plausibility.js';
import type { Actual } from '../../src/model.js';
import { runKaohe } from '../helpers/memory-io.js';

const plan = loadPlan(readFileSync('plans/city-2010.yaml', 'utf8'), 'plans/city-2010.yaml').value!.plan;
// 城关区's targets (plans/city-2010.yaml): urban_new_jobs 6000 人, unemployment_rate 4.3 %.
const actual = (indicator: string, value: string): Actual => ({
  unit: 'chengguan',
  indicator,
  value: new D(value),
  source: { file: 'a.csv', line: 2, col: 5 },
});
const check = (indicator: string, value: string, accept = false) =>
  checkPlausible(plan, [actual(indicator, value)], accept);

describe('almost-sure slips', () => {
  it.each([
    ['persons typed as 万人 (100× the target)', 'urban_new_jobs', '600000', 'is 100 times the target 6000 人 or more'],
    ['a hundredth of the target', 'urban_new_jobs', '60', 'is a hundredth of the target 6000 人 or less'],
    ['a fraction typed for a percentage', 'unemployment_rate', '0.0435', 'a rate of 0.0435% where the target is 4.3%'],
    ['a rate above 100', 'unemployment_rate', '100.5', 'a rate of 100.5% is not between 0 and 100'],
    ['a rate below 0', 'unemployment_rate', '-0.1', 'a rate of -0.1% is not between 0 and 100'],
    ['a negative count', 'urban_new_jobs', '-6184', '-6184 人 is negative'],
    ['a fractional count (6183.567 shown 6184)', 'urban_new_jobs', '6183.567', 'is not a whole count (6183.567)'],
    ['31 significant digits', 'urban_new_jobs', '6184.000000000000000000000000001', 'more than 30 significant digits'],
  ])('refuses %s at its cell', (_name, indicator, value, said) => {
    const { diagnostics, accepted } = check(indicator, value);
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`)).toEqual(['ACTUALS_IMPLAUSIBLE a.csv:2:5']);
    expect(diagnostics[0]!.message.en).toContain(said);
    expect(accepted).toEqual([]);
  });

  it('hints the percentage meant: 0.0435 → 4.35%', () => {
    expect(check('unemployment_rate', '0.0435').diagnostics[0]!.hint!.en).toMatch(/^did you mean 4\.35%\?/);
  });

  it.each([
    ['just under 100×', 'urban_new_jobs', '599999'],
    ['just over a hundredth', 'urban_new_jobs', '61'],
    ['a whole count', 'urban_new_jobs', '6184'],
    ['zero (none, not a slip of scale)', 'urban_new_jobs', '0'],
    ['a rate above 1', 'unemployment_rate', '1.01'],
    ['a rate of exactly 100', 'unemployment_rate', '100'],
  ])('passes %s', (_name, indicator, value) => {
    expect(check(indicator, value).diagnostics).toEqual([]);
  });

  it('accepts outliers when asked and records them; never an impossible value', () => {
    expect(check('urban_new_jobs', '600000', true)).toEqual({
      diagnostics: [],
      accepted: [
        {
          unit: 'chengguan',
          indicator: 'urban_new_jobs',
          actual: '600000',
          target: '6000',
          reason: 'ratio_high',
          source: 'a.csv:2:5',
        },
      ],
    });
    expect(check('urban_new_jobs', '6183.567', true).diagnostics).toHaveLength(1);
    expect(check('unemployment_rate', '104', true).diagnostics).toHaveLength(1);
  });
});

describe('before any yuan', () => {
  it('exits 2 with nothing on stdout, and with --accept-outliers records the outlier in the result', async () => {
    const args = ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/ACTUALS_IMPLAUSIBLE.csv'];
    const refused = await runKaohe([...args, '--format', 'json']);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    const accepted = await runKaohe([...args, '--format', 'json', '--accept-outliers']);
    expect(JSON.parse(accepted.stdout).accepted_outliers).toEqual([
      {
        unit: 'chengguan',
        indicator: 'unemployment_rate',
        actual: '0.042',
        target: '4.3',
        reason: 'fraction_for_percent',
        source: 'fixtures/errors/ACTUALS_IMPLAUSIBLE.csv:2:10',
      },
    ]);
  });
});

describe('a rate of change is not a share (probe §16)', () => {
  // A plan with a growth rate (就业资金投入增长率, target 12%) and a share (城镇登记失业率, target 4.3%) for one unit.
  const growthPlan = loadPlan(
    [
      'kaohe: 1',
      'plan: {id: growth-demo, title: 增长率, period: 2010}',
      'indicators:',
      "  - {id: fund_growth, name: 就业资金投入增长率, unit: '%', direction: at_least, weight: 50}",
      "  - {id: services_growth, name: 服务业增加值增速, unit: '%', direction: at_least, weight: 20}",
      "  - {id: unemployment_rate, name: 城镇登记失业率, unit: '%', direction: at_most, weight: 30}",
      'units:',
      '  - {id: a, name: 甲, targets: {fund_growth: 12, services_growth: 8, unemployment_rate: 4.3}}',
    ].join('\n'),
    'g.yaml',
  ).value!.plan;
  const slips = (indicator: string, value: string) =>
    checkPlausible(
      growthPlan,
      [{ unit: 'a', indicator, value: new D(value), source: { file: 'a.csv', line: 2, col: 3 } }],
      false,
    ).diagnostics.map((d) => d.message.en);

  it.each([
    ['a fund that shrank: −2%', 'fund_growth', '-2'],
    ['a fund that more than doubled: 150%', 'fund_growth', '150'],
    ['a slow year: 1% growth against a target of 8%', 'services_growth', '1'],
    ['a growth rate 100 times its target: 900% against 8%', 'services_growth', '900'],
  ])('accepts %s', (_name, indicator, value) => {
    expect(slips(indicator, value)).toEqual([]);
  });

  it('keeps every check on a share: 0.043% for 4.3%, 150%, −1%', () => {
    expect(slips('unemployment_rate', '0.043')).toEqual([
      'a rate of 0.043% where the target is 4.3%: a fraction typed for a percentage?',
    ]);
    expect(slips('unemployment_rate', '150')).toEqual(['a rate of 150% is not between 0 and 100']);
    expect(slips('unemployment_rate', '-1')).toEqual(['a rate of -1% is not between 0 and 100']);
  });

  it('still counts the digits of a growth rate', () => {
    expect(slips('fund_growth', '1.000000000000000000000000000001')).toEqual([
      '1.000000000000000000000000000001 has more than 30 significant digits',
    ]);
  });
});
