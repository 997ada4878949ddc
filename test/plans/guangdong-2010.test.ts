// plans/guangdong-2010.yaml scored through the command line, against the figures worked by hand in
// test/plans/guangdong-2010.md before the point-table engine existed.
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { itemPoints, plain, scoredPlan, scoredUnit, sectionPoints } from '../helpers/point-table.js';

const PLAN = 'guangdong-2010';

// Section 一's nine items, in the table's order.
const TARGETS = [
  'plan_document_missing',
  'breakdown_document_missing',
  'urban_new_jobs',
  'reemployed',
  'hard_to_employ',
  'rural_transfer',
  'unemployment_rate',
  'graduate_employment_rate',
  'double_hardship_rate',
] as const;
// Section 二: three event items and the team's points for the rest.
const POLICIES = [
  'policy_documents_missing',
  'publicity_campaigns',
  'tax_relief_unpaid',
  'policy_other_score',
] as const;

// unit, section 一 items (TARGETS order), section 二 items (POLICIES order), sections 一 / 二 / 三至九, total,
// base grade, final grade, award eligible, overall — guangdong-2010.md, unit by unit and "Summary"
const UNITS: [string, string[], string[], string[], string, string, string, boolean, string][] = [
  [
    'shanwei',
    ['0', '1', '3', '3', '3', '3', '0', '3', '3'],
    ['2', '0', '3', '21'],
    ['19', '26', '30'],
    '75',
    '达标',
    '达标',
    true,
    'missed',
  ],
  [
    'meizhou',
    ['1', '1', '3', '3', '3', '3', '4', '3', '3'],
    ['2', '1', '3', '23'],
    ['24', '29', '42'],
    '95',
    '优秀',
    '达标',
    false,
    'met',
  ],
  [
    'shaoguan',
    ['1', '1', '3', '3', '3', '3', '4', '3', '3'],
    ['2', '1', '3', '22'],
    ['24', '28', '38'],
    '90',
    '优秀',
    '优秀',
    true,
    'met',
  ],
  [
    'heyuan',
    ['1', '1', '3', '3', '3', '0', '4', '3', '3'],
    ['2', '0.5', '0', '20'],
    ['21', '22.5', '31'],
    '74.5',
    '不达标',
    '不达标',
    true,
    'missed',
  ],
  [
    'chaozhou',
    ['1', '1', '3', '3', '3', '3', '4', '3', '0'],
    ['0', '1', '3', '22'],
    ['21', '26', '36'],
    '83',
    '达标',
    '达标',
    true,
    'missed',
  ],
  [
    'jieyang',
    ['1', '0', '0', '0', '3', '3', '4', '3', '3'],
    ['0', '0', '0', '18'],
    ['17', '18', '35'],
    '70',
    '不达标',
    '不达标',
    true,
    'missed',
  ],
  [
    'yunfu',
    ['0', '0', '0', '0', '0', '0', '0', '0', '0'],
    ['0', '0', '0', '0'],
    ['0', '0', '0'],
    '0',
    '不达标',
    '不达标',
    true,
    'missed',
  ],
  [
    'yangjiang',
    ['1', '1', '3', '3', '3', '3', '4', '3', '3'],
    ['1', '0.5', '2', '20'],
    ['24', '23.5', '37'],
    '84.5',
    '达标',
    '达标',
    true,
    'met',
  ],
];

describe('plans/guangdong-2010.yaml, as worked by hand', () => {
  it.each(UNITS)('%s: items, sections and total', async (id, targets, policies, sections, total) => {
    const unit = await scoredUnit(PLAN, id);
    expect(TARGETS.map((item) => [item, itemPoints(unit, item)])).toEqual(TARGETS.map((item, i) => [item, targets[i]]));
    expect(POLICIES.map((item) => [item, itemPoints(unit, item)])).toEqual(
      POLICIES.map((item, i) => [item, policies[i]]),
    );
    expect(['targets', 'policies', 'other_parts'].map((s) => sectionPoints(unit, s))).toEqual(sections);
    expect(itemPoints(unit, 'sections_3_9_score')).toBe(sections[2]);
    expect(plain(unit.score)).toBe(total);
    expect(plain(unit.max_score)).toBe('100');
    expect(plain(unit.bonus ?? '0')).toBe('0');
  });

  it.each(UNITS)(
    '%s: grade, award eligibility and overall',
    async (id, _t, _p, _s, _total, base, final, eligible, overall) => {
      const unit = await scoredUnit(PLAN, id);
      expect(unit.grade).toMatchObject({ base, final });
      expect(unit.award_eligible).toBe(eligible);
      expect(unit.overall).toBe(overall);
    },
  );

  it('fires the 弄虚作假 veto on 梅州市 alone: barred from 优秀, award withdrawn', async () => {
    const result = await scoredPlan(PLAN);
    const fired = result.units.filter((u) => (u.vetoes ?? []).length > 0).map((u) => u.id);
    expect(fired).toEqual(['meizhou']);
    const [veto] = result.units.find((u) => u.id === 'meizhou')!.vetoes!;
    expect(veto).toMatchObject({
      rule: 1,
      name: '弄虚作假',
      when: 'event',
      indicator: 'fraud_cases',
      bar: '优秀',
      withdraw_award: true,
    });
    expect(plain(veto!.count)).toBe('1');
    // the veto touches the grade and the award, never the points
    expect(veto!.zero_score ?? false).toBe(false);
  });

  it.each([
    // 汕尾市: the source's worked check, 24 − 4 (3.6% over 3.5%) − 1 (one county without the document) = 19
    ['shanwei', 'unemployment_rate', 'missed'],
    ['shanwei', 'plan_document_missing', 'missed'],
    // 潮州市: 3.2% on a 3.2% control figure meets it
    ['chaozhou', 'unemployment_rate', 'met'],
    // 河源市: 90% exactly meets 达90%; one person short misses
    ['heyuan', 'graduate_employment_rate', 'met'],
    ['heyuan', 'rural_transfer', 'missed'],
    // 潮州市: 99.9 of 100 misses
    ['chaozhou', 'double_hardship_rate', 'missed'],
  ])('%s %s is %s', async (unitId, indicator, status) => {
    const item = (await scoredUnit(PLAN, unitId)).indicators.find((i) => i.id === indicator)!;
    expect(item.status).toBe(status);
  });

  it('grades one 优秀, four 达标 and three 不达标; totals 572 points', async () => {
    const units = (await scoredPlan(PLAN)).units;
    const count = (level: string) => units.filter((u) => u.grade?.final === level).length;
    expect([count('优秀'), count('达标'), count('不达标')]).toEqual([1, 4, 3]);
    expect(units.reduce((sum, u) => sum.plus(u.score), new D(0)).toFixed()).toBe('572');
  });
});
