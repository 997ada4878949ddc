// The wide results sheet (first in the workbook), read back with exceljs: laid out as the clerk's own
// (units down, each indicator's target / actual / status across), money as live formulas whose cached
// values are kaohe's exact figures, and fills on missed cells that follow the status text.
// Expected values are the city plan's, worked by hand in test/plans/expected.md.
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { renderResultsXlsx } from '../../src/report/xlsx.js';
import { ref } from '../../src/report/xlsx-wide.js';
import { cityResult } from './fixtures.js';
import { runKaohe } from '../helpers/memory-io.js';
import { readWorkbook, rowValues } from '../helpers/workbook.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'kaohe-wide-')), 'city.xlsx');
  const run = await runKaohe(['--lang', 'zh', 'score', 'plans/city-2010.yaml', '--format', 'xlsx', '--out', out]);
  expect(run.code).toBe(0);
  sheet = (await readWorkbook(readFileSync(out))).worksheets[0]!;
});

// 5 indicators × 3 columns from B: B–P; then score Q, overall R, reward S, fine T, net U, award V, grade W.
describe('the wide results sheet', () => {
  it('is named 考核结果 and heads each indicator with target, actual and status', () => {
    expect(sheet.name).toBe('考核结果');
    expect(sheet.getCell('A1').value).toBe('2010年度就业目标责任考核');
    expect(sheet.getCell('B2').value).toBe('城镇新增就业(人,≥)');
    expect(rowValues(sheet, 3).slice(1, 4)).toEqual(['目标', '实际', '完成情况']);
    expect(sheet.getCell('S2').value).toBe('奖励(元)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
  });

  // 东城区 (row 5): every job target met; unemployment 4.4 % against at most 4.3 % missed; score 85, 二等 → 三等.
  it('writes a unit as one row: 东城区 misses only its unemployment rate', () => {
    expect(rowValues(sheet, 5).slice(0, 4)).toEqual(['东城区', 5200, 5388, '达标']);
    expect(rowValues(sheet, 5).slice(13, 19)).toEqual([4.3, 4.4, '未达标', 85, '未完成', 0]);
    expect(sheet.getCell('W5').value).toBe('二等 → 三等');
  });

  // 青河县 (row 9): 124 persons short × 100 = 12,400 yuan fine, net −12,400.
  it("computes each unit's net as =reward−fine, cached with kaohe's figure", () => {
    expect(sheet.getCell('U9').value).toEqual({ formula: 'S9-T9', result: -12400 });
  });

  // Row 12, under 8 units: rewards 42,800, fines 12,500, net 30,300 (expected.md).
  it("totals the money with live =SUM formulas cached with kaohe's exact totals", () => {
    expect(sheet.getCell('A12').value).toBe('合计');
    expect(sheet.getCell('S12').value).toEqual({ formula: 'SUM(S4:S11)', result: 42800 });
    expect(sheet.getCell('T12').value).toEqual({ formula: 'SUM(T4:T11)', result: 12500 });
    expect(sheet.getCell('U12').value).toEqual({ formula: 'SUM(U4:U11)', result: 30300 });
  });

  it('fills an indicator block where its status says missed, and the overall column where it says 未完成', () => {
    // exceljs reads conditional formats back but does not declare them on Worksheet
    const { conditionalFormattings } = sheet as unknown as {
      conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
    };
    const rules = conditionalFormattings.map((cf) => [cf.ref, cf.rules.map((r) => r.formulae?.[0])]);
    expect(rules[0]).toEqual(['B4:D11', ['$D4="未达标"', '$D4="缺数据"']]);
    expect(rules).toHaveLength(6);
    expect(rules[5]).toEqual(['R4:R11', ['$R4="未完成"']]);
  });
});

describe('ref', () => {
  it.each([
    [1, 1, 'A1'],
    [26, 4, 'Z4'],
    [27, 4, 'AA4'],
    [52, 9, 'AZ9'],
    [53, 9, 'BA9'],
    [702, 2, 'ZZ2'],
    [703, 2, 'AAA2'],
  ])('names column %i row %i %s', (column, row, expected) => {
    expect(ref(column, row)).toBe(expected);
  });
});

describe('the wide results sheet of a ranked result (issue #12)', () => {
  it('adds the group and the rank as a number after the grade, so the sheet sorts by rank', async () => {
    // the fixture's four units ranked by hand by score: 城关区 100 first, 西城区 60, 东城区 40, 南山县 0
    const places: Record<string, number> = { 城关区: 1, 西城区: 2, 东城区: 3, 南山县: 4 };
    const ranked: Result = {
      ...cityResult,
      units: cityResult.units.map((u) => ({
        ...u,
        group: 'districts',
        rank: { position: places[u.name]!, of: 4, shared: false },
      })),
    };
    const wide = (await readWorkbook(await renderResultsXlsx([ranked], { lang: 'zh', color: false }))).worksheets[0]!;
    const header = rowValues(wide, 2);
    expect(header.slice(-3)).toEqual(['政绩考核等级', '分组', '名次']);
    const byName = Object.fromEntries(
      [4, 5, 6, 7].map((r) => [rowValues(wide, r)[0], rowValues(wide, r).slice(-2)] as const),
    );
    expect(byName).toEqual({
      城关区: ['districts', 1],
      东城区: ['districts', 3],
      西城区: ['districts', 2],
      南山县: ['districts', 4],
    });
  });
});
