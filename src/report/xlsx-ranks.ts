// The 排名 sheet of `score --format xlsx`: per plan and unit group the ranking table (the one the terminal and the
// HTML report show, cohort-rows.ts), then the cohort's lines — the graded list, each quota's arithmetic
// (30% × 7 = 2.1 → 2), prizes, 末位. Ranks, scores and yuan are number cells.
import type { Workbook, Worksheet } from 'exceljs';
import type { Lang, Result } from '../model.js';
import { cohortLabel } from './cohort-labels.js';
import { buildCohortLines, buildRankingTables } from './cohort-rows.js';
import type { GridCell } from './rows.js';
import { type ColumnWidths, numberCell, trackWidths } from './workbook.js';

// A right-aligned cell that reads as a plain decimal once its thousands separators are gone is a number.
const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

/** Adds the 排名 sheet when any result has a cohort phase (ranks, quotas, prizes); otherwise adds nothing. */
export function addRankingSheet(workbook: Workbook, results: readonly Result[], lang: Lang): void {
  const parts = results.map((r) => ({ result: r, tables: buildRankingTables(r, lang) }));
  if (parts.every((p) => p.tables.length === 0)) return;
  const sheet = workbook.addWorksheet(cohortLabel('xlsx.sheet', lang));
  const widths = trackWidths();
  const bold = { bold: true } as const;
  for (const { result, tables } of parts) {
    if (tables.length === 0) continue;
    if (sheet.rowCount > 0) sheet.addRow([]);
    sheet.addRow([`${result.plan.title} (${result.plan.id})`]).font = bold;
    for (const t of tables) {
      sheet.addRow([t.title]).font = bold;
      sheet.addRow(t.grid.header.map((c) => c.text)).font = bold;
      widths.see(t.grid.header.map((c) => c.text));
      for (const cells of t.grid.body) addRow(sheet, cells, widths);
    }
    // The lines run across the columns: measured as one cell would make the first column as wide as a sentence.
    for (const line of buildCohortLines(result, lang)) sheet.addRow([line]);
  }
  widths.apply(sheet);
}

function addRow(sheet: Worksheet, cells: readonly GridCell[], widths: ColumnWidths): void {
  const numbers = cells.map((c, i) => {
    // A shared rank ("1=") is the number 1 here: the tie-break column already says 并列, and a column of numbers sorts.
    const plain = (i === 0 ? c.text.replace(/=$/, '') : c.text).replaceAll(',', '');
    return c.align === 'right' && NUMBER.test(plain) ? numberCell(plain) : undefined;
  });
  const row = sheet.addRow(cells.map((c, i) => numbers[i]?.value ?? c.text));
  numbers.forEach((n, i) => {
    if (n !== undefined) row.getCell(i + 1).numFmt = n.numFmt;
  });
  widths.see(cells.map((c) => c.text));
}
