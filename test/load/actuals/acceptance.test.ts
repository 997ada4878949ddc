// Issue #4's acceptance case: one year of actuals as a clerk might send it in four forms — long CSV,
// a wide GB18030 CSV with Chinese headers, a wide UTF-8-with-BOM CSV, and an .xlsx with a formula —
// all read as the same actuals.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { load, plainRows } from './load.js';

// Worked by hand, in each indicator's unit: 城镇新增就业 is in 万人, so 6184 persons = 6184 ÷ 10000 =
// 0.6184, 5200 = 0.52, 1.25万 persons = 12500 = 1.25; 再就业 is in 人; 失业率 in %; 西城区's rate is empty.
const expected = [
  'chengguan reemployed 2010 12345',
  'chengguan unemployment_rate 2010 4.3',
  'chengguan urban_new_jobs 2010 0.6184',
  'dongcheng reemployed 2010 2100',
  'dongcheng unemployment_rate 2010 4.35',
  'dongcheng urban_new_jobs 2010 0.52',
  'xicheng reemployed 2010 987',
  'xicheng unemployment_rate 2010 ∅',
  'xicheng urban_new_jobs 2010 1.25',
];

const longCsv = [
  'unit,indicator,value,year',
  'chengguan,urban_new_jobs,0.6184,2010',
  'chengguan,unemployment_rate,4.3,2010',
  'chengguan,reemployed,12345,2010',
  'dongcheng,urban_new_jobs,0.52,2010',
  'dongcheng,unemployment_rate,4.35,2010',
  'dongcheng,reemployed,2100,2010',
  'xicheng,urban_new_jobs,1.25,2010',
  'xicheng,unemployment_rate,,2010',
  'xicheng,reemployed,987,2010',
].join('\n');

// Chinese headers with the unit of measure in brackets, thousands separators, a full-width number
// (５２００), a 万 suffix, CRLF line ends and a total row, as Excel on a Chinese Windows machine saves it.
const wideGb = new Uint8Array(
  iconv.encode(
    `${[
      '单位,年份,城镇新增就业(人),城镇登记失业率(%),下岗失业人员再就业',
      '城关区,2010,"6,184",4.3%,"12,345"',
      '东城区,2010,５２００,4.35,"2,100"',
      '西城区,2010,1.25万,,987',
      '合计,,"23,884",,"15,432"',
    ].join('\r\n')}\r\n`,
    'gb18030',
  ),
);

// Ids in the header, a full-width bracket, a title row above the header and a blank row.
const wideBom = Uint8Array.from([
  0xef,
  0xbb,
  0xbf,
  ...new TextEncoder().encode(
    [
      '2010年度就业目标完成情况,,,,',
      'unit,year,urban_new_jobs（万人）,unemployment_rate,reemployed',
      'chengguan,2010,0.6184,4.3,12345',
      ',,,,',
      'dongcheng,2010,0.52,4.35,2100',
      'xicheng,2010,1.25,,987',
    ].join('\n'),
  ),
]);

async function makeXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2010年');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '2010年度就业目标完成情况';
  ws.addRow(['单位', '年份', '城镇新增就业（人）', '城镇登记失业率（%）', '下岗失业人员再就业(人)']);
  ws.addRow(['城关区', 2010, 6184, 0.043, '12,345']); // 4.3% stored as 0.043 in a percent cell; a number stored as text
  ws.addRow(['东城区', 2010, 5200, 0.0435, 2100]);
  ws.addRow(['西城区', 2010, '1.25万', null, { formula: 'C3+C4+1116', result: 987 }]);
  ws.addRow(['合计', null, { formula: 'SUM(C3:C5)', result: 23884 }, null, null]);
  for (const row of [3, 4, 5]) ws.getCell(`D${row}`).numFmt = '0.00%';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the same year of actuals in four forms', () => {
  it.each([
    ['long UTF-8 CSV', 'a.csv', async () => new TextEncoder().encode(longCsv)],
    ['wide GB18030 CSV with Chinese headers', 'b.csv', async () => wideGb],
    ['wide UTF-8-with-BOM CSV', 'c.csv', async () => wideBom],
    ['.xlsx with a formula cell', 'd.xlsx', makeXlsx],
  ])('reads the %s as the expected actuals, with no diagnostic', async (_name, path, make) => {
    const loaded = await load(path, await make());
    expect(loaded.diagnostics).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(expected);
  });
});
