// Workbooks as clerks and other writers really hand them in (issue 13, item 1): each kind read to the values worked
// out by hand, or refused at its cell in the user's terms.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../../src/load/plan.js';
import { cityValues } from '../../helpers/city.js';
import { rawXlsx, type RawCell } from '../../helpers/raw-xlsx.js';
import { load, places, plainRows } from './load.js';

const cityPlan = loadPlan(readFileSync('plans/city-2010.yaml', 'utf8'), 'plans/city-2010.yaml').value!.plan;
const loadCity = (name: string) => load(name, readFileSync(`fixtures/inputs/${name}`), {}, cityPlan);
const s = (text: string): RawCell => ({ s: text });
const n = (v: string, style?: number): RawCell => (style === undefined ? { n: v } : { n: v, style });
const HEADER = [s('单位'), s('下岗失业人员再就业'), s('城镇登记失业率')];

describe('the handed workbooks', () => {
  it.each([
    ['x01-numfmt-escaped-percent.xlsx'], // 0.0\% is a literal %: 4.3 stays 4.3
    ['x10-header-linebreak.xlsx'], // 下岗失业人员⏎再就业(人)
    ['x17-sharedstrings-renamed.xlsx'], // xl/SharedStrings.xml
    ['x20d-space-Z1-and-styled-row-1048576.xlsx'], // a stray cell at row 1,048,576 costs nothing
  ])('%s reads the city figures', async (name) => {
    const loaded = await loadCity(name);
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(cityValues());
  });

  it('x09b: a hidden row that repeats a unit is a duplicate that says the row is hidden', async () => {
    const loaded = await loadCity('x09b-hidden-duplicate-row.xlsx');
    expect(places(loaded)[0]).toBe('ACTUALS_DUPLICATE x09b-hidden-duplicate-row.xlsx:实际完成!B4');
    expect(loaded.diagnostics[0]!.message.en).toContain('row 4 is hidden in the sheet');
  });
});

describe('number formats read by their grammar', () => {
  it.each([
    ['0.0\\%', '4.3'], // LibreOffice's save of 0.0"%"
    ['0.0"%"', '4.3'],
    ['0.0%', '430'], // a bare % : the cell stores 4.3 and shows 430%
    ['[Red]0.0;[Blue]-0.0', '4.3'],
  ])('%s on a stored 4.3 reads %s', async (format, want) => {
    const bytes = await rawXlsx({ rows: [HEADER, [s('城关区'), n('5'), n('4.3', 1)]], formats: [format] });
    const loaded = await load('a.xlsx', bytes);
    expect(plainRows(loaded.value!.actuals)).toContain(`chengguan unemployment_rate - ${want}`);
  });

  it('refuses a 万人 display format under a 人 column, and reads it under a 万人 one', async () => {
    const rows = [
      [s('单位'), s('下岗失业人员再就业(人)'), s('城镇新增就业(万人)')],
      [s('城关区'), n('6184', 1), n('0.6184', 1)],
    ];
    const loaded = await load('a.xlsx', await rawXlsx({ rows, formats: ['0"万人"'] }));
    expect(places(loaded)).toEqual(['ACTUALS_UNIT_MISMATCH a.xlsx:实际完成!B2']);
    expect(loaded.diagnostics[0]!.message.en).toContain('shows "6184万人" but the column is in 人');
    expect(plainRows(loaded.value!.actuals)).toEqual(['chengguan urban_new_jobs - 0.6184']);
  });
});

describe('every <v> through the strict decimal parser', () => {
  it.each([['NaN'], ['Infinity'], ['1e400'], ['4,3'], ['6,184'], ['0x10'], ['-']])(
    'refuses <v>%s</v> at its cell',
    async (v) => {
      const bytes = await rawXlsx({ rows: [HEADER, [s('城关区'), n(v), n('4.3')]] });
      const loaded = await load('a.xlsx', bytes);
      expect(places(loaded)).toEqual(['ACTUALS_VALUE a.xlsx:实际完成!B2']);
    },
  );

  it('reads the exponent form writers use, to 15 significant digits', async () => {
    const bytes = await rawXlsx({ rows: [HEADER, [s('城关区'), n('6.184E3'), n('4.3000000000000007')]] });
    expect(plainRows((await load('a.xlsx', bytes)).value!.actuals)).toEqual([
      'chengguan reemployed - 6184',
      'chengguan unemployment_rate - 4.3',
    ]);
  });
});

describe('merged cells', () => {
  it.each([
    ['down across two units', 'B2:B3'],
    ['across two indicators', 'B2:C2'],
  ])('refuses a value merged %s, naming the range once', async (_name, range) => {
    const rows = [HEADER, [s('城关区'), n('5'), n('4.3')], [s('东城区'), null, n('4.4')]];
    const loaded = await load('a.xlsx', await rawXlsx({ rows, merges: [range] }));
    expect(places(loaded)).toEqual(['ACTUALS_MERGED a.xlsx:实际完成!B2']);
    expect(loaded.diagnostics[0]!.message.en).toContain(range);
  });

  it('reads a unit name merged down its years and a title merged across', async () => {
    const rows = [
      [s('2010—2011年完成情况')],
      [s('单位'), s('年份'), s('下岗失业人员再就业')],
      [s('城关区'), n('2010'), n('5')],
      [null, n('2011'), n('6')],
    ];
    const loaded = await load('a.xlsx', await rawXlsx({ rows, merges: ['A1:C1', 'A3:A4'] }));
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(['chengguan reemployed 2010 5', 'chengguan reemployed 2011 6']);
  });
});

describe("other writers' workbooks", () => {
  const rows = [HEADER, [s('城关区'), n('5'), n('4.3')]];
  const want = ['chengguan reemployed - 5', 'chengguan unemployment_rate - 4.3'];
  it.each([
    ['x:-prefixed elements (OpenXML SDK)', { prefix: 'x:' }],
    ['xl/SharedStrings.xml', { sharedStrings: 'SharedStrings.xml' }],
    ['rich-text shared strings with a phonetic run (Feishu, WPS)', { richText: true }],
    ["kaohe's template with its 说明 sheet moved first", { before: [['说明', [[s('填写说明'), s('…')]]]] }],
  ] as const)('reads %s', async (_name, options) => {
    const loaded = await load('a.xlsx', await rawXlsx({ rows, ...options } as Parameters<typeof rawXlsx>[0]));
    expect(places(loaded)).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(want);
  });

  it("refuses a file that is no zip in the user's terms", async () => {
    const loaded = await load('a.xlsx', new TextEncoder().encode('单位,城镇新增就业\n'));
    expect(loaded.diagnostics.map((d) => d.message.en)).toEqual([
      'not an .xlsx workbook: the file is not a zip package',
    ]);
  });

  it('refuses a zip bomb from its declared sizes before inflating anything', async () => {
    const bytes = Buffer.from(await rawXlsx({ rows }));
    // set each central-directory entry's uncompressed size to 3 GB, as a bomb declares it
    for (let i = bytes.indexOf('PK\x01\x02'); i !== -1; i = bytes.indexOf('PK\x01\x02', i + 4))
      bytes.writeUInt32LE(0xb2d05e00, i + 24);
    const loaded = await load('a.xlsx', new Uint8Array(bytes));
    expect(places(loaded)).toEqual(['FILE_FORMAT a.xlsx:1:1']);
    expect(loaded.diagnostics[0]!.message.en).toMatch(
      /^the workbook unzips to \d+ MB, more than the 512 MB kaohe reads$/,
    );
  });
});

// An OpenDocument package as LibreOffice writes it: its mimetype first, stored uncompressed.
async function ods(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', '<office:document-content/>');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('Excel 97–2003, WPS and OpenDocument files', () => {
  const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  it.each([
    ['a.xls', cfb, 'Excel 97–2003 (.xls) or WPS (.et) files are not read'],
    ['a.et', cfb, 'Excel 97–2003 (.xls) or WPS (.et) files are not read'],
    ['saved-as.xlsx', cfb, 'Excel 97–2003 (.xls) or WPS (.et) files are not read'], // an .xls under another name
    ['saved-as.csv', cfb, 'Excel 97–2003 (.xls) or WPS (.et) files are not read'],
    ['a.ods', 'ods', 'OpenDocument (.ods) files are not read'],
    ['renamed.xlsx', 'ods', 'OpenDocument (.ods) files are not read'],
  ])('refuses %s with the Save-As steps for WPS, Excel and LibreOffice', async (name, bytes, said) => {
    const loaded = await load(name, bytes === 'ods' ? await ods() : bytes);
    expect(places(loaded)).toEqual([`FILE_FORMAT ${name}:1:1`]);
    expect(loaded.diagnostics[0]!.message.en).toBe(`${said}: kaohe reads .xlsx, CSV and YAML`);
    const hint = loaded.diagnostics[0]!.hint!.zh;
    for (const step of ['WPS 表格:文件 → 另存为', 'Excel:文件 → 另存为', 'LibreOffice Calc:文件 → 另存为'])
      expect(hint).toContain(step);
  });
});
