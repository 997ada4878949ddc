// YAML actuals: one year or a list of years, by id or name, values exactly as written.
import { describe, expect, it } from 'vitest';
import { load, plainRows } from './load.js';

const lines = (...l: string[]) => l.join('\n');

describe('YAML actuals', () => {
  it.each([
    [
      'one year by ids',
      lines(
        'kaohe: 1',
        'actuals:',
        '  year: 2010',
        '  values:',
        '    chengguan: {reemployed: 5, unemployment_rate: 4.3}',
      ),
      ['chengguan reemployed 2010 5', 'chengguan unemployment_rate 2010 4.3'],
    ],
    [
      'a list of years',
      lines(
        'kaohe: 1',
        'actuals:',
        '  - year: 2010',
        '    values: {chengguan: {reemployed: 5}}',
        '  - year: 2011',
        '    values: {chengguan: {reemployed: 6}}',
      ),
      ['chengguan reemployed 2010 5', 'chengguan reemployed 2011 6'],
    ],
    // 6184 人 in a 万人 indicator = 0.6184.
    [
      'names, and a unit of measure in the indicator key',
      lines('kaohe: 1', 'actuals:', '  values:', '    城关区: {城镇新增就业(人): 6184}'),
      ['chengguan urban_new_jobs - 0.6184'],
    ],
    // Through a JS number 0.1 would stay 0.1 but 12345678901234567890 would become 12345678901234567000.
    [
      'numbers from their source text',
      lines(
        'kaohe: 1',
        'actuals:',
        '  values:',
        '    chengguan: {reemployed: 12345678901234567890, unemployment_rate: 0.1}',
      ),
      ['chengguan reemployed - 12345678901234567890', 'chengguan unemployment_rate - 0.1'],
    ],
    // 12.5万 persons = 125000 ÷ 10000 = 12.5 万人.
    [
      'text values as clerks write them',
      lines(
        'kaohe: 1',
        'actuals:',
        '  values:',
        '    chengguan: {reemployed: "12,345", unemployment_rate: 4.3%, urban_new_jobs: 12.5万}',
      ),
      ['chengguan reemployed - 12345', 'chengguan unemployment_rate - 4.3', 'chengguan urban_new_jobs - 12.5'],
    ],
    [
      'null and empty as missing',
      lines('kaohe: 1', 'actuals:', '  values:', '    chengguan: {reemployed: null, unemployment_rate: }'),
      ['chengguan reemployed - ∅', 'chengguan unemployment_rate - ∅'],
    ],
  ])('reads %s', async (_name, text, expected) => {
    const loaded = await load('a.yaml', text);
    expect(loaded.diagnostics).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual(expected);
  });

  it('refuses __proto__ as a unit', async () => {
    const loaded = await load('a.yml', lines('kaohe: 1', 'actuals:', '  values:', '    __proto__: {reemployed: 5}'));
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(['YAML_FORBIDDEN_KEY 4:5']);
  });

  it('gives each actual the place of its value', async () => {
    // "    chengguan: {reemployed: " is 28 characters: 5 is at column 29.
    const loaded = await load('a.yaml', lines('kaohe: 1', 'actuals:', '  values:', '    chengguan: {reemployed: 5}'));
    expect(loaded.value!.actuals[0]!.source).toEqual({ file: 'a.yaml', line: 4, col: 29 });
  });
});
