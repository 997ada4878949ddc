// The one shape every tabular actuals file (CSV, .xlsx) is read into before it is understood:
// rows of cells, each knowing where it is, so that long and wide sheets are read by one code path.
import type { ErrorCode, Msg, Source } from '../../model.js';
import type { ParsedNumber } from '../number.js';

/** One cell: its text as shown, where it is, and for spreadsheets what was stored instead of text. */
export interface Cell {
  text: string;
  source: Source & { length?: number };
  /** A number stored as a number (xlsx): already exact, not to be parsed from `text`. */
  number?: ParsedNumber;
  /** Something wrong with the stored cell (a formula without a result, an error value, a date), reported only if the cell is read. */
  problem?: { code: ErrorCode; message: Msg; hint?: Msg };
}

/** A row of cells; `cells[i]` is column i + 1. */
export interface Row {
  cells: Cell[];
  line: number;
}

/** A sheet as rows (each padded to the widest), with a way to name a column as the clerk sees it (第3列, or C列). */
export interface Grid {
  file: string;
  rows: Row[];
  columnLabel(index: number): Msg;
}

/** Returns the cell's trimmed text ('' for an empty cell). */
export function textOf(cell: Cell | undefined): string {
  return cell === undefined ? '' : cell.text.trim();
}

/** Returns true when a cell holds nothing (no text, no number, no problem). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (textOf(cell) === '' && cell.number === undefined && cell.problem === undefined);
}

/** Returns where a source is, as the user reads it: `file:Sheet1!C12` or `file:LINE:COL`. */
export function formatWhere(source: Source): string {
  return source.cell === undefined ? `${source.file}:${source.line}:${source.col}` : `${source.file}:${source.cell}`;
}
