import { describe, expect, it } from 'vitest';
import { escapeCell, escapeInline, renderMarkdown } from '../../src/report/markdown.js';
import { cityResult, provinceResult } from './fixtures.js';

const zh = renderMarkdown([cityResult, provinceResult], { lang: 'zh', color: false });
// A GFM row splits on pipes that are not escaped.
const cellsOf = (line: string): number => line.split(/(?<!\\)\|/).length - 2;

describe('renderMarkdown', () => {
  it.each(['## 2010年度就业目标责任考核 (2010)', '## “十四五”就业促进规划 (2021–2025, 截至 2022 年)'])(
    'heads a plan with %s',
    (heading) => {
      expect(zh.split('\n')).toContain(heading);
    },
  );

  it('escapes the pipe in the unit name 成都市|高新区 and indents it as a child', () => {
    expect(zh).toContain('| &nbsp;&nbsp;成都市\\|高新区 |');
  });

  it('gives every row of a table the same number of cells (10 for the city)', () => {
    const rows = zh.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBe(2 * 2 + 4 + 1 + 2 + 1); // per plan a header and a delimiter row, the units, a totals row
    for (const row of rows.slice(0, 7)) expect(cellsOf(row)).toBe(10);
    for (const row of rows.slice(7)) expect(cellsOf(row)).toBe(10);
  });

  it('right-aligns the number columns', () => {
    // unit, 2 indicators, score, overall, reward, fine, net, award, grade
    expect(zh).toContain('| :--- | ---: | ---: | ---: | :--- | ---: | ---: | ---: | :--- | :--- |');
  });

  it('shows the totals row and lines', () => {
    expect(zh).toContain('| **合计** |  |  |  | ✓1 ✗2 ?1 | 18,400 | 33,800 | -15,400 |  |  |');
    expect(zh).toContain('\n\n奖励 18,400 元,罚款 33,800 元,净额 -15,400 元\n\n奖励资金由市财政列支\n');
  });

  it('lists the accountable units as bullets with their responsible persons', () => {
    expect(zh).toContain(
      '### 问责名单\n\n- **东城区**:罚款 28,800 元;取消评先资格;政绩考核降一等(二等 → 三等)\n' +
        '  - 责任人:行政一把手 钱某、班子分管成员 孙某、具体工作部门负责人 周某、具体工作人员 吴某\n- **南山县**',
    );
  });

  it('ends in exactly one newline', () => {
    expect(zh).toMatch(/[^\n]\n$/);
  });
});

describe('escaping', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['a\nb', 'a b'],
    ['*x*', '\\*x\\*'],
    ['城关区', '城关区'],
  ])('escapes the cell %j as %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });

  it.each([
    ['a_b', 'a\\_b'],
    ['[x](y)', '\\[x\\](y)'],
    ['a|b', 'a|b'],
  ])('escapes the inline text %j as %j', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });
});
