// The results sheet laid out as a clerk keeps it by hand: a title row, then units down and, across, each
// indicator as three columns (target, actual, status) under its merged name, then score, overall, money,
// award and grade; a point table adds a points column under each indicator and a column per group and
// section. The money is live: each unit's net is =reward−fine and the totals row is =SUM over the units,
// each formula stored with kaohe's exact figure as its cached value (what a reader sees before any
// recalculation, and what Excel or LibreOffice get again when they recalculate). Missed cells are filled
// by conditional formats on the status text, so a clerk who corrects a status sees the fill follow.
import type { Worksheet } from 'exceljs';
import type { Lang, Result, UnitResult } from '../model.js';
import { isPointTable, listPointColumns, pointColumnHeader, type PointColumn } from './points.js';
import { label } from './labels.js';
import {
  buildUnitRows,
  indicatorHeader,
  listIndicatorColumns,
  type Cell,
  type IndicatorColumn,
  type UnitRow,
} from './rows.js';
import { rankOf, type UnitRank } from './ranks.js';
import { numberCell, trackWidths } from './workbook.js';

/** The fills of the conditional formats: a missed indicator or overall target, a missing actual. */
const FILL = {
  missed: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFDE2D2' } },
  missing: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFEEEEEE' } },
} as const;

// Header rows: the title, the indicator names (merged over their three columns), the target/actual/status row.
const FIRST_UNIT_ROW = 4;

/** Returns the wide sheet's name for `result`: "考核结果" alone, or with the plan id when a workbook holds several. */
export function wideSheetName(result: Result, lang: Lang, several: boolean): string {
  // Excel allows 31 characters and none of []:*?/\ in a sheet name.
  return (several ? `${label('xlsx.results', lang)} ${result.plan.id}` : label('xlsx.results', lang))
    .replace(/[[\]:*?/\\]/g, '_')
    .slice(0, 31);
}

const TAIL = ['col.score', 'col.overall', 'col.reward', 'col.penalty', 'col.net', 'col.award', 'col.grade'] as const;

/** Where things go: column B holds the first indicator's target; the TAIL columns follow the indicators. */
interface Layout {
  columns: IndicatorColumn[];
  /** Columns per indicator: target, actual, status, and a point table's points. */
  span: number;
  /** A point table's groups and sections, one column each after the indicators. */
  extra: PointColumn[];
  first: number;
  col: (k: (typeof TAIL)[number]) => number;
  /** Each unit's rank (issue #12), undefined while the result has none; `ranked` adds group and rank columns. */
  ranks: (UnitRank | undefined)[];
  ranked: boolean;
  lastColumn: number;
}

function layoutOf(result: Result): Layout {
  const columns = listIndicatorColumns(result);
  const points = isPointTable(result);
  const span = points ? 4 : 3;
  const { groups, sections } = points ? listPointColumns(result) : { groups: [], sections: [] };
  const extra = [...groups, ...sections];
  const first = 2;
  const after = first + columns.length * span + extra.length;
  const col = (k: (typeof TAIL)[number]): number => after + TAIL.indexOf(k);
  const ranks = result.units.map(rankOf);
  const ranked = ranks.some((r) => r !== undefined);
  return { columns, span, extra, first, col, ranks, ranked, lastColumn: col('col.grade') + (ranked ? 2 : 0) };
}

/** Fills `sheet` with the wide results of one plan; returns the row of its totals (1-based). */
export function addWideSheet(sheet: Worksheet, result: Result, lang: Lang): number {
  const layout = layoutOf(result);
  const widths = trackWidths(6, 40);
  writeHeader(sheet, result, lang, layout);
  const rows = buildUnitRows(result, lang);
  rows.forEach((row, n) => {
    writeUnit(sheet, FIRST_UNIT_ROW + n, row, layout, layout.ranks[n]);
    if (layout.span === 4) writePoints(sheet, FIRST_UNIT_ROW + n, result.units[n]!, layout);
    widths.see([' '.repeat(row.depth * 2) + row.cells.unit_name.text]);
  });
  const last = FIRST_UNIT_ROW + rows.length - 1;
  writeTotals(sheet, result, lang, layout, last);
  if (rows.length > 0) addFills(sheet, lang, layout, last);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  widths.apply(sheet);
  for (let c = 2; c <= layout.lastColumn; c++) sheet.getColumn(c).width = 12;
  return last + 1;
}

// The title row, the indicator names merged over their three columns, and target / actual / status under each.
function writeHeader(sheet: Worksheet, result: Result, lang: Lang, layout: Layout): void {
  const { columns, span, extra, first, col, ranked, lastColumn } = layout;
  sheet.getCell(1, 1).value = result.plan.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(2, 1).value = label('col.unit', lang);
  sheet.mergeCells(2, 1, 3, 1);
  columns.forEach((c, i) => {
    const at = first + i * span;
    sheet.getCell(2, at).value = indicatorHeader(c, lang);
    sheet.mergeCells(2, at, 2, at + span - 1);
    (['target', 'actual', 'status'] as const).forEach((w, k) => {
      sheet.getCell(3, at + k).value = label(`xlsx.${w}`, lang);
    });
    if (span === 4) sheet.getCell(3, at + 3).value = label('points.title', lang);
  });
  extra.forEach((c, k) => {
    const at = first + columns.length * span + k;
    sheet.getCell(2, at).value = pointColumnHeader(c, lang);
    sheet.mergeCells(2, at, 3, at);
  });
  // The unit's group and rank once the cohort phase ranks: the rank a number, so the sheet sorts by it.
  const heads = [
    ...TAIL.map((k) => label(k, lang)),
    ...(ranked ? [label('report.group', lang), label('report.rank', lang)] : []),
  ];
  heads.forEach((text, k) => {
    sheet.getCell(2, col('col.score') + k).value = text;
    sheet.mergeCells(2, col('col.score') + k, 3, col('col.score') + k);
  });
  for (const r of [2, 3]) {
    sheet.getRow(r).font = { bold: true };
    sheet.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

function writeUnit(sheet: Worksheet, r: number, row: UnitRow, layout: Layout, rank: UnitRank | undefined): void {
  const { columns, span, first, col, lastColumn } = layout;
  const name = sheet.getCell(r, 1);
  name.value = row.cells.unit_name.text;
  name.alignment = { indent: row.depth };
  columns.forEach((c, i) => {
    const ind = row.indicators.get(c.id);
    if (!ind) return;
    put(sheet, r, first + i * span, ind.target);
    put(sheet, r, first + i * span + 1, ind.actual);
    put(sheet, r, first + i * span + 2, ind.status);
  });
  put(sheet, r, col('col.score'), row.cells.unit_score);
  put(sheet, r, col('col.overall'), row.cells.overall);
  put(sheet, r, col('col.reward'), row.cells.reward_yuan);
  put(sheet, r, col('col.penalty'), row.cells.penalty_yuan);
  formula(sheet, r, col('col.net'), `${ref(col('col.reward'), r)}-${ref(col('col.penalty'), r)}`, row.cells.net_yuan);
  put(sheet, r, col('col.award'), row.cells.award_eligible);
  const { grade_base: base, grade_final: final } = row.cells;
  const grade = base.text === final.text ? final.text : `${base.text} → ${final.text}`;
  put(sheet, r, col('col.grade'), { text: grade, numeric: false });
  if (rank !== undefined) {
    sheet.getCell(r, lastColumn - 1).value = rank.group;
    sheet.getCell(r, lastColumn).value = rank.position;
  }
}

// A point table's points: each item's beside its status (a group's member leaves it to its group), then each
// group's and section's, as number cells.
function writePoints(sheet: Worksheet, r: number, unit: UnitResult, layout: Layout): void {
  const { columns, extra, first } = layout;
  const number = (text: string | undefined): Cell => ({ text: text ?? '', numeric: true });
  columns.forEach((c, i) => {
    const ind = unit.indicators.find((x) => x.id === c.id);
    if (ind !== undefined && ind.group === undefined) put(sheet, r, first + i * 4 + 3, number(ind.score));
  });
  extra.forEach((c, k) => {
    const score = unit.groups?.find((g) => g.id === c.id)?.score ?? unit.sections?.find((s) => s.id === c.id)?.score;
    put(sheet, r, first + columns.length * 4 + k, number(score));
  });
}

// The 合计 row: live =SUM of the units' money, cached with kaohe's exact totals.
function writeTotals(sheet: Worksheet, result: Result, lang: Lang, layout: Layout, last: number): void {
  const { col } = layout;
  const totals = last + 1;
  sheet.getCell(totals, 1).value = label('totals.label', lang);
  const t = result.totals;
  for (const [k, exact] of [
    ['col.reward', t.reward_yuan],
    ['col.penalty', t.penalty_yuan],
    ['col.net', t.net_yuan],
  ] as const) {
    const sum = `SUM(${ref(col(k), FIRST_UNIT_ROW)}:${ref(col(k), last)})`;
    formula(sheet, totals, col(k), sum, { text: exact, numeric: true });
  }
  sheet.getRow(totals).font = { bold: true };
}

/** Returns an A1 reference: column number and row → "F12". */
export function ref(column: number, row: number): string {
  let name = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

// A cell of the result: a number cell (format showing exactly its decimals) or text.
function put(sheet: Worksheet, r: number, c: number, cell: Cell): void {
  const target = sheet.getCell(r, c);
  if (cell.numeric && cell.text !== '') {
    const n = numberCell(cell.text);
    target.value = n.value;
    target.numFmt = n.numFmt;
  } else target.value = cell.text;
}

// A live formula whose cached result is kaohe's exact value (a double only when it keeps the decimal exactly).
function formula(sheet: Worksheet, r: number, c: number, text: string, exact: Cell): void {
  const n = numberCell(exact.text);
  const target = sheet.getCell(r, c);
  target.value = { formula: text, result: typeof n.value === 'number' ? n.value : Number(exact.text) };
  target.numFmt = n.numFmt === '@' ? 'General' : n.numFmt;
}

// Missed and missing fills follow the status text: one rule per indicator block (target, actual, status) keyed on its
// status column, and one on the overall column.
function addFills(sheet: Worksheet, lang: Lang, layout: Layout, last: number): void {
  const { first, span } = layout;
  const indicators = layout.columns.length;
  const overall = layout.col('col.overall');
  const word = (key: 'status.missed' | 'status.missing' | 'overall.missed'): string =>
    label(key, lang).replace(/"/g, '""');
  for (let i = 0; i < indicators; i++) {
    const from = first + i * span;
    const status = ref(from + 2, FIRST_UNIT_ROW).replace(/^([A-Z]+)/, '$$$1');
    sheet.addConditionalFormatting({
      ref: `${ref(from, FIRST_UNIT_ROW)}:${ref(from + span - 1, last)}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`${status}="${word('status.missed')}"`],
          style: { fill: FILL.missed },
        },
        {
          type: 'expression',
          priority: 2,
          formulae: [`${status}="${word('status.missing')}"`],
          style: { fill: FILL.missing },
        },
      ],
    });
  }
  const cell = ref(overall, FIRST_UNIT_ROW).replace(/^([A-Z]+)/, '$$$1');
  sheet.addConditionalFormatting({
    ref: `${ref(overall, FIRST_UNIT_ROW)}:${ref(overall, last)}`,
    rules: [
      {
        type: 'expression',
        priority: 3,
        formulae: [`${cell}="${word('overall.missed')}"`],
        style: { fill: FILL.missed },
      },
    ],
  });
}
