import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model.js';
import { widthOf } from '../../src/report/format.js';
import { renderTable } from '../../src/report/table.js';
import { cityResult, provinceResult } from './fixtures.js';

const ANSI = /\u001b\[[0-9;]*m/;
const plain = (lang: Lang = 'zh'): string => renderTable([cityResult, provinceResult], { lang, color: false });
const tableLines = (text: string): string[] => text.split('\n').filter((l) => /^[┌├│└]/.test(l));
const rowOf = (text: string, name: string): string => text.split('\n').find((l) => l.startsWith(`│ ${name}`)) ?? '';

describe('renderTable', () => {
  it.each(['zh', 'en'] as const)('lines every table row up to the same width in %s (CJK counted double)', (lang) => {
    for (const result of [cityResult, provinceResult]) {
      const lines = tableLines(renderTable([result], { lang, color: false }));
      expect(lines.length).toBe(4 + result.units.length + 2); // top, header, rule, units, rule, totals, bottom
      expect(new Set(lines.map(widthOf)).size).toBe(1);
    }
  });

  it('shows the totals row: met 1 missed 2 incomplete 1, reward 18,400, fines 33,800, net -15,400', () => {
    const totals = rowOf(plain(), '合计');
    expect(totals).toMatch(/✓1 ✗2 \?1 +│ +18,400 │ +33,800 │ +-15,400 │/);
  });

  it.each([
    ['城关区', '6,184/6,000 ✓'],
    ['东城区', '4,712/5,000 ✗'],
    ['西城区', '-/4.3 ?'],
    ['东城区', '二等 → 三等'],
  ])('shows in the row of %s the cell %s', (name, cell) => {
    expect(rowOf(plain(), name)).toContain(cell);
  });

  it('shows a grade that did not move (南山县, already 四等) without an arrow', () => {
    const row = rowOf(plain(), '南山县');
    expect(row).toContain('四等');
    expect(row).not.toContain('→');
  });

  it('right-aligns numbers: the reward 18,400 ends at the column rule', () => {
    expect(rowOf(plain(), '城关区')).toMatch(/ 18,400 │/);
  });

  it('indents a child unit by two spaces per level', () => {
    expect(plain()).toContain('│   成都市|高新区 │');
  });

  it('prints the heading of each plan, in order', () => {
    const text = plain('en');
    const first = text.indexOf('2010年度就业目标责任考核 (2010)');
    expect(first).toBe(0);
    expect(text.indexOf('“十四五”就业促进规划 (2021–2025, as of 2022)')).toBeGreaterThan(first);
  });

  it('says the city budget pays the rewards', () => {
    expect(plain()).toContain('奖励资金由市财政列支');
  });

  it('lists the accountable units with their consequences and four responsible persons', () => {
    const text = plain();
    expect(text).toContain(
      '问责名单\n  东城区:罚款 28,800 元;取消评先资格;政绩考核降一等(二等 → 三等)\n' +
        '    责任人:行政一把手 钱某、班子分管成员 孙某、具体工作部门负责人 周某、具体工作人员 吴某\n',
    );
    expect(text).not.toMatch(/ {2}城关区:/);
  });

  it('says the accountability list is empty when no unit has a consequence', () => {
    expect(renderTable([provinceResult], { lang: 'en', color: false })).toContain('Accountability list: none\n');
  });

  it('prints no escape codes when colour is off', () => {
    expect(plain()).not.toMatch(ANSI);
  });

  it('colours the statuses when colour is on, without moving a column', () => {
    const coloured = renderTable([cityResult], { lang: 'zh', color: true });
    expect(coloured).toContain('\u001b[32m'); // green for met
    expect(coloured).toContain('\u001b[31m'); // red for missed
    expect(coloured).toContain('\u001b[33m'); // yellow for missing
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderTable([cityResult], { lang: 'zh', color: false }));
  });

  it('ends in exactly one newline', () => {
    expect(plain()).toMatch(/[^\n]\n$/);
  });
});
