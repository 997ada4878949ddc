// An .xlsx workbook → a grid, read from its XML parts (see xlsx-package.ts for why not exceljs's model). Memory and
// time follow the cells present, never the used range or <dimension>; each <v> is read by the strict decimal parser;
// number formats by their grammar; merged ranges and hidden rows are marked for the table reader to judge.
import { errorText } from '../../messages/index.js';
import { listOf } from '../../messages/text.js';
import { closest } from '../../suggest.js';
import type { Collector } from './collect.js';
import type { Grid } from './grid.js';
import { readSheet } from './xlsx-sheet.js';
import { readWorkbookParts, type SheetEntry } from './xlsx-parts.js';
import { MAX_UNZIPPED_BYTES, openPackage, WorkbookRefusal } from './xlsx-package.js';

// A sheet of instructions (kaohe's own template has 说明 beside 实际完成) is never the data, even when moved first.
const NOTES_SHEET = /^(说明|填表说明|填报说明|使用说明|readme|instructions?|notes?)$/i;

/**
 * Returns the grid of the chosen sheet (`sheet`, else the first visible one that is not a sheet of instructions), or
 * undefined after reporting why it cannot be read (FILE_FORMAT in the user's terms, ACTUALS_SHEET).
 */
export async function readXlsxGrid(
  bytes: Uint8Array,
  file: string,
  sheet: string | undefined,
  out: Collector,
): Promise<Grid | undefined> {
  const at = { file, line: 1, col: 1 };
  try {
    const pkg = await openPackage(bytes);
    const budget = { left: MAX_UNZIPPED_BYTES };
    const parts = await readWorkbookParts(pkg, budget);
    const entry = chooseSheet(parts.sheets, sheet);
    if (entry === undefined) {
      reportNoSheet(parts.sheets, sheet, file, out);
      return undefined;
    }
    return await readSheet(pkg, entry, parts, file, budget);
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    out.error('FILE_FORMAT', at, error.reason, error.hint);
    return undefined;
  }
}

function chooseSheet(sheets: readonly SheetEntry[], wanted: string | undefined): SheetEntry | undefined {
  if (wanted !== undefined) return sheets.find((s) => s.name === wanted || s.name.trim() === wanted.trim());
  const visible = sheets.filter((s) => s.visible);
  return visible.find((s) => !NOTES_SHEET.test(s.name.trim())) ?? visible[0] ?? sheets[0];
}

function reportNoSheet(sheets: readonly SheetEntry[], sheet: string | undefined, file: string, out: Collector): void {
  const names = sheets.map((s) => s.name);
  const best = sheet === undefined ? undefined : closest(sheet, names);
  const near = best === undefined ? '' : errorText('ACTUALS_SHEET', 'near', { name: best });
  out.error(
    'ACTUALS_SHEET',
    { file, line: 1, col: 1 },
    sheet === undefined ? errorText('ACTUALS_SHEET', 'no_sheet') : errorText('ACTUALS_SHEET', 'unknown', { sheet }),
    errorText('ACTUALS_SHEET', 'hint', { near, sheets: listOf(names) }),
  );
}

/** Returns the spreadsheet letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
