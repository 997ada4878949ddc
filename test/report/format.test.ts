import { describe, expect, it } from 'vitest';
import {
  groupThousands,
  isPositive,
  joinBlocks,
  PLAIN_WIDTH_PATTERN,
  padCell,
  planHeading,
  widthOf,
} from '../../src/report/format.js';
import { cityResult, provinceResult } from './fixtures.js';

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['18400', '18,400'],
    ['-28800', '-28,800'],
    ['-100', '-100'],
    ['100000', '100,000'],
    ['1234567.89', '1,234,567.89'],
    // the fraction is left alone: separators only go into the integer part
    ['0.12345', '0.12345'],
    // 20 integer digits and a 9-digit fraction: a float would print 12345678901234567000
    ['12345678901234567890.000000001', '12,345,678,901,234,567,890.000000001'],
    ['abc', 'abc'],
    ['', ''],
  ])('groups %j as %j', (input, expected) => {
    expect(groupThousands(input)).toBe(expected);
  });

  it('groups 100,001 digits in one pass: a first group of two, then threes', () => {
    const grouped = groupThousands(`-${'9'.repeat(100_001)}.5`);
    expect(grouped).toBe(`-99${',999'.repeat(33_333)}.5`);
  });
});

describe('isPositive', () => {
  it.each([
    ['0', false],
    ['0.00', false],
    ['0.01', true],
    ['18400', true],
    ['-5', false],
    ['', false],
  ])('says %j is positive: %s', (input, expected) => {
    expect(isPositive(input)).toBe(expected);
  });
});

describe('widthOf and padCell', () => {
  it.each([
    ['城关区', 6],
    ['abc', 3],
    ['\u001b[32m城关区\u001b[39m', 6],
  ])('counts %j as %i columns', (text, width) => {
    expect(widthOf(text)).toBe(width);
  });

  it.each([
    ['城关区', 8, 'left', '城关区  '],
    ['城关区', 8, 'right', '  城关区'],
    ['18,400', 6, 'right', '18,400'],
    ['toolong', 3, 'left', 'toolong'],
  ] as const)('pads %j to %i columns on the %s', (text, width, align, expected) => {
    expect(padCell(text, width, align)).toBe(expected);
  });
});

describe('planHeading', () => {
  it.each([
    [cityResult, 'zh', '2010年度就业目标责任考核 (2010)'],
    [provinceResult, 'en', '“十四五”就业促进规划 (2021–2025, as of 2022)'],
    [provinceResult, 'zh', '“十四五”就业促进规划 (2021–2025, 截至 2022 年)'],
  ] as const)('heads %# as %s', (result, lang, expected) => {
    expect(planHeading(result, lang)).toBe(expected);
  });
});

describe('joinBlocks', () => {
  it.each([
    [['a\n', 'b'], 'a\n\nb\n'],
    [['a\n\n\n'], 'a\n'],
    [[], '\n'],
  ])('joins %j as %j', (blocks, expected) => {
    expect(joinBlocks(blocks)).toBe(expected);
  });
});

describe('widthOf without string-width', () => {
  it('counts every character it measures itself as string-width does, and mixed texts too', async () => {
    const { default: stringWidth } = await import('string-width');
    const plain = new RegExp(PLAIN_WIDTH_PATTERN);
    let checked = 0;
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (!plain.test(ch)) continue;
      checked++;
      if (widthOf(ch) !== stringWidth(ch))
        expect.fail(`U+${cp.toString(16)} ${ch}: ${widthOf(ch)} ≠ ${stringWidth(ch)}`);
    }
    expect(checked).toBeGreaterThan(27584); // the two CJK ideograph blocks alone are 27,584 characters
    for (const text of ['城关区', '6,184/6,000 ✓', '二等 → 三等', '“原文”…', 'é', '👍🏽', '\u001b[31m红\u001b[0m', ''])
      expect(widthOf(text), text).toBe(stringWidth(text));
  });
});
