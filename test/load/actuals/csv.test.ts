// The quirks of clerks' CSV files, each read to the actuals worked out by hand.
import { describe, expect, it } from 'vitest';
import { load, plainRows } from './load.js';

const lines = (...l: string[]) => l.join('\n');

describe('CSV actuals', () => {
  it.each([
    [
      'skips total rows however they are written',
      'a.csv',
      lines('单位,下岗失业人员再就业', '城关区,5', '合　计,5', '全市合计,5', 'Total,5'),
      ['chengguan reemployed - 5'],
    ],
    [
      'skips footnotes below the table',
      'a.csv',
      lines('单位,下岗失业人员再就业', '城关区,5', '注:数据截至12月31日,', '填表人:张三,审核人:李四'),
      ['chengguan reemployed - 5'],
    ],
    [
      'skips a header repeated further down (a printed page break)',
      'a.csv',
      lines('单位,下岗失业人员再就业', '城关区,5', '单位,下岗失业人员再就业', '东城区,6'),
      ['chengguan reemployed - 5', 'dongcheng reemployed - 6'],
    ],
    ['reads tab-separated text', 'a.txt', '单位\t下岗失业人员再就业\n城关区\t5\n', ['chengguan reemployed - 5']],
    // 6184 人 in a 万人 indicator: 6184 ÷ 10000.
    [
      'reads a long sheet with Chinese headers and a unit-of-measure column',
      'a.csv',
      lines('单位,指标,计量单位,完成值,年度', '城关区,城镇新增就业,人,"6,184",2010'),
      ['chengguan urban_new_jobs 2010 0.6184'],
    ],
    [
      "reads the unit of measure in a long row's indicator",
      'a.csv',
      lines('unit,indicator,value', 'chengguan,城镇新增就业(人),6184'),
      ['chengguan urban_new_jobs - 0.6184'],
    ],
    [
      'reads "(单位:人)" in a header as the unit of measure',
      'a.csv',
      lines('单位,城镇新增就业（单位：人）', '城关区,6184'),
      ['chengguan urban_new_jobs - 0.6184'],
    ],
    // 1,234,500 元 = 1234500 ÷ 10000 = 123.45 万元; 23.4万 人次 = 234000 人次.
    [
      'converts yuan to 万元 and 万 person-times to 人次',
      'a.csv',
      lines('单位,就业补助资金(元),职业技能培训', '城关区,"1,234,500",23.4万'),
      ['chengguan subsidy - 123.45', 'chengguan training - 234000'],
    ],
    [
      'matches unit names padded with spaces',
      'a.csv',
      lines('单位,下岗失业人员再就业', '城 关 区,5', '东　城　区,6'),
      ['chengguan reemployed - 5', 'dongcheng reemployed - 6'],
    ],
    [
      'ignores a serial-number column before the unit',
      'a.csv',
      lines('序号,单位,下岗失业人员再就业', '1,城关区,5'),
      ['chengguan reemployed - 5'],
    ],
    [
      'reads one row per unit and year',
      'a.csv',
      lines('单位,年份,下岗失业人员再就业', '城关区,2010,5', '城关区,2011年,6'),
      ['chengguan reemployed 2010 5', 'chengguan reemployed 2011 6'],
    ],
    [
      'reads empty cells, and cells missing from a short row, as missing',
      'a.csv',
      lines('单位,下岗失业人员再就业,城镇登记失业率', '城关区,,4.3', '东城区,6'),
      [
        'chengguan reemployed - ∅',
        'chengguan unemployment_rate - 4.3',
        'dongcheng reemployed - 6',
        'dongcheng unemployment_rate - ∅',
      ],
    ],
    [
      'reads quoted fields holding commas',
      'a.csv',
      lines('"单位","下岗失业人员再就业"', '"城关区","1,005"'),
      ['chengguan reemployed - 1005'],
    ],
  ])('%s', async (_name, path, content, expected) => {
    const loaded = await load(path, content);
    expect(loaded.diagnostics).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(expected);
  });

  it('attaches a note to the values of its row', async () => {
    const loaded = await load('a.csv', lines('单位,下岗失业人员再就业,城镇登记失业率,备注', '城关区,5,4.3,含返乡人员'));
    expect(loaded.value!.actuals.map((a) => a.note)).toEqual(['含返乡人员', '含返乡人员']);
  });

  it('gives each actual the line and column of its value', async () => {
    // "城关区," is 4 characters: 5 is at column 5 of line 3 (line 2 is blank).
    const loaded = await load('a.csv', lines('单位,下岗失业人员再就业', '', '城关区,5'));
    expect(loaded.value!.actuals.map((a) => a.source)).toEqual([{ file: 'a.csv', line: 3, col: 5 }]);
  });

  it('reads __proto__ as an unknown unit and pollutes no prototype', async () => {
    const loaded = await load('a.csv', lines('单位,下岗失业人员再就业', '__proto__,5', 'constructor,6'));
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['ACTUALS_UNKNOWN_UNIT', 'ACTUALS_UNKNOWN_UNIT']);
    expect(({} as Record<string, unknown>).reemployed).toBeUndefined();
  });

  it('reports every mistake of a file, not the first alone', async () => {
    const loaded = await load('a.csv', lines('单位,下岗失业人员再就业', '东城,5', '城关区,x', '城关区,7', '城关区,8'));
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual([
      'ACTUALS_UNKNOWN_UNIT 2',
      'ACTUALS_VALUE 3',
      'ACTUALS_DUPLICATE 5',
    ]);
  });

  it('reads a file GB18030-encoded when told --encoding gbk', async () => {
    const { default: iconv } = await import('iconv-lite');
    const bytes = new Uint8Array(iconv.encode('单位,下岗失业人员再就业\r\n城关区,5\r\n', 'gbk'));
    const loaded = await load('a.csv', bytes, { encoding: 'gbk' });
    expect(plainRows(loaded.value!.actuals)).toEqual(['chengguan reemployed - 5']);
  });
});
