// `kaohe score --format xlsx` of a point table: the Results sheet's points under each item and a column per group and
// section, the Units sheet's bonus, most and vetoes. Expected figures: test/plans/zhenjiang-full-employment.md and
// test/plans/guangdong-2010.md (worked by hand before the engine existed).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';
import { readWorkbook, rowValues } from '../helpers/workbook.js';

async function scoreXlsx(plan: string): Promise<ExcelJS.Workbook> {
  const out = join(mkdtempSync(join(tmpdir(), 'kaohe-xlsx-points-')), 'r.xlsx');
  const run = await runKaohe(['--lang', 'en', 'score', `plans/${plan}.yaml`, '--format', 'xlsx', '--out', out]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return readWorkbook(readFileSync(out));
}

// The value under a header of row 2 (merged headers repeat their text), in the unit's row (units from row 4).
function valueUnder(sheet: ExcelJS.Worksheet, header: string, unitRow: number, offset = 0): unknown {
  const col = (rowValues(sheet, 2) as unknown[]).indexOf(header) + 1;
  expect(col, header).toBeGreaterThan(0);
  return sheet.getCell(unitRow, col + offset).value;
}

describe('score --format xlsx of a point table', () => {
  it("puts Zhenjiang's group and section points in columns of the Results sheet", async () => {
    const sheet = (await scoreXlsx('zhenjiang-full-employment')).worksheets[0]!;
    // 丹阳市 (row 4): groups 3 / 4 / 4 / 3, 一 93.5, bonus 3 + 4 + 2 + 2.5 = 11.5 held to 10
    const danyang = [
      '再就业培训合格率等三项培训率 (3 pt)',
      '培训后失业人员再就业率等四项就业率 (4 pt)',
      '市下达的再就业、社区就业等目标任务 (4 pt)',
      '在岗农民工培训等三项培训任务 (3 pt)',
      '一、创建考核标准 (100 pt)',
      '二、加分考核 (10 pt)',
    ].map((h) => valueUnder(sheet, h, 4));
    expect(danyang).toEqual([3, 4, 4, 3, 93.5, 10]);
    // 京口区 (row 7): city targets 4 − 2 × 2 = 0; bonus 1 + 3 = 4, media held to 2 → 3
    expect(valueUnder(sheet, '市下达的再就业、社区就业等目标任务 (4 pt)', 7)).toBe(0);
    expect(valueUnder(sheet, '二、加分考核 (10 pt)', 7)).toBe(3);
    // 丹阳市's media items: 25 pieces (actual, 2nd column of the item) earning 2.5 points (4th); no target, no status
    const media = '市级以上媒体信息被使用 (篇)';
    expect([0, 1, 2, 3].map((k) => valueUnder(sheet, media, 4, k))).toEqual(['', 25, '', 2.5]);
    expect(rowValues(sheet, 3).slice(1, 5)).toEqual(['target', 'actual', 'status', 'points']);
  });
  it("lists Meizhou's fired veto, with its plan line, on the Units sheet", async () => {
    const units = (await scoreXlsx('guangdong-2010')).worksheets[1]!;
    const header = rowValues(units, 1);
    expect(header.slice(-3)).toEqual(['bonus', 'max_score', 'vetoes']);
    // 梅州市 is the second unit (row 3): 95 of 100, no bonus section, 弄虚作假 at plans/guangdong-2010.yaml:169:5
    expect(rowValues(units, 3).slice(2, 4)).toEqual(['梅州市', 95]);
    expect(rowValues(units, 3).slice(-3)).toEqual(['', 100, '弄虚作假 (plans/guangdong-2010.yaml:169:5)']);
  });
});
