import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { renderCsv } from '../../src/report/csv.js';
import { groupThousands } from '../../src/report/format.js';
import { CSV_COLUMNS } from '../../src/report/labels.js';
import { renderTable } from '../../src/report/table.js';
import { cityResult, provinceResult } from './fixtures.js';

const parseCsv = (text: string): string[][] => parse(text, { bom: true }) as string[][];
const records = (results: Result[]): Record<string, string>[] =>
  parse(renderCsv(results, { lang: 'en', color: false }), { columns: true }) as Record<string, string>[];
const find = (rows: Record<string, string>[], unit: string, indicator: string): Record<string, string> | undefined =>
  rows.find((r) => r.unit_id === unit && r.indicator_id === indicator);

describe('renderCsv', () => {
  it('gives one row per unit × indicator: 4 × 2 for the city, 2 + 1 for the province, after one header', () => {
    const rows = parseCsv(renderCsv([cityResult, provinceResult], { lang: 'en', color: false }));
    expect(rows).toHaveLength(1 + 8 + 3);
    for (const row of rows) expect(row).toHaveLength(20);
  });

  it('heads the English columns with the snake_case ids', () => {
    expect(parseCsv(renderCsv([cityResult], { lang: 'en', color: false }))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('heads the Chinese columns in Chinese', () => {
    const header = parseCsv(renderCsv([cityResult], { lang: 'zh', color: false }))[0];
    expect(header?.slice(0, 3)).toEqual(['方案编号', '单位编号', '单位名称']);
  });

  it.each([
    // 东城区: 4712 − 5000 = −288 persons; 288 × 100 = 28,800 yuan fine; net 0 − 28800
    [
      'dongcheng',
      'urban_new_jobs',
      {
        target: '5000',
        actual: '4712',
        status: 'missed',
        surplus: '-288',
        penalty_yuan: '28800',
        net_yuan: '-28800',
        award_eligible: 'no',
        grade_base: '二等',
        grade_final: '三等',
      },
    ],
    // 城关区: 184 persons over × 100 = 18,400 yuan, repeated on the unit's second indicator
    [
      'chengguan',
      'unemployment_rate',
      { target: '4.3', actual: '4.1', status: 'met', reward_yuan: '18400', unit_score: '100', overall: 'met' },
    ],
    // 西城区: the rate has no actual, so actual and surplus are empty, never 0
    ['xicheng', 'unemployment_rate', { actual: '', status: 'missing', surplus: '', overall: 'incomplete' }],
    // 全省: exact decimals stay as given, with no thousands separators
    [
      'province',
      'skilled_workers',
      {
        actual: '1234567.89',
        plan_id: 'province-2021',
        grade_base: '',
        unit_of_measure: '万人',
        direction: 'at_least',
      },
    ],
  ])('writes %s × %s with the values worked out by hand', (unit, indicator, expected) => {
    expect(find(records([cityResult, provinceResult]), unit, indicator)).toMatchObject(expected);
  });

  it('writes status words in Chinese for a Chinese sheet', () => {
    const rows = parseCsv(renderCsv([cityResult], { lang: 'zh', color: false }));
    expect(rows.find((r) => r[1] === 'xicheng' && r[3] === 'unemployment_rate')?.slice(9, 10)).toEqual(['缺数据']);
  });

  it('quotes a unit name holding a comma and a quote so it parses back whole', () => {
    const [first] = cityResult.units;
    if (!first) throw new Error('fixture');
    const odd = { ...cityResult, units: [{ ...first, name: '高新区,"开发区"' }] };
    expect(records([odd])[0]?.unit_name).toBe('高新区,"开发区"');
  });

  it('keeps a unit with no applicable indicator as one row with empty indicator columns', () => {
    const [first] = cityResult.units;
    if (!first) throw new Error('fixture');
    const rows = records([{ ...cityResult, units: [{ ...first, indicators: [] }] }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unit_id: 'chengguan', indicator_id: '', target: '', reward_yuan: '18400' });
  });

  it.each([
    [true, true],
    [false, false],
    [undefined, false],
  ])('starts with a BOM when bom is %s: %s', (bom, expected) => {
    expect(renderCsv([cityResult], { lang: 'zh', color: false, bom }).startsWith('\uFEFF')).toBe(expected);
  });

  it('ends lines in \\n, not \\r\\n, and ends the text with one', () => {
    const text = renderCsv([cityResult], { lang: 'en', color: false });
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('the CSV and the table', () => {
  it('agree on every unit’s net money, since both read rows.ts', () => {
    const table = renderTable([cityResult], { lang: 'en', color: false }).split('\n');
    for (const record of records([cityResult])) {
      const row = table.find((l) => l.startsWith(`│ ${record.unit_name} `)) ?? '';
      expect(row).toContain(` ${groupThousands(record.net_yuan ?? '')} │`);
    }
  });
});
