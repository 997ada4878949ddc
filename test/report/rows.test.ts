import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import {
  budgetLine,
  buildAccountability,
  buildTotalsLines,
  buildUnitGrid,
  buildUnitRows,
  listIndicatorColumns,
} from '../../src/report/rows.js';
import { cityResult, provinceResult } from './fixtures.js';

describe('listIndicatorColumns', () => {
  it('lists each indicator once, in order of first appearance', () => {
    expect(listIndicatorColumns(provinceResult).map((c) => c.id)).toEqual(['urban_new_jobs', 'skilled_workers']);
  });
});

describe('buildUnitRows', () => {
  it('keeps the exact decimal text of a target, without separators', () => {
    const rows = buildUnitRows(provinceResult, 'en');
    expect(rows[0]?.indicators.get('skilled_workers')?.actual.text).toBe('1234567.89');
  });

  it('works out the depth from the parents when a result has none', () => {
    const noDepth: Result = { ...provinceResult, units: provinceResult.units.map(({ depth: _d, ...u }) => u) };
    expect(buildUnitRows(noDepth, 'en').map((r) => r.depth)).toEqual([0, 1]);
  });

  it.each([
    ['met', 'met'],
    ['missed', 'missed'],
    ['incomplete', 'missing'],
  ] as const)('tones an overall %s as %s', (overall, tone) => {
    const unit = cityResult.units.find((u) => u.overall === overall);
    const row = buildUnitRows({ ...cityResult, units: unit ? [unit] : [] }, 'en')[0];
    expect(row?.cells.overall.tone).toBe(tone);
  });
});

describe('buildTotalsLines', () => {
  it('counts the city units and sums its money (reward 18,400; fines 28,800 + 5,000; net −15,400)', () => {
    expect(buildTotalsLines(cityResult, 'zh')).toEqual([
      '共 4 个单位:完成 1 个,未完成 2 个,数据不全 1 个',
      '奖励 18,400 元,罚款 33,800 元,净额 -15,400 元',
      '奖励资金由市财政列支',
    ]);
  });

  it.each([
    ['市财政', 'en', 'rewards are paid from the city budget'],
    ['市财政', 'zh', '奖励资金由市财政列支'],
    ['省财政', 'en', 'rewards are paid from the provincial budget'],
    ['省级就业补助资金', 'en', 'rewards are paid from 省级就业补助资金'],
    ['省级就业补助资金', 'zh', '奖励资金由省级就业补助资金列支'],
  ] as const)('the budget line follows the plan: %s in %s', (budget, lang, line) => {
    expect(budgetLine({ budget }, lang)).toBe(line);
  });

  it.each([
    // no budget named: a city, province, county or district government's plan pays from its own budget
    ['某市人民政府', 'en', 'rewards are paid from the city budget'],
    ['山东省人民政府', 'zh', '奖励资金由省财政列支'],
    ['某县人民政府', 'zh', '奖励资金由县财政列支'],
    // anything else: the default wording
    ['某市人力资源和社会保障局', 'en', 'rewards are paid as the plan provides'],
    [undefined, 'en', 'rewards are paid as the plan provides'],
    [undefined, 'zh', '奖励资金按方案规定列支'],
  ] as const)('without a budget, the issuer %s gives in %s: %s', (issuer, lang, line) => {
    expect(budgetLine(issuer === undefined ? {} : { issuer }, lang)).toBe(line);
  });

  it('says nothing of the city budget for a plan without rewards', () => {
    expect(buildTotalsLines(provinceResult, 'en')).toEqual([
      '2 units: 2 met, 0 missed, 0 incomplete',
      'rewards 0 yuan, fines 0 yuan, net 0 yuan',
    ]);
  });
});

describe('buildAccountability', () => {
  it('lists only the units with a consequence (东城区 and 南山县), in plan order', () => {
    expect(buildAccountability(cityResult, 'zh').map((e) => e.id)).toEqual(['dongcheng', 'nanshan']);
  });

  it.each([
    ['zh', 'dongcheng', ['罚款 28,800 元', '取消评先资格', '政绩考核降一等(二等 → 三等)']],
    ['en', 'dongcheng', ['fine 28,800 yuan', 'award eligibility withdrawn', 'grade down 1 (二等 → 三等)']],
    ['zh', 'nanshan', ['罚款 5,000 元', '取消评先资格', '政绩考核降一等(四等,已是最低等级)']],
  ] as const)('in %s gives %s its consequences', (lang, id, expected) => {
    expect(buildAccountability(cityResult, lang).find((e) => e.id === id)?.consequences).toEqual(expected);
  });

  it('names the four responsible persons with their roles', () => {
    expect(buildAccountability(cityResult, 'zh')[0]?.responsible).toEqual([
      '行政一把手 钱某',
      '班子分管成员 孙某',
      '具体工作部门负责人 周某',
      '具体工作人员 吴某',
    ]);
  });

  it('lists a unit whose only consequence is a withdrawn award', () => {
    const [, dongcheng] = cityResult.units;
    if (!dongcheng) throw new Error('fixture');
    const onlyAward = { ...dongcheng, penalty_yuan: '0', grade: null, rules: [] };
    expect(buildAccountability({ ...cityResult, units: [onlyAward] }, 'en')[0]?.consequences).toEqual([
      'award eligibility withdrawn',
    ]);
  });
});

describe('buildUnitGrid', () => {
  it('has as many cells in every row as in the header', () => {
    const grid = buildUnitGrid(cityResult, 'zh');
    // unit + 2 indicators + score, overall, reward, fine, net, award, grade = 10
    expect(grid.header).toHaveLength(10);
    for (const row of [...grid.body, grid.footer]) expect(row).toHaveLength(10);
  });
});
