// Workbooks as Excel or WPS save them, built with exceljs and read back to hand-worked actuals.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/load/actuals/xlsx.js';
import { load, plainRows } from './load.js';

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: unknown[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  return ws;
}

const HEADER = ['单位', '下岗失业人员再就业', '城镇登记失业率'];

describe('.xlsx actuals', () => {
  it.each([
    [
      'reads the first visible sheet when the first is hidden',
      (wb: ExcelJS.Workbook) => {
        sheet(wb, 'hidden', [HEADER, ['城关区', 1, 1]]).state = 'hidden';
        sheet(wb, 'shown', [HEADER, ['城关区', 5, 4.3]]);
      },
      {},
      ['chengguan reemployed - 5', 'chengguan unemployment_rate - 4.3'],
    ],
    [
      'reads the sheet asked for',
      (wb: ExcelJS.Workbook) => {
        sheet(wb, '2010年', [HEADER, ['城关区', 5, 4.3]]);
        sheet(wb, '2011年', [HEADER, ['城关区', 6, 4.1]]);
      },
      { sheet: '2011年' },
      ['chengguan reemployed - 6', 'chengguan unemployment_rate - 4.1'],
    ],
    // A3 is merged into A2: the unit holds for both years' rows.
    [
      'reads a unit cell merged down over two years',
      (wb: ExcelJS.Workbook) => {
        const ws = sheet(wb, 'S', [
          ['单位', '年份', '下岗失业人员再就业'],
          ['城关区', 2010, 5],
          [null, 2011, 6],
        ]);
        ws.mergeCells('A2:A3');
      },
      {},
      ['chengguan reemployed 2010 5', 'chengguan reemployed 2011 6'],
    ],
    // Excel's cached 0.1+0.2 is 0.30000000000000004; 15 significant digits, as Excel shows it, give 0.3.
    [
      'reads a formula result as Excel shows it, without binary noise',
      (wb: ExcelJS.Workbook) => {
        sheet(wb, 'S', [HEADER, ['城关区', { formula: '1-1', result: 0 }, { formula: '0.1+0.2', result: 0.1 + 0.2 }]]);
      },
      {},
      ['chengguan reemployed - 0', 'chengguan unemployment_rate - 0.3'],
    ],
    // 0.0435 in a cell formatted 0.00% is 4.35%.
    [
      'reads a percent-formatted cell as a percentage',
      (wb: ExcelJS.Workbook) => {
        const ws = sheet(wb, 'S', [HEADER, ['城关区', 5, 0.0435]]);
        ws.getCell('C2').numFmt = '0.00%';
      },
      {},
      ['chengguan reemployed - 5', 'chengguan unemployment_rate - 4.35'],
    ],
    [
      'reads numbers stored as text, full-width and grouped',
      (wb: ExcelJS.Workbook) => {
        sheet(wb, 'S', [HEADER, ['城关区', '１２，３４５', '4.3%']]);
      },
      {},
      ['chengguan reemployed - 12345', 'chengguan unemployment_rate - 4.3'],
    ],
    [
      'reads rich text in a unit cell',
      (wb: ExcelJS.Workbook) => {
        sheet(wb, 'S', [HEADER, [{ richText: [{ text: '城关' }, { text: '区', font: { bold: true } }] }, 5, null]]);
      },
      {},
      ['chengguan reemployed - 5', 'chengguan unemployment_rate - ∅'],
    ],
    [
      'keeps every digit of a large whole number',
      (wb: ExcelJS.Workbook) => {
        sheet(wb, 'S', [HEADER, ['城关区', 123456789012345, null]]);
      },
      {},
      ['chengguan reemployed - 123456789012345', 'chengguan unemployment_rate - ∅'],
    ],
  ])('%s', async (_name, fill, options, expected) => {
    const loaded = await load('a.xlsx', await workbook(fill), options);
    expect(loaded.diagnostics).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(expected);
  });

  it('gives each actual its cell, row and column', async () => {
    const loaded = await load('a.xlsx', await workbook((wb) => sheet(wb, '2010 年', [HEADER, ['城关区', 5, null]])));
    expect(loaded.value!.actuals[0]!.source).toEqual({ file: 'a.xlsx', line: 2, col: 2, cell: "'2010 年'!B2" });
  });

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('names column %i %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });
});
