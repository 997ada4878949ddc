// CSV files as clerks really hand them in (issue 13, item 2): each kind read to the values worked out by hand, or
// refused at its line and column.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../../src/load/plan.js';
import { cityValues } from '../../helpers/city.js';
import { load, places, plainRows } from './load.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const cityPlan = loadPlan(readFileSync('plans/city-2010.yaml', 'utf8'), 'plans/city-2010.yaml').value!.plan;
const loadCity = (name: string) => load(name, readFileSync(`fixtures/inputs/${name}`), {}, cityPlan);

const city = cityValues();

describe('the handed CSV inputs', () => {
  it('c04: ";"-separated with decimal commas reads 4,3 as 4.3 and every count whole', async () => {
    const loaded = await loadCity('c04-semicolon.csv');
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(city);
  });

  it('c15: a title and a 填报单位/填报日期 line above the header are skipped', async () => {
    const loaded = await loadCity('c15-filler-row-above-header.csv');
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(city);
  });

  it('c12: a UTF-8 file with one GBK line is refused at that line, not garbled whole as GB18030', async () => {
    const loaded = await loadCity('c12-mixed-utf8-gbk.csv');
    expect(places(loaded)).toEqual(['FILE_ENCODING c12-mixed-utf8-gbk.csv:2:1']);
    expect(loaded.diagnostics[0]!.message.en).toMatch(/^line 2 is not UTF-8 \(it looks like GBK\)/);
  });
});

describe('the delimiter, found from the data rows', () => {
  it.each([
    [
      'tab, under a title line without one',
      lines('2010年完成情况', '单位\t下岗失业人员再就业', '城关区\t5', '东城区\t6'),
    ],
    ['the full-width comma', lines('单位，下岗失业人员再就业，城镇登记失业率', '城关区，5，4.3', '东城区，6，4.4')],
    ['";" with decimal commas', lines('单位;下岗失业人员再就业;城镇登记失业率', '城关区;5;4,3', '东城区;6;4,4')],
    ['"," with a note holding ";" and "，"', lines('单位,下岗失业人员再就业,备注', '城关区,5,甲;乙，丙', '东城区,6,')],
  ])('%s', async (_name, text) => {
    const loaded = await load('a.csv', text);
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals).filter((r) => r.includes('reemployed'))).toEqual([
      'chengguan reemployed - 5',
      'dongcheng reemployed - 6',
    ]);
  });

  it('reads 4,3 in a ";" file as 4.3 and refuses 6,184 there as either 6.184 or 6184', async () => {
    const text = lines('单位;下岗失业人员再就业;城镇登记失业率', '城关区;6,184;4,3');
    const loaded = await load('a.csv', text);
    expect(places(loaded)).toEqual(['ACTUALS_VALUE a.csv:2:5']);
    expect(loaded.diagnostics[0]!.message.en).toContain('separated by ";" with decimal commas');
    expect(plainRows(loaded.value!.actuals)).toEqual(['chengguan unemployment_rate - 4.3']);
  });
});

describe('rows with more fields than the header', () => {
  it('refuses the row an unquoted 6,184 shifted, at the split, and reads none of its values', async () => {
    const text = lines('单位,下岗失业人员再就业,城镇登记失业率', '城关区,6,184,4.3', '东城区,5388,4.4');
    const loaded = await load('a.csv', text);
    expect(places(loaded)).toEqual(['CSV_SYNTAX a.csv:2:5']);
    expect(loaded.diagnostics[0]!.message.en).toBe(
      'column 2 "下岗失业人员再就业": this row has 4 fields but the header has 3: "6,184" was most likely one number split by its thousands separator',
    );
    expect(plainRows(loaded.value!.actuals)).toEqual([
      'dongcheng reemployed - 5388',
      'dongcheng unemployment_rate - 4.4',
    ]);
  });

  it('refuses an extra filled field that is no split number at the field, and allows trailing empty ones', async () => {
    const text = lines('单位,下岗失业人员再就业', '城关区,5,x', '东城区,6,,');
    const loaded = await load('a.csv', text);
    expect(places(loaded)).toEqual(['CSV_SYNTAX a.csv:2:7']);
    expect(plainRows(loaded.value!.actuals)).toEqual(['dongcheng reemployed - 6']);
  });
});

describe('encodings and endings', () => {
  const text = lines('单位,下岗失业人员再就业', '城关区,5');
  it.each([
    ['UTF-16LE without a BOM', iconv.encode(text, 'utf-16le')],
    ['UTF-16BE without a BOM', iconv.encode(text, 'utf-16be')],
    ['a trailing Ctrl-Z', Buffer.concat([Buffer.from(text), Buffer.from([0x1a])])],
    ['GB18030 with a trailing Ctrl-Z', Buffer.concat([iconv.encode(text, 'gb18030'), Buffer.from([0x1a])])],
  ])('reads %s', async (_name, bytes) => {
    const loaded = await load('a.csv', new Uint8Array(bytes));
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(['chengguan reemployed - 5']);
  });
});

describe('headers as clerks write them', () => {
  it('reads a header name broken by a line break', async () => {
    const loaded = await load('a.csv', lines('单位,"下岗失业人员', '再就业(人)"', '城关区,5'));
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(['chengguan reemployed - 5']);
  });

  // 0.6184 万人 is 6184 人; the 万人 indicator keeps 0.6184; a 人 column under a 万人 indicator is divided by 10,000.
  it('reads a second header row with the units of measure', async () => {
    const text = lines('单位,城镇新增就业,下岗失业人员再就业,城镇登记失业率', ',人,万人,%', '城关区,6184,0.5,4.3');
    const loaded = await load('a.csv', text);
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual([
      'chengguan reemployed - 5000',
      'chengguan unemployment_rate - 4.3',
      'chengguan urban_new_jobs - 0.6184',
    ]);
  });

  it('refuses a unit of measure in the second header row that cannot convert, at its cell', async () => {
    const text = lines('单位,下岗失业人员再就业', '计量单位,元', '城关区,5');
    expect(places(await load('a.csv', text))).toEqual(['ACTUALS_UNIT_MISMATCH a.csv:2:6']);
  });
});
