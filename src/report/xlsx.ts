// `score --format xlsx`: the results as a workbook a clerk can keep working in — first the wide results
// sheet laid out like the clerk's own (xlsx-wide.ts: live totals, conditional fills), then one sheet of
// units, one of unit × indicator detail, one of accountability (who answers for each consequence).
// Cells come from rows.ts, as the table's and the CSV's do, so the three cannot disagree; exact decimals
// become number cells (workbook.ts says when a double keeps them exactly), labels are in opts.lang.
import type { Row, Worksheet } from 'exceljs';
import type { IndicatorResult, Lang, Result } from '../model.js';
import type { RenderOptions } from './index.js';
import { INDICATOR_CSV_COLUMNS as INDICATOR_COLUMNS, label, type CsvColumn } from './labels.js';
import { POINT_CSV_COLUMNS, isPointTable, pointCsvCells } from './points.js';
import { buildAccountability, buildUnitRows, type Cell } from './rows.js';
import { groupThousands } from './format.js';
import { addWideSheet, wideSheetName } from './xlsx-wide.js';
import { addRankingSheet } from './xlsx-ranks.js';
import {
  loadExcel,
  numberCell,
  periodDate,
  styleHeader,
  trackWidths,
  writeWorkbook,
  type ColumnWidths,
} from './workbook.js';

const UNIT_COLUMNS = [
  'plan_id',
  'unit_id',
  'unit_name',
  'unit_score',
  'overall',
  'reward_yuan',
  'penalty_yuan',
  'net_yuan',
  'award_eligible',
  'grade_base',
  'grade_final',
] as const satisfies readonly CsvColumn[];
const ROLES = ['head', 'deputy', 'department_head', 'staff'] as const;
// Of the point columns the units sheet keeps the unit's own (bonus, max_score, vetoes): from this index on.
const UNIT_POINT_COLUMNS = POINT_CSV_COLUMNS.indexOf('bonus');
// The point columns holding numbers (weight, group_score, section_subtotal, section_score, bonus, max_score).
const NUMERIC_POINT_COLUMNS = new Set(
  ['weight', 'group_score', 'section_subtotal', 'section_score', 'bonus', 'max_score'].map((c) =>
    POINT_CSV_COLUMNS.indexOf(c as (typeof POINT_CSV_COLUMNS)[number]),
  ),
);
// The three columns that name a row stay in view when scrolling right.
const KEY_COLUMNS = 3;

const MISSED_FONT = { color: { argb: 'FFC00000' } } as const;

/**
 * Returns the results as .xlsx bytes: sheets of units, indicator detail and accountability, numbers as number cells.
 */
export async function renderResultsXlsx(results: readonly Result[], opts: RenderOptions): Promise<Uint8Array> {
  const { lang } = opts;
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  // First the sheet laid out as the clerk's own (one per plan), then the long lists for sorting and filtering.
  for (const result of results)
    addWideSheet(workbook.addWorksheet(wideSheetName(result, lang, results.length > 1)), result, lang);
  // A point table adds, as the CSV does, each item's value, group, section, the bonus, the most and the vetoes.
  const points = results.some(isPointTable);
  const extra = points ? POINT_CSV_COLUMNS.map((c) => label(`csv.${c}`, lang)) : [];
  const units = addSheet(workbook.addWorksheet(label('xlsx.units', lang)), [
    ...UNIT_COLUMNS.map((c) => label(`csv.${c}`, lang)),
    ...extra.slice(UNIT_POINT_COLUMNS),
  ]);
  const details = addSheet(workbook.addWorksheet(label('xlsx.indicators', lang)), [
    ...INDICATOR_COLUMNS.map((c) => label(`csv.${c}`, lang)),
    ...extra,
  ]);
  // The lists' header: the unit, what it gets (praise or blame), and the responsible persons.
  const listHeader = (what: 'xlsx.praise' | 'xlsx.consequences') => [
    ...UNIT_COLUMNS.slice(0, KEY_COLUMNS).map((c) => label(`csv.${c}`, lang)),
    label(what, lang),
    ...ROLES.map((r) => label(`role.${r}`, lang)),
  ];
  // Praise and prizes (表扬与奖励) get their own sheet, before the accountability list (问责名单), when any unit has one.
  const praised = results.some((r) => buildAccountability(r, lang, true).length > 0);
  const praise = praised
    ? addSheet(workbook.addWorksheet(label('praise.title', lang)), listHeader('xlsx.praise'))
    : undefined;
  const accountability = addSheet(
    workbook.addWorksheet(label('accountability.title', lang)),
    listHeader('xlsx.consequences'),
  );
  for (const result of results) {
    const planCell: Cell = { text: result.plan.id, numeric: false };
    buildUnitRows(result, lang).forEach((row, n) => {
      const unit = result.units[n]!;
      const cells: Partial<Record<CsvColumn, Cell>> = { ...row.cells, plan_id: planCell };
      const pointsOf = (ind?: IndicatorResult): Cell[] =>
        points ? pointCsvCells(unit, ind).map((text, k) => ({ text, numeric: NUMERIC_POINT_COLUMNS.has(k) })) : [];
      addCells(units, [...UNIT_COLUMNS.map((c) => cells[c]!), ...pointsOf().slice(UNIT_POINT_COLUMNS)]);
      for (const ind of unit.indicators) {
        const both: Partial<Record<CsvColumn, Cell>> = { ...cells, ...row.indicators.get(ind.id) };
        addCells(details, [...INDICATOR_COLUMNS.map((c) => both[c]!), ...pointsOf(ind)]);
      }
    });
    addTotals(units, result, lang);
    if (praise !== undefined) addAccountability(praise, result, lang, true);
    addAccountability(accountability, result, lang);
  }
  for (const { sheet, widths } of [units, details, ...(praise ? [praise] : []), accountability]) widths.apply(sheet);
  addRankingSheet(workbook, results, lang);
  const lastYear = Math.max(...results.map((r) => r.plan.period.to));
  return writeWorkbook(
    workbook,
    results.map((r) => r.plan.title).join(lang === 'zh' ? '、' : ', '),
    periodDate(Number.isFinite(lastYear) ? lastYear : 1980),
  );
}

/** A sheet being written, with the widths of what it holds so far. */
interface Sheet {
  sheet: Worksheet;
  widths: ColumnWidths;
}

function addSheet(sheet: Worksheet, header: string[]): Sheet {
  sheet.addRow(header);
  styleHeader(sheet, KEY_COLUMNS);
  const widths = trackWidths();
  widths.see(header);
  return { sheet, widths };
}

// Numbers as number cells formatted to show exactly their decimals; a missed status or withdrawn award in red.
function addCells({ sheet, widths }: Sheet, cells: readonly Cell[]): Row {
  const numbers = cells.map((c) => (c.numeric && c.text !== '' ? numberCell(c.text) : undefined));
  const row = sheet.addRow(cells.map((c, i) => numbers[i]?.value ?? c.text));
  cells.forEach((c, i) => {
    const n = numbers[i];
    if (n !== undefined) row.getCell(i + 1).numFmt = n.numFmt;
    if (c.tone === 'missed') row.getCell(i + 1).font = MISSED_FONT;
  });
  // A number is shown with thousands separators: measure it so.
  widths.see(cells.map((c, i) => (numbers[i] === undefined ? c.text : groupThousands(c.text))));
  return row;
}

// A plan's money in one bold row under its units, so the sum a mayor is shown is kaohe's exact one.
function addTotals(sheet: Sheet, result: Result, lang: Lang): void {
  const t = result.totals;
  const text = (s: string): Cell => ({ text: s, numeric: false });
  const money = (s: string): Cell => ({ text: s, numeric: true });
  const cells: Partial<Record<(typeof UNIT_COLUMNS)[number], Cell>> = {
    plan_id: text(result.plan.id),
    unit_name: text(label('totals.label', lang)),
    reward_yuan: money(t.reward_yuan),
    penalty_yuan: money(t.penalty_yuan),
    net_yuan: money(t.net_yuan),
  };
  addCells(
    sheet,
    UNIT_COLUMNS.map((c) => cells[c] ?? text('')),
  ).font = { bold: true };
}

function addAccountability({ sheet, widths }: Sheet, result: Result, lang: Lang, praise = false): void {
  const byId = new Map(result.units.map((u) => [u.id, u]));
  const separator = lang === 'zh' ? ';' : '; ';
  for (const entry of buildAccountability(result, lang, praise)) {
    const responsible = byId.get(entry.id)?.responsible ?? {};
    const texts = [
      result.plan.id,
      entry.id,
      entry.name,
      entry.consequences.join(separator),
      ...ROLES.map((r) => responsible[r] ?? ''),
    ];
    sheet.addRow(texts);
    widths.see(texts);
  }
}
