// The shapes every tabular actuals file (CSV, .xlsx) is read into before it is understood: rows of
// cells, each knowing where it is, so that long and wide sheets are read by one code path.
import type { ErrorCode, Msg, Source } from '../../model.js';
import type { ParsedNumber } from '../number.js';

/** One cell: its text as shown, where it is, and for spreadsheets what was stored instead of text. */
export interface Cell {
  text: string;
  source: Source & { length?: number };
  /** A number stored as a number (xlsx): already exact, not to be parsed from `text`. */
  number?: ParsedNumber;
  /**
   * Something wrong with the stored cell (a formula without a result, an error value, a date), reported only if the
   * cell is read.
   */
  problem?: { code: ErrorCode; message: Msg; hint?: Msg };
  /** The merged range (B3:B4) the cell is part of, when it spans two or more cells. */
  merged?: string;
  /** A unit of measure the cell's number format shows after the number (0"万人" → 万人). */
  shownIn?: string;
}

/** A row of cells; `cells[i]` is column i + 1. */
export interface Row {
  cells: Cell[];
  line: number;
}

/**
 * A row as the table reader reads it: its texts at once, a cell's place only when one is needed (a
 * national CSV has 1.7 million cells; an object for each, and for each place, is most of its memory).
 */
export interface SheetRow {
  readonly line: number;
  /** Each cell's text as written, up to the row's own last cell; a column past it is an empty cell. */
  readonly texts: readonly string[];
  /** True when a cell may hold more than its text (a spreadsheet's stored number or problem): read it with cellAt. */
  readonly rich: boolean;
  /** True for a spreadsheet row the clerk has hidden. */
  readonly hidden?: boolean;
  /**
   * Returns column `col` (0-based) as a cell with its place; past the row's end, an empty cell just after its last
   * character.
   */
  cellAt(col: number): Cell;
  /** Where column `col` is, when the row can say it without making the cell (a CSV row); else see sourceAt. */
  sourceAt?(col: number): Source;
}

/** A sheet as rows, with a way to name a column as the clerk sees it (第3列, or C列). */
export interface Grid {
  file: string;
  /** A workbook's rows, or a CSV's rows made one at a time as the reader asks for them. */
  rows: Iterable<Row | SheetRow>;
  columnLabel(index: number): Msg;
  /** A CSV without a quote, also as its text: a reader may take the rest of its lines over (see PlainText). */
  plain?: PlainText;
  /** A CSV separated by `;`, as a European-locale Excel saves it: its values have decimal commas (4,3). */
  decimalComma?: boolean;
}

/**
 * A CSV text without a quote, read a line at a time: where the next line starts (`offset` in `text`, its `line`), and
 * how to make the row of a line for the general reader.
 */
export interface PlainText {
  readonly text: string;
  readonly csv: { readonly file: string; readonly delimiter: string };
  offset: number;
  line: number;
  rowOf(line: number, body: string): SheetRow;
}

/** Returns the cell's trimmed text ('' for an empty cell). */
export function textOf(cell: Cell | undefined): string {
  return cell === undefined ? '' : cell.text.trim();
}

/** Returns a header or label text with its line breaks joined (a cell typed with Alt+Enter: 下岗失业人员⏎再就业(人)). */
export function joinLines(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/\s*[\r\n]+\s*/g, '') : text;
}

/** Returns the cell's text as a label: trimmed, its line breaks joined. */
export function labelOf(cell: Cell | undefined): string {
  return joinLines(textOf(cell));
}

/** Returns true when a cell holds nothing (no text, no number, no problem). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (textOf(cell) === '' && cell.number === undefined && cell.problem === undefined);
}

/** A spreadsheet's row of ready-made cells, seen as a SheetRow. */
class CellsRow implements SheetRow {
  readonly rich = true;
  readonly line: number;
  readonly texts: readonly string[];
  private readonly cells: Cell[];

  constructor(row: Row) {
    this.line = row.line;
    this.cells = row.cells;
    this.texts = row.cells.map((c) => c.text);
  }

  cellAt(col: number): Cell {
    const cell = this.cells[col];
    if (cell !== undefined) return cell;
    // A workbook's rows all have the sheet's width; this is only for a column past the last one.
    const last = this.cells[this.cells.length - 1];
    const source =
      last === undefined
        ? { file: '', line: this.line, col: col + 1 }
        : { ...last.source, col: last.source.col + col - this.cells.length + 1 };
    return { text: '', source };
  }
}

/** Returns where column `col` (0-based) of a row is, as an actual records it: its cell's place without a length. */
export function sourceAt(row: SheetRow, col: number): Source {
  if (row.sourceAt !== undefined) return row.sourceAt(col);
  const { file, line, col: c, cell } = row.cellAt(col).source;
  return cell === undefined ? { file, line, col: c } : { file, line, col: c, cell };
}

/** Returns a row as a SheetRow (a workbook's Row is wrapped; a SheetRow is returned as it is). */
export function sheetRowOf(row: Row | SheetRow): SheetRow {
  return 'cells' in row ? new CellsRow(row) : row;
}

/** Returns a SheetRow's cells up to its own width, as a Row (for the header, which is read cell by cell). */
export function rowOf(row: SheetRow): Row {
  return { cells: row.texts.map((_, col) => row.cellAt(col)), line: row.line };
}
