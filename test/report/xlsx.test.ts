// The results workbook (score --format xlsx) and the template workbook, re-read with exceljs: sheets,
// headers, number cells with formats that show exactly the result's decimals, frozen panes, and the
// same bytes whatever the clock says. Expected values come from the hand-written fixtures.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { D } from '../../src/decimal.js';
import { buildTemplate } from '../../src/load/actuals/template.js';
import type { Plan } from '../../src/model.js';
import { renderTemplateXlsx, templateNumberFormat } from '../../src/report/template-xlsx.js';
import { numberCell, pinZipTimes } from '../../src/report/workbook.js';
import { renderResultsXlsx } from '../../src/report/xlsx.js';
import { makeIndicator, makePlan } from '../load/actuals/make-plan.js';
import { readWorkbook as read, rowValues } from '../helpers/workbook.js';
import { cityResult, provinceResult } from './fixtures.js';

afterEach(() => void vi.useRealTimers());

describe('renderResultsXlsx', () => {
  it.each([
    ['zh', ['考核结果', '单位', '指标明细', '问责名单']],
    ['en', ['Results', 'Units', 'Indicators', 'Accountability list']],
  ] as const)('names the wide results sheet and the three lists in %s', async (lang, names) => {
    const workbook = await read(await renderResultsXlsx([cityResult], { lang, color: false }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(names);
  });

  it('heads the units sheet with the CSV labels and freezes the header and the three naming columns', async () => {
    const sheet = (await read(await renderResultsXlsx([cityResult], { lang: 'zh', color: false }))).worksheets[1]!;
    expect(rowValues(sheet, 1)).toEqual([
      '方案编号',
      '单位编号',
      '单位名称',
      '单位得分',
      '总体目标',
      '奖励(元)',
      '罚款(元)',
      '净额(元)',
      '评先资格',
      '基础等级',
      '最终等级',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
  });

  // 东城区 (row 3): 288 persons short × 100 = 28,800 yuan fine, net −28,800; 二等 down one → 三等.
  it("writes a unit's money as number cells, grouped without decimals", async () => {
    const sheet = (await read(await renderResultsXlsx([cityResult], { lang: 'zh', color: false }))).worksheets[1]!;
    expect(rowValues(sheet, 3)).toEqual([
      'city-2010',
      'dongcheng',
      '东城区',
      40,
      '未完成',
      0,
      28800,
      -28800,
      '否',
      '二等',
      '三等',
    ]);
    expect(sheet.getCell('G3').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('G3').numFmt).toBe('#,##0');
  });

  // Totals of the fixture: reward 18,400; fines 28,800 + 5,000 = 33,800; net −15,400 — under the 4 units, in row 6,
  // in the money columns F, G, H (after plan, unit id, unit name, score, overall).
  it('closes each plan with a bold total row of its money', async () => {
    const sheet = (await read(await renderResultsXlsx([cityResult], { lang: 'en', color: false }))).worksheets[1]!;
    expect(rowValues(sheet, 6)).toEqual(['city-2010', '', 'total', '', '', 18400, 33800, -15400, '', '', '']);
    expect(sheet.getRow(6).font?.bold).toBe(true);
  });

  // 城关区's rate: target 4.3, actual 4.1, surplus 0.2 — one decimal each; row 3 is its second indicator.
  it('keeps a rate as a number with a format showing its own decimals', async () => {
    const sheet = (await read(await renderResultsXlsx([cityResult], { lang: 'en', color: false }))).worksheets[2]!;
    expect(rowValues(sheet, 3).slice(3)).toEqual([
      'unemployment_rate',
      '城镇登记失业率',
      '%',
      'at_most',
      4.3,
      4.1,
      'met',
      0.2,
      40,
    ]);
    expect(sheet.getCell('H3').numFmt).toBe('#,##0.0');
  });

  it('leaves a missing actual empty, never 0', async () => {
    // 西城区's rate (row 7: 城关区 2 rows, 东城区 2, then 西城区's jobs and rate) has no actual.
    const sheet = (await read(await renderResultsXlsx([cityResult], { lang: 'en', color: false }))).worksheets[2]!;
    expect(sheet.getCell('C7').value).toBe('西城区');
    expect(sheet.getCell('I7').value).toBe('');
    expect(sheet.getCell('J7').value).toBe('missing');
  });

  // 东城区: fine 28,800, award withdrawn, 二等 → 三等; 南山县: fine 5,000, withdrawn, already 四等. 城关区 and 西城区 have none.
  it('lists each unit with a consequence and its four responsible persons', async () => {
    const sheet = (await read(await renderResultsXlsx([cityResult], { lang: 'zh', color: false }))).worksheets[3]!;
    expect(rowValues(sheet, 1)).toEqual([
      '方案编号',
      '单位编号',
      '单位名称',
      '问责事项',
      '行政一把手',
      '班子分管成员',
      '具体工作部门负责人',
      '具体工作人员',
    ]);
    expect(rowValues(sheet, 2)).toEqual([
      'city-2010',
      'dongcheng',
      '东城区',
      '罚款 28,800 元;取消评先资格;政绩考核降一等(二等 → 三等)',
      '钱某',
      '孙某',
      '周某',
      '吴某',
    ]);
    expect(rowValues(sheet, 3)[1]).toBe('nanshan');
    expect(sheet.rowCount).toBe(3);
  });

  it('writes every plan of a batch into the same sheets', async () => {
    // 4 city units + its total + 2 province units + its total, under the header.
    const workbook = await read(await renderResultsXlsx([cityResult, provinceResult], { lang: 'en', color: false }));
    // a wide results sheet per plan first, then the shared lists
    expect(workbook.worksheets.map((s) => s.name).slice(0, 3)).toEqual([
      'Results city-2010',
      'Results province-2021',
      'Units',
    ]);
    const sheet = workbook.getWorksheet('Units')!;
    expect(sheet.rowCount).toBe(1 + 4 + 1 + 2 + 1);
    expect(sheet.getCell('A7').value).toBe('province-2021');
  });

  it('gives the same bytes whatever the clock says', async () => {
    const render = () => renderResultsXlsx([cityResult], { lang: 'zh', color: false });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const first = await render();
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    expect(Buffer.from(await render()).equals(Buffer.from(first))).toBe(true);
  });

  it("stamps the workbook with the plan's title and the end of its period", async () => {
    const workbook = await read(await renderResultsXlsx([cityResult], { lang: 'zh', color: false }));
    expect(workbook.created.toISOString()).toBe('2010-12-31T00:00:00.000Z');
    expect(workbook.title).toBe('2010年度就业目标责任考核');
  });
});

describe('numberCell', () => {
  it.each([
    ['money', '28800', 28800, '#,##0'],
    ['a negative net', '-15400', -15400, '#,##0'],
    ['a rate with two decimals', '4.35', 4.35, '#,##0.00'],
    ['a quotient shown at 4 places', '33.3333', 33.3333, '#,##0.0000'],
    // 2^53 + 1 = 9007199254740993 has no double: the nearest is …992, so the exact text is kept.
    ['an integer past 2^53, kept as text', '9007199254740993', '9007199254740993', '@'],
  ])('writes %s exactly', (_name, text, value, numFmt) => {
    expect(numberCell(text)).toEqual({ value, numFmt });
  });
});

describe('pinZipTimes', () => {
  // A one-entry zip (stored, empty name "a", no data) with its time fields zeroed; 2010-12-31 00:00:00 UTC is
  // DOS date (30 << 9) | (12 << 5) | 31 = 15360 + 384 + 31 = 15775 and DOS time 0.
  it('sets the date of the local header and of the central directory entry', () => {
    const local = [
      0x50, 0x4b, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0x11, 0x11, 0x22, 0x22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
      0x61,
    ];
    const central = [
      0x50, 0x4b, 0x01, 0x02, 10, 0, 10, 0, 0, 0, 0, 0, 0x11, 0x11, 0x22, 0x22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x61,
    ];
    const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, central.length, 0, 0, 0, local.length, 0, 0, 0, 0, 0];
    const bytes = pinZipTimes(Uint8Array.from([...local, ...central, ...end]), new Date(Date.UTC(2010, 11, 31)));
    const view = new DataView(bytes.buffer);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 15775]);
    expect([view.getUint16(local.length + 12, true), view.getUint16(local.length + 14, true)]).toEqual([0, 15775]);
  });
});

describe('renderTemplateXlsx', () => {
  // 城关区 has a target for 下岗失业人员再就业 only; 东城区 and 西城区 have none.
  const plan = (): Plan => {
    const p = makePlan();
    p.units[0]!.targets.set('reemployed', { value: new D(100), source: p.source });
    return p;
  };

  it('heads the sheet to fill in with Chinese names and units, frozen under the header and beside the unit column', async () => {
    const workbook = await read(await renderTemplateXlsx(plan(), buildTemplate(plan())));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['实际完成', '说明']);
    const sheet = workbook.worksheets[0]!;
    expect(rowValues(sheet, 1)).toEqual([
      '单位',
      '城镇新增就业(万人)',
      '城镇登记失业率(%)',
      '下岗失业人员再就业(人)',
      '职业技能培训(人次)',
      '就业补助资金(万元)',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('formats each value column for its unit of measure and the unit names as text', async () => {
    const sheet = (await read(await renderTemplateXlsx(plan(), buildTemplate(plan())))).worksheets[0]!;
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2'].map((a) => sheet.getCell(a).numFmt)).toEqual([
      '@',
      '#,##0.0###',
      '0.0##',
      '#,##0',
      '#,##0',
      '#,##0.0###',
    ]);
  });

  it('greys the cells scoring does not read: no target for the unit', async () => {
    const sheet = (await read(await renderTemplateXlsx(plan(), buildTemplate(plan())))).worksheets[0]!;
    const grey = (a: string) =>
      (sheet.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFD9D9D9';
    // D2 is 城关区's 下岗失业人员再就业, its one target; B2 its 城镇新增就业, which it has none for.
    expect([grey('D2'), grey('B2'), grey('D3')]).toEqual([false, true, true]);
  });

  it('widens a column to its Chinese header: two columns per character, plus two', async () => {
    const sheet = (await read(await renderTemplateXlsx(plan(), buildTemplate(plan())))).worksheets[0]!;
    // "下岗失业人员再就业(人)": 10 Chinese characters (20) and two brackets (2) = 22, + 2 = 24.
    expect(sheet.getColumn(4).width).toBe(24);
  });

  it('describes each indicator on the 说明 sheet', async () => {
    const notes = (await read(await renderTemplateXlsx(plan(), buildTemplate(plan())))).worksheets[1]!;
    const rows = notes
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['考核方案', '测试']);
    expect(rows).toContainEqual(['下岗失业人员再就业', '人', '不低于', 0, '']);
  });
});

describe('templateNumberFormat', () => {
  it.each([
    ['a count of persons', makeIndicator('a', 'A', '人'), '#,##0'],
    ['a rate', makeIndicator('a', 'A', '%'), '0.0##'],
    ['a rate compared at one decimal', { ...makeIndicator('a', 'A', '%'), precision: 1 }, '0.0'],
    ['persons at no decimals', { ...makeIndicator('a', 'A', '万人'), precision: 0 }, '#,##0'],
    ['ten thousands of persons', makeIndicator('a', 'A', '万人'), '#,##0.0###'],
  ])('formats %s', (_name, indicator, format) => {
    expect(templateNumberFormat(indicator)).toBe(format);
  });
});
