// One case per mistake: its code, its exact place (line:col counted by hand in the text, or the
// cell), what the message quotes and what the hint suggests.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { load } from './load.js';

const lines = (...l: string[]) => l.join('\n');

describe('CSV and YAML mistakes', () => {
  it.each([
    // "东城" is the first field of line 2; 东城区 contains it.
    [
      'an unknown unit',
      'a.csv',
      lines('unit,indicator,value', '东城,urban_new_jobs,1'),
      'ACTUALS_UNKNOWN_UNIT',
      '2:1',
      'unknown unit "东城"',
      'did you mean 东城区 (dongcheng)?',
    ],
    [
      'an empty unit beside a value',
      'a.csv',
      lines('单位,下岗失业人员再就业', ',5'),
      'ACTUALS_UNKNOWN_UNIT',
      '2:1',
      'the unit is empty',
      "the plan's units: 城关区, 东城区, 西城区",
    ],
    // "单位," is 3 characters, so the header starts at column 4.
    [
      'an unknown indicator in a wide header',
      'a.csv',
      lines('单位,城镇新增就(人)', '城关区,5'),
      'ACTUALS_UNKNOWN_INDICATOR',
      '1:4',
      'unknown indicator "城镇新增就"',
      'did you mean 城镇新增就业 (urban_new_jobs)?',
    ],
    // "chengguan," is 10 characters: the indicator starts at column 11.
    [
      'an unknown indicator in a long row',
      'a.csv',
      lines('unit,indicator,value', 'chengguan,urban_new_job,1'),
      'ACTUALS_UNKNOWN_INDICATOR',
      '2:11',
      'unknown indicator "urban_new_job"',
      'did you mean 城镇新增就业 (urban_new_jobs)?',
    ],
    // Line 4: "城关区," (4) + "下岗失业人员再就业," (10) → the value is at column 15; line 2: 10 + 11 → 22.
    [
      'a duplicate row, by id then by name',
      'a.csv',
      lines('unit,indicator,value', 'chengguan,reemployed,1', 'dongcheng,reemployed,2', '城关区,下岗失业人员再就业,3'),
      'ACTUALS_DUPLICATE',
      '4:15',
      'first at a.csv:2:22',
      'never lets the last one win',
    ],
    // "单位," (3) + "reemployed," (11) → the second column starts at 15; the first at 4.
    [
      'a duplicate indicator column',
      'a.csv',
      lines('单位,reemployed,下岗失业人员再就业', '城关区,1,2'),
      'ACTUALS_DUPLICATE',
      '1:15',
      'the first is at a.csv:1:4',
      'keep one of the two columns',
    ],
    [
      'a value that is not a number',
      'a.csv',
      lines('单位,下岗失业人员再就业', '城关区,12abc'),
      'ACTUALS_VALUE',
      '2:5',
      'column 2 "下岗失业人员再就业": "12abc" is not a number: unexpected text "abc"',
      'leave the cell empty',
    ],
    // The note of line 2 runs on to line 3, so the next record is line 4; "dongcheng," + "reemployed," → 22.
    [
      'a bad value after a quoted field with a line break',
      'a.csv',
      lines('unit,indicator,value,note', 'chengguan,reemployed,1,"line one', 'line two"', 'dongcheng,reemployed,1e5,'),
      'ACTUALS_VALUE',
      '4:22',
      '"1e5" is not a number: exponent notation',
      'write a number',
    ],
    [
      'the same with CRLF line ends',
      'a.csv',
      'unit,indicator,value,note\r\nchengguan,reemployed,1,"line one\r\nline two"\r\ndongcheng,reemployed,1e5,\r\n',
      'ACTUALS_VALUE',
      '4:22',
      'exponent notation',
      'write a number',
    ],
    [
      'a header unit that cannot convert',
      'a.csv',
      lines('单位,下岗失业人员再就业(%)', '城关区,5'),
      'ACTUALS_UNIT_MISMATCH',
      '1:4',
      'a value in % cannot be converted to 人',
      '下岗失业人员再就业 is counted in 人',
    ],
    [
      'a percentage in a persons column',
      'a.csv',
      lines('单位,下岗失业人员再就业', '城关区,5%'),
      'ACTUALS_UNIT_MISMATCH',
      '2:5',
      'a percentage cannot be a value in 人',
      'is counted in 人',
    ],
    [
      'a unit-of-measure cell that cannot convert',
      'a.csv',
      lines('单位,指标,计量单位,完成值', '城关区,下岗失业人员再就业,元,5'),
      'ACTUALS_UNIT_MISMATCH',
      '2:15',
      'a value in 元 cannot be converted to 人',
      'is counted in 人',
    ],
    [
      'a year that is not a whole number',
      'a.csv',
      lines('单位,年份,下岗失业人员再就业', '城关区,二〇一〇,5'),
      'ACTUALS_YEAR',
      '2:5',
      '"二〇一〇" is not a year',
      'such as 2010',
    ],
    // "unit," (5) + "indicator," (10) + "value," (6) → column 22.
    [
      'an unknown column in a long header',
      'a.csv',
      lines('unit,indicator,value,yaer', 'chengguan,reemployed,1,2010'),
      'ACTUALS_HEADER',
      '1:22',
      'unknown column "yaer"',
      'did you mean year?',
    ],
    [
      'a long header without a unit column',
      'a.csv',
      lines('indicator,value', 'reemployed,5'),
      'ACTUALS_HEADER',
      '1:1',
      'needs a unit column',
      'unit,indicator,value',
    ],
    // "城关区," (4) + "5," (2) → the value under no header is at column 7.
    [
      'a value under no header',
      'a.csv',
      lines('单位,下岗失业人员再就业,', '城关区,5,7'),
      'ACTUALS_HEADER',
      '2:7',
      '"7" is in a column with no header',
      'give the column an indicator name',
    ],
    [
      'a wide header with no indicator',
      'a.csv',
      lines('单位,备注', '城关区,x'),
      'ACTUALS_HEADER',
      '1:1',
      'no indicator columns',
      'one column per indicator',
    ],
    // The last good record ends on line 2; the unclosed quote opens on line 3 after "dongcheng," (10) + "reemployed,"
    // (11): column 22.
    [
      'an unclosed quote',
      'a.csv',
      lines('unit,indicator,value', 'chengguan,reemployed,1', 'dongcheng,reemployed,"5', 'xicheng,reemployed,6'),
      'CSV_SYNTAX',
      '3:22',
      'this quote opens a field that is never closed',
      'must close it',
    ],
    // A quoted note spans lines 3–4 and closes; the quote of line 5, after "xicheng," (8) + "reemployed," (11), never
    // does: column 20.
    [
      'an unclosed quote after a closed multi-line one',
      'a.csv',
      lines(
        'unit,indicator,value,note',
        'chengguan,reemployed,1,',
        'dongcheng,reemployed,2,"one',
        'two"',
        'xicheng,reemployed,"6',
      ),
      'CSV_SYNTAX',
      '5:20',
      'never closed',
      'must close it',
    ],
    // "unit," (5) + "indicator," (10): the misspelt value column is column 16, and the sheet is long, not wide.
    [
      'a misspelt value column in a long header',
      'a.csv',
      lines('unit,indicator,valeu', 'chengguan,reemployed,1'),
      'ACTUALS_HEADER',
      '1:16',
      'unknown column "valeu"',
      'did you mean value?',
    ],
    [
      'a long header without a value column',
      'a.csv',
      lines('单位,指标', '城关区,reemployed'),
      'ACTUALS_HEADER',
      '1:1',
      'needs a value column',
      'unit,indicator,value',
    ],
    ['an empty file', 'a.csv', '', 'FILE_EMPTY', '1:1', 'no data', 'kaohe template'],
    ['a file of empty cells', 'a.csv', ',,,\n\n,,\n', 'FILE_EMPTY', '1:1', 'no data', 'kaohe template'],
    [
      'an old .xls workbook',
      'a.xls',
      'x',
      'FILE_FORMAT',
      '1:1',
      'Excel 97–2003 (.xls) or WPS (.et) files are not read',
      'save it as .xlsx',
    ],
    [
      'a binary file named .csv',
      'a.csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'FILE_BINARY',
      '1:1',
      'binary file',
      'must be named .xlsx',
    ],
    // Line 5 is "    东城:": the key starts at column 5.
    [
      'an unknown unit in YAML',
      'a.yaml',
      lines('kaohe: 1', 'actuals:', '  year: 2010', '  values:', '    东城:', '      reemployed: 5'),
      'ACTUALS_UNKNOWN_UNIT',
      '5:5',
      'unknown unit "东城"',
      'did you mean 东城区 (dongcheng)?',
    ],
    // "      reemployed: " is 18 characters: the value starts at column 19.
    [
      'a YAML value that is not a number',
      'a.yaml',
      lines('kaohe: 1', 'actuals:', '  values:', '    chengguan:', '      reemployed: 12abc'),
      'ACTUALS_VALUE',
      '5:19',
      '"12abc" is not a number',
      'write a number',
    ],
    [
      'an unknown indicator in YAML',
      'a.yaml',
      lines('kaohe: 1', 'actuals:', '  values:', '    chengguan:', '      reemployd: 5'),
      'ACTUALS_UNKNOWN_INDICATOR',
      '5:7',
      'unknown indicator "reemployd"',
      'did you mean 下岗失业人员再就业 (reemployed)?',
    ],
    // "kaohe: " is 7 characters.
    [
      'a YAML file of another version',
      'a.yaml',
      lines('kaohe: 2', 'actuals:', '  values: {}'),
      'SCHEMA',
      '1:8',
      'must be 1',
      undefined,
    ],
    [
      'a YAML year before 1949',
      'a.yaml',
      lines('kaohe: 1', 'actuals:', '  year: 1900', '  values: {}'),
      'SCHEMA',
      '3:9',
      'must be at least 1949',
      undefined,
    ],
    // "    values: {chengguan: {reemployed: " is 37 characters: the value is at column 38.
    [
      'the same year twice in YAML',
      'a.yaml',
      lines(
        'kaohe: 1',
        'actuals:',
        '  - year: 2010',
        '    values: {chengguan: {reemployed: 1}}',
        '  - year: 2010',
        '    values: {chengguan: {reemployed: 2}}',
      ),
      'ACTUALS_DUPLICATE',
      '6:38',
      'first at a.yaml:4:38',
      'never lets the last one win',
    ],
  ])('reports %s', async (_name, path, content, code, where, message, hint) => {
    const loaded = await load(path, content);
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual([`${code} ${where}`]);
    const [d] = loaded.diagnostics;
    expect(d!.message.en).toContain(message);
    expect(d!.message.zh).not.toBe('');
    if (hint !== undefined) expect(d!.hint?.en).toContain(hint);
  });
});

async function workbook(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Sheet1'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('.xlsx mistakes', () => {
  it.each([
    [
      'a formula saved without its result',
      (ws: ExcelJS.Worksheet) => {
        ws.addRow(['单位', '下岗失业人员再就业']);
        ws.addRow(['城关区', { formula: '1+1' }]);
      },
      undefined,
      'ACTUALS_FORMULA',
      'Sheet1!B2',
      'saved without its result',
      'open the file in Excel or WPS and save it',
    ],
    [
      'an error value',
      (ws: ExcelJS.Worksheet) => {
        ws.addRow(['单位', '下岗失业人员再就业']);
        ws.addRow(['城关区', { formula: '1/0', result: { error: '#DIV/0!' } }]);
      },
      undefined,
      'ACTUALS_VALUE',
      'Sheet1!B2',
      'the error #DIV/0!',
      'fix the formula',
    ],
    [
      'a date where a number belongs',
      (ws: ExcelJS.Worksheet) => {
        ws.addRow(['单位', '下岗失业人员再就业']);
        ws.addRow(['城关区', new Date(Date.UTC(2010, 4, 3))]);
      },
      undefined,
      'ACTUALS_VALUE',
      'Sheet1!B2',
      '2010-05-03 is a date',
      'format the cell as a number',
    ],
    [
      'an unknown unit',
      (ws: ExcelJS.Worksheet) => {
        ws.addRow(['单位', '下岗失业人员再就业']);
        ws.addRow(['西城', 5]);
      },
      undefined,
      'ACTUALS_UNKNOWN_UNIT',
      'Sheet1!A2',
      'unknown unit "西城"',
      'did you mean 西城区 (xicheng)?',
    ],
    // B1:C1 merged: exceljs repeats 下岗失业人员再就业 in C1; read once, C is a column with no header.
    [
      'a value under the second half of a merged header',
      (ws: ExcelJS.Worksheet) => {
        ws.addRow(['单位', '下岗失业人员再就业', null]);
        ws.mergeCells('B1:C1');
        ws.addRow(['城关区', 5, 6]);
      },
      undefined,
      'ACTUALS_HEADER',
      'Sheet1!C2',
      'column C "": "6" is in a column with no header'.replace(' ""', ''),
      'give the column',
    ],
    [
      'a sheet that is not there',
      (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => {
        ws.addRow(['单位', '下岗失业人员再就业']);
        wb.addWorksheet('2010年');
      },
      'Sheet 1',
      'ACTUALS_SHEET',
      undefined,
      'no sheet named "Sheet 1"',
      'did you mean Sheet1? sheets: Sheet1, 2010年',
    ],
  ])('reports %s', async (_name, fill, sheet, code, cell, message, hint) => {
    const loaded = await load('a.xlsx', await workbook(fill), sheet === undefined ? {} : { sheet });
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.cell}`)).toEqual([`${code} ${cell}`]);
    expect(loaded.diagnostics[0]!.message.en).toContain(message);
    expect(loaded.diagnostics[0]!.hint?.en).toContain(hint);
  });

  it('gives a cell diagnostic its row as line and its column number as col', async () => {
    const loaded = await load(
      'a.xlsx',
      await workbook((ws) => {
        ws.addRow(['单位', '城镇登记失业率', '下岗失业人员再就业']);
        ws.addRow(['城关区', 4.3, 'many']);
      }),
    );
    expect(loaded.diagnostics.map((d) => [d.cell, d.line, d.col])).toEqual([['Sheet1!C2', 2, 3]]);
  });

  it('reports a file that is not a workbook', async () => {
    const loaded = await load('a.xlsx', 'not a zip');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['FILE_FORMAT']);
  });
});
