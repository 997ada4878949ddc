// A template filled in by a clerk reads back with no edits, as CSV (UTF-8 with BOM) and as .xlsx.
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/decimal.js';
import { buildTemplate, buildTemplateRows, isAsked } from '../../../src/load/actuals/template.js';
import type { Plan } from '../../../src/model.js';
import { load, plainRows } from './load.js';
import { makePlan } from './make-plan.js';

// Fills every empty cell of row r, column c with `${r}${c}` (a clerk's figures), as text.
function fill(rows: string[][], from: number): string[][] {
  return rows.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c < from ? cell : `${r}${c}`))));
}

async function asXlsx(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('实际完成');
  // Figures typed into a number cell are stored as numbers.
  for (const row of rows) ws.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const asCsv = async (rows: string[][]) =>
  new TextEncoder().encode(stringify(rows, { bom: true, record_delimiter: 'windows' }));

describe('buildTemplateRows', () => {
  it('writes the unit, then each indicator by Chinese name with its unit of measure', () => {
    expect(buildTemplateRows(makePlan())[0]).toEqual([
      '单位',
      '城镇新增就业(万人)',
      '城镇登记失业率(%)',
      '下岗失业人员再就业(人)',
      '职业技能培训(人次)',
      '就业补助资金(万元)',
    ]);
  });

  it('asks for each year of a multi-year plan, and the base year of a growth target', () => {
    const plan: Plan = { ...makePlan(), period: { from: 2021, to: 2022 } };
    plan.indicators = plan.indicators.map((i) => (i.id === 'training' ? { ...i, overPeriod: 'growth' } : i));
    expect(
      buildTemplateRows(plan)
        .slice(1, 4)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ['城关区', '2020'],
      ['城关区', '2021'],
      ['城关区', '2022'],
    ]);
  });

  // Row r (1 = 城关区), column c (1 = 城镇新增就业 …) holds the figure "rc": 城关区's 城镇新增就业 is 11 万人,
  // its rate 12 %, and so on; nothing is converted because each column is in its indicator's own unit.
  it.each([
    ['CSV with a BOM', 'filled.csv', asCsv],
    ['.xlsx', 'filled.xlsx', asXlsx],
  ])('reads back a filled-in %s with no edits', async (_name, path, write) => {
    const rows = fill(buildTemplateRows(makePlan()), 1);
    const loaded = await load(path, await write(rows));
    expect(loaded.diagnostics).toEqual([]);
    expect(plainRows(loaded.value!.actuals)).toEqual([
      'chengguan reemployed - 13',
      'chengguan subsidy - 15',
      'chengguan training - 14',
      'chengguan unemployment_rate - 12',
      'chengguan urban_new_jobs - 11',
      'dongcheng reemployed - 23',
      'dongcheng subsidy - 25',
      'dongcheng training - 24',
      'dongcheng unemployment_rate - 22',
      'dongcheng urban_new_jobs - 21',
      'xicheng reemployed - 33',
      'xicheng subsidy - 35',
      'xicheng training - 34',
      'xicheng unemployment_rate - 32',
      'xicheng urban_new_jobs - 31',
    ]);
  });

  // 2021–2022 with training folded by growth: rows 2020 (base), 2021, 2022 for each unit; 城关区 has targets
  // for training and reemployed only.
  it.each([
    ['a target year, for an indicator with a target', 2021, 'reemployed', true],
    ['the base year, for the growth indicator', 2020, 'training', true],
    ['the base year, for an indicator not folded by growth', 2020, 'reemployed', false],
    ['a target year, for an indicator the unit has no target for', 2022, 'subsidy', false],
  ])('asks for %s: %s', (_name, year, id, asked) => {
    const plan: Plan = { ...makePlan(), period: { from: 2021, to: 2022 } };
    plan.indicators = plan.indicators.map((i) => (i.id === 'training' ? { ...i, overPeriod: 'growth' } : i));
    for (const t of ['training', 'reemployed']) plan.units[0]!.targets.set(t, { value: new D(1), source: plan.source });
    const row = buildTemplate(plan).rows.find((r) => r.unit.id === 'chengguan' && r.year === year)!;
    expect(isAsked(plan, row, plan.indicators.find((i) => i.id === id)!)).toBe(asked);
  });

  it('reads back an untouched template as all missing, never 0', async () => {
    const loaded = await load('t.csv', await asCsv(buildTemplateRows(makePlan())));
    expect(loaded.value!.actuals.every((a) => a.value === null)).toBe(true);
    expect(loaded.value!.actuals).toHaveLength(15);
  });
});
