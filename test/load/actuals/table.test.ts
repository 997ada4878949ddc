// A text read once is remembered for its indicator and unit of measure: the same text must still
// read as each column's unit says, and a mistake must still be reported on every row that makes it.
import { describe, expect, it } from 'vitest';
import { load, places, plainRows } from './load.js';

const lines = (...l: string[]) => l.join('\n');

describe('the same text in many rows', () => {
  it.each([
    // 6184 in 下岗失业人员再就业 (人) is 6184; in 城镇新增就业 written in 人 it is 6184 ÷ 10000 = 0.6184 万人;
    // in 就业补助资金 (万元), as written, 6184 万元.
    [
      "reads it in each column's indicator and unit of measure",
      lines('单位,下岗失业人员再就业,城镇新增就业(人),就业补助资金', '城关区,6184,6184,6184', '东城区,6184,6184,6184'),
      [
        'chengguan reemployed - 6184',
        'chengguan subsidy - 6184',
        'chengguan urban_new_jobs - 0.6184',
        'dongcheng reemployed - 6184',
        'dongcheng subsidy - 6184',
        'dongcheng urban_new_jobs - 0.6184',
      ],
    ],
    // a long sheet: the unit-of-measure column changes what the same 12 means (12 人 = 0.0012 万人)
    [
      "reads it in each row's unit of measure on a long sheet",
      lines(
        'unit,indicator,measure,value',
        'chengguan,urban_new_jobs,,12',
        'dongcheng,urban_new_jobs,人,12',
        'xicheng,urban_new_jobs,,12',
      ),
      ['chengguan urban_new_jobs - 12', 'dongcheng urban_new_jobs - 0.0012', 'xicheng urban_new_jobs - 12'],
    ],
  ])('%s', async (_name, content, expected) => {
    const loaded = await load('a.csv', content);
    expect(loaded.diagnostics).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(expected);
  });

  it('reports a text that is not a number on every row that has it', async () => {
    // "城关区," is 4 characters: the value is at column 5 of lines 2 and 3
    const loaded = await load('a.csv', lines('单位,下岗失业人员再就业', '城关区,abc', '东城区,abc'));
    expect(places(loaded)).toEqual(['ACTUALS_VALUE a.csv:2:5', 'ACTUALS_VALUE a.csv:3:5']);
  });
});
