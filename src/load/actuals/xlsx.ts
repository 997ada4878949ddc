// An .xlsx workbook → a grid, with exceljs (imported by the caller only when a workbook is read).
// A cell is read as the clerk sees it: text as text, numbers exactly as typed, formulas through the
// result Excel or WPS saved with them, merged cells once.
import type { Cell as XCell, Worksheet } from 'exceljs';
import { D } from '../../decimal.js';
import { errorText, labelText } from '../../messages/index.js';
import { listOf } from '../../messages/text.js';
import { closest } from '../../suggest.js';
import type { Collector } from './collect.js';
import type { Cell, Grid, Row } from './grid.js';

type ExcelJs = typeof import('exceljs');

/**
 * Returns the grid of the chosen sheet (`sheet`, else the first visible one), or undefined after reporting why it
 * cannot be read.
 */
export async function readXlsxGrid(
  bytes: Uint8Array,
  file: string,
  sheet: string | undefined,
  out: Collector,
): Promise<Grid | undefined> {
  const excel: ExcelJs = (await import('exceljs')).default;
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    out.error(
      'FILE_FORMAT',
      { file, line: 1, col: 1 },
      errorText('FILE_FORMAT', 'xlsx', { detail }),
      errorText('FILE_FORMAT', 'xlsx_hint'),
    );
    return undefined;
  }
  const sheets = workbook.worksheets;
  // A hidden first sheet is not the one a clerk sees first.
  const ws =
    sheet === undefined
      ? (sheets.find((s) => s.state === 'visible') ?? sheets[0])
      : sheets.find((s) => s.name === sheet || s.name.trim() === sheet.trim());
  if (ws === undefined) {
    const names = sheets.map((s) => s.name);
    const best = sheet === undefined ? undefined : closest(sheet, names);
    out.error(
      'ACTUALS_SHEET',
      { file, line: 1, col: 1 },
      sheet === undefined ? errorText('ACTUALS_SHEET', 'no_sheet') : errorText('ACTUALS_SHEET', 'unknown', { sheet }),
      errorText('ACTUALS_SHEET', 'hint', {
        near: best === undefined ? '' : errorText('ACTUALS_SHEET', 'near', { name: best }),
        sheets: listOf(names),
      }),
    );
    return undefined;
  }
  return gridOf(ws, file, excel);
}

function gridOf(ws: Worksheet, file: string, excel: ExcelJs): Grid {
  const ref = /^[\p{L}\p{N}_]+$/u.test(ws.name) ? ws.name : `'${ws.name.replace(/'/g, "''")}'`;
  const width = ws.columnCount;
  const rows: Row[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++)
      cells.push(cellOf(row.getCell(c), { file, line: r, col: c, cell: `${ref}!${columnLetter(c)}${r}` }, excel));
    rows.push({ cells, line: r });
  }
  return { file, rows, columnLabel: (i) => labelText('column.xlsx', { letter: columnLetter(i + 1) }) };
}

/** Returns the spreadsheet letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function cellOf(x: XCell, source: Cell['source'], excel: ExcelJs): Cell {
  const { ValueType } = excel;
  if (x.type === ValueType.Merge) {
    // exceljs repeats a merged range's value in every cell: read it once across a row (a merged header
    // or title), but down a column it is the same unit for each year's row.
    const master = x.master;
    return master.col === x.col ? cellOf(master, source, excel) : { text: '', source };
  }
  if (x.type === ValueType.Formula) {
    const result: unknown = x.result;
    if (result === undefined || result === null) {
      return {
        text: `=${x.formula}`,
        source,
        problem: {
          code: 'ACTUALS_FORMULA',
          message: errorText('ACTUALS_FORMULA', 'message', { formula: x.formula }),
          // exceljs reads an empty text result ("") as no result at all, hence the second sentence.
          hint: errorText('ACTUALS_FORMULA', 'hint'),
        },
      };
    }
    return fromValue(result, x, source);
  }
  return fromValue(x.value, x, source);
}

// The number format is looked up only for numbers: a style lookup for every cell is slow on a big sheet.
function fromValue(v: unknown, x: XCell, source: Cell['source']): Cell {
  if (v === null || v === undefined) return { text: '', source };
  if (typeof v === 'number') return fromNumber(v, x.numFmt, source);
  if (typeof v === 'string') return { text: v, source };
  if (typeof v === 'boolean' || v instanceof Date) {
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).toUpperCase();
    return {
      text,
      source,
      problem: {
        code: 'ACTUALS_VALUE',
        message: errorText('ACTUALS_VALUE', v instanceof Date ? 'date' : 'boolean', { text }),
        hint: errorText('ACTUALS_VALUE', 'typed_hint'),
      },
    };
  }
  const o = v as { error?: string; richText?: { text: string }[]; text?: unknown };
  if (typeof o.error === 'string') {
    return {
      text: o.error,
      source,
      problem: {
        code: 'ACTUALS_VALUE',
        message: errorText('ACTUALS_VALUE', 'cell_error', { error: o.error }),
        hint: errorText('ACTUALS_VALUE', 'cell_error_hint'),
      },
    };
  }
  if (Array.isArray(o.richText)) return { text: o.richText.map((t) => t.text).join(''), source };
  return o.text === undefined ? { text: String(v), source } : fromValue(o.text, x, source);
}

// Excel stores a typed number as the nearest double, and String(n) gives the shortest text that reads
// back as that same double: for anything a clerk typed (Excel keeps at most 15 significant digits)
// that is exactly the digits typed. A formula's result may carry binary noise (0.1+0.2 →
// 0.30000000000000004), so we keep 15 significant digits, as Excel shows it.
function fromNumber(n: number, numFmt: string | undefined, source: Cell['source']): Cell {
  const typed = new D(String(n)).toSignificantDigits(15);
  // A cell formatted as a percentage stores 4.3% as 0.043.
  const percent = numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));
  const value = percent ? typed.times(100) : typed;
  return { text: percent ? `${value.toFixed()}%` : typed.toFixed(), source, number: { value, percent, wan: false } };
}
