// A sheet's rows (from CSV or .xlsx) → actuals: find the header, then read each row the way its
// layout says (long or wide), skipping what a clerk's sheet holds besides data: titles above the
// header, blank rows, a repeated header, a total row (合计), footnotes (注:…, 填表人:…). Rows are
// read one at a time as they come: a national CSV is never held as cells.
import { getOrInsert } from '../../collections.js';
import { errorText, labelText } from '../../messages/index.js';
import type { Actual, Indicator, Plan, Unit } from '../../model.js';
import type { Collector } from './collect.js';
import {
  isBlank,
  joinLines,
  rowOf,
  sheetRowOf,
  sourceAt,
  textOf,
  type Cell,
  type Grid,
  type Row,
  type SheetRow,
} from './grid.js';
import type { D } from '../../decimal.js';
import { measureOf } from '../number.js';
import { checkFieldCount, fromDecimalComma, looksLikeHeader, readUnitsRow as unitsOfRow } from './sheet-shape.js';
import { checkWrittenIn, parseIndicatorLabel, readLayout, type Layout } from './header.js';
import { createMatcher, looseKey, type Matcher } from './match.js';
import { fastLayout, MAX_KNOWN, readPlainRest, type FastTable } from './table-fast.js';
import {
  asWritten,
  measureHint,
  readFigureText,
  readSheetCell,
  readYear,
  readYearText,
  type CellError,
} from './value.js';

/** A total row's unit text (合计, 总计, 小计), as a loose key: skipped, not a unit. */
export const TOTAL = /(合计|总计|小计)$|^(total|sum|grandtotal)$/;
/** A footnote's first cell (注:…, 填表人:…): skipped, not a unit. */
export const FOOTNOTE = /^(注|说明|备注|填表|制表|审核|负责人|单位负责人|联系|日期|数据来源|来源|note)/i;

interface Context {
  grid: Grid;
  header: Row;
  /** The header's trimmed texts, to recognise a repeated header. */
  headerTexts: string[];
  layout: Layout;
  matcher: Matcher;
  out: Collector;
  /** Columns without a header already reported, so that each is reported once. */
  reported: Set<number>;
  /** What each text of a CSV field read as, by indicator (and the unit it was written in). */
  values: Map<string, Map<string, ValueRead>>;
  /** Merged ranges already reported, so that each is reported once. */
  reportedMerges: Set<string>;
  /** Whether the next filled row may still be a second header row giving the units of measure. */
  unitsRow: 'maybe' | 'no';
}

/** A CSV field's reading: its Decimal and, for a figure, its plain text (see Actual.text); or why it is no value. */
type ValueRead = { value: D | null; text?: string } | CellError;

/**
 * Reads every row of a grid into the collector. The header is the first row with two or more filled cells that names a
 * unit, indicator or value column or an indicator of the plan: a title or 填报单位:… 填报日期:… line above it is
 * skipped. When no row within the first ten such rows names one, the first is the header (and its mistakes are
 * reported).
 */
export function readGrid(grid: Grid, plan: Plan, out: Collector): void {
  const matcher = createMatcher(plan);
  let ctx: Context | undefined;
  let firstFilled: SheetRow | undefined;
  const pending: SheetRow[] = []; // rows from the first header-like candidate on, until the header is known
  let candidates = 0;
  // Once the header is known, the rest of a plain CSV's lines are read straight from its text (table-fast.ts).
  const start = (header: SheetRow, rest: readonly SheetRow[]): boolean => {
    ctx = startTable(grid, header, matcher, out);
    if (ctx === undefined) return false;
    for (const row of rest) readRow(ctx, row);
    if (grid.plain === undefined || !fastLayout(ctx.layout)) return false;
    readPlainRest(fastTable(ctx), grid.plain);
    return true;
  };
  for (const any of grid.rows) {
    const row = sheetRowOf(any);
    if (ctx !== undefined) {
      readRow(ctx, row);
      continue;
    }
    const filled = countFilled(row);
    if (filled >= 2 && looksLikeHeader(row, matcher)) {
      if (start(row, []) || ctx === undefined) return;
      pending.length = 0;
    } else if (filled >= 2 && ++candidates > 10) {
      if (start(pending[0]!, [...pending.slice(1), row]) || ctx === undefined) return;
      pending.length = 0;
    } else if (filled >= 2 || pending.length > 0) {
      pending.push(row);
    } else if (filled === 1 && firstFilled === undefined) {
      firstFilled = row;
    }
  }
  if (ctx === undefined && pending.length > 0) start(pending[0]!, pending.slice(1));
  else if (ctx === undefined) reportNoHeader(grid, firstFilled, out);
}

function fastTable(ctx: Context): FastTable {
  return {
    layout: ctx.layout,
    matcher: ctx.matcher,
    headerTexts: ctx.headerTexts,
    out: ctx.out,
    general: (row) => readRow(ctx, row),
    valueReader: (indicator, writtenIn, remember) => {
      const known = remember ? knownValues(ctx, indicator, writtenIn) : undefined;
      const asIs = asWritten(indicator, writtenIn);
      return (text) => readKnown(ctx, known, text, indicator, writtenIn, asIs);
    },
  };
}

function startTable(grid: Grid, row: SheetRow, matcher: Matcher, out: Collector): Context | undefined {
  const header = rowOf(row);
  const layout = readLayout(header, matcher, out);
  if (layout === undefined) return undefined;
  return {
    grid,
    header,
    headerTexts: header.cells.map(textOf),
    layout,
    matcher,
    out,
    reported: new Set(),
    values: new Map(),
    reportedMerges: new Set(),
    unitsRow: layout.shape === 'wide' ? 'maybe' : 'no',
  };
}

// A second header row with the units of measure (`,人,人,%`) sets each column's unit, if the first row did not.
function readUnitsRow(ctx: Context, row: SheetRow): boolean {
  ctx.unitsRow = 'no';
  const found = unitsOfRow(row, ctx.layout.unit, ctx.layout.values);
  if (found === undefined) return false;
  for (const column of ctx.layout.values) {
    const unit = found.get(column.col);
    if (unit === undefined) continue;
    if ('code' in unit) report(ctx, column.col, row.cellAt(column.col), unit);
    else if (column.writtenIn === undefined) column.writtenIn = unit.writtenIn;
    else if (measureOf(column.writtenIn)?.scale.eq(measureOf(unit.writtenIn)!.scale) === false)
      report(ctx, column.col, row.cellAt(column.col), {
        code: 'ACTUALS_UNIT_MISMATCH',
        message: errorText('ACTUALS_UNIT_MISMATCH', 'unit_row', { header: column.writtenIn, row: unit.writtenIn }),
        hint: measureHint(column.indicator),
      });
  }
  return true;
}

function reportNoHeader(grid: Grid, first: SheetRow | undefined, out: Collector): void {
  if (first === undefined) {
    out.error(
      'FILE_EMPTY',
      { file: grid.file, line: 1, col: 1 },
      errorText('FILE_EMPTY', 'no_data'),
      errorText('FILE_EMPTY', 'no_data_hint'),
    );
    return;
  }
  const col = first.texts.findIndex((_, i) => !blankAt(first, i));
  out.error(
    'ACTUALS_HEADER',
    first.cellAt(col).source,
    errorText('ACTUALS_HEADER', 'no_header'),
    errorText('ACTUALS_HEADER', 'no_header_hint'),
  );
}

function blankAt(row: SheetRow, col: number): boolean {
  return row.rich ? isBlank(row.cellAt(col)) : (row.texts[col] ?? '').trim() === '';
}

function countFilled(row: SheetRow): number {
  let n = 0;
  for (let col = 0; col < row.texts.length; col++) if (!blankAt(row, col)) n++;
  return n;
}

// A repeated header (a sheet pasted under another) has every cell as the header has it.
function isHeaderAgain(ctx: Context, row: SheetRow): boolean {
  const width = Math.max(row.texts.length, ctx.headerTexts.length);
  for (let col = 0; col < width; col++)
    if ((row.texts[col] ?? '').trim() !== (ctx.headerTexts[col] ?? '')) return false;
  return true;
}

function isBlankRow(row: SheetRow): boolean {
  for (let col = 0; col < row.texts.length; col++) if (!blankAt(row, col)) return false;
  return true;
}

function readRow(ctx: Context, row: SheetRow): void {
  if (isBlankRow(row) || isHeaderAgain(ctx, row)) return;
  if (ctx.unitsRow === 'maybe' && readUnitsRow(ctx, row)) return;
  if (row.hidden === true) ctx.out.hiddenRow(row.line);
  if (!row.rich) {
    const split = checkFieldCount(row, ctx.header.cells.length);
    if (split !== undefined) return report(ctx, split.col, row.cellAt(split.col), split.error);
  }
  const unitText = (row.texts[ctx.layout.unit] ?? '').trim();
  const unit = ctx.matcher.unit(unitText);
  if (unit === undefined) {
    if (TOTAL.test(looseKey(unitText)) || FOOTNOTE.test(unitText)) return;
    const message =
      unitText === ''
        ? errorText('ACTUALS_UNKNOWN_UNIT', 'empty')
        : errorText('ACTUALS_UNKNOWN_UNIT', 'message', { text: unitText });
    ctx.out.error('ACTUALS_UNKNOWN_UNIT', row.cellAt(ctx.layout.unit).source, message, ctx.matcher.unitHint(unitText));
    return;
  }
  checkUnlabeled(ctx, row);
  const yearCol = ctx.layout.year;
  const year =
    yearCol === undefined ? NO_YEAR : row.rich ? readYear(row.cellAt(yearCol)) : readYearText(row.texts[yearCol] ?? '');
  if ('code' in year) return report(ctx, yearCol!, row.cellAt(yearCol!), year);
  const noteText = ctx.layout.note === undefined ? '' : (row.texts[ctx.layout.note] ?? '').trim();
  const base = { unit, year: year.year, note: noteText === '' ? undefined : noteText };
  if (ctx.layout.shape === 'long') return readLongRow(ctx, row, base);
  for (const column of ctx.layout.values) addValue(ctx, row, base, column.col, column.indicator, column.writtenIn);
}

const NO_YEAR = { year: undefined };

function readLongRow(ctx: Context, row: SheetRow, base: RowBase): void {
  const { layout } = ctx;
  const label = parseIndicatorLabel(joinLines(row.texts[layout.indicator!] ?? '').trim(), ctx.matcher);
  if ('code' in label) return report(ctx, layout.indicator!, row.cellAt(layout.indicator!), label);
  const measureText = layout.measure === undefined ? '' : (row.texts[layout.measure] ?? '').trim();
  const written = label.writtenIn ?? (measureText || undefined);
  if (label.writtenIn === undefined && written !== undefined) {
    const problem = checkWrittenIn(written, label.indicator);
    if (problem !== undefined) return report(ctx, layout.measure!, row.cellAt(layout.measure!), problem);
  }
  addValue(ctx, row, base, layout.value!, label.indicator, written);
}

interface RowBase {
  unit: Unit;
  year: number | undefined;
  note: string | undefined;
}

function addValue(
  ctx: Context,
  row: SheetRow,
  base: RowBase,
  col: number,
  indicator: Indicator,
  writtenIn: string | undefined,
): void {
  const read = row.rich
    ? readCell(ctx, row.cellAt(col), indicator, writtenIn)
    : readText(ctx, row.texts[col] ?? '', indicator, writtenIn);
  if (read === undefined) return;
  if ('code' in read) return report(ctx, col, row.cellAt(col), read);
  const source = sourceAt(row, col);
  // One literal with every key it will have: a key added later costs the object a second allocation.
  const { value, text } = read;
  const actual: Actual =
    base.year === undefined
      ? { unit: base.unit.id, indicator: indicator.id, value, source, text }
      : { unit: base.unit.id, indicator: indicator.id, value, source, text, year: base.year };
  if (base.note !== undefined) actual.note = base.note;
  ctx.out.add(actual);
}

// A national sheet repeats its figures (433,200 values, 97,855 distinct texts): a text is read once
// for each indicator and unit of measure, and its rows share one Decimal (Decimals are immutable).
function readText(ctx: Context, written: string, indicator: Indicator, writtenIn: string | undefined): ValueRead {
  return readKnown(ctx, knownValues(ctx, indicator, writtenIn), written, indicator, writtenIn);
}

// The readings of one indicator's value texts in one unit of measure.
function knownValues(ctx: Context, indicator: Indicator, writtenIn: string | undefined): Map<string, ValueRead> {
  const key = writtenIn === undefined ? indicator.id : `${indicator.id}\u0000${writtenIn}`;
  return getOrInsert(ctx.values, key, () => new Map<string, ValueRead>());
}

// known: the readings to look the text up in and add it to; undefined to read it afresh (the caller keeps it).
function readKnown(
  ctx: Context,
  known: Map<string, ValueRead> | undefined,
  written: string,
  indicator: Indicator,
  writtenIn: string | undefined,
  asIs?: boolean,
): ValueRead {
  const text = ctx.grid.decimalComma ? fromDecimalComma(written) : written;
  if (typeof text !== 'string') return text;
  let read = known?.get(text);
  if (read === undefined) {
    // the figure's plain text, made once for all the rows that share it
    read = readFigureText(text, indicator, writtenIn, asIs);
    if (known !== undefined && known.size < MAX_KNOWN) known.set(text, read);
  }
  return read;
}

// A spreadsheet cell: a merged range over the values is refused once, naming the range; a number shown with a
// unit of measure (0"万人") other than its column's is refused, since the figure may be in either.
function readCell(
  ctx: Context,
  cell: Cell,
  indicator: Indicator,
  writtenIn: string | undefined,
): ValueRead | undefined {
  return readSheetCell(cell, indicator, writtenIn, ctx.reportedMerges);
}

// A value under no header cannot be assigned to an indicator; say so once per column.
function checkUnlabeled(ctx: Context, row: SheetRow): void {
  const { unlabeled } = ctx.layout;
  const width = ctx.header.cells.length;
  if (unlabeled.length === 0 && row.texts.length <= width) return; // every column has a header
  for (let col = 0; col < row.texts.length; col++) {
    if ((col < width && !unlabeled.includes(col)) || ctx.reported.has(col) || blankAt(row, col)) continue;
    ctx.reported.add(col);
    const cell = row.cellAt(col);
    report(ctx, col, cell, {
      code: 'ACTUALS_HEADER',
      message: errorText('ACTUALS_HEADER', 'no_column_header', { text: textOf(cell) }),
      hint: errorText('ACTUALS_HEADER', 'no_column_header_hint'),
    });
  }
}

// Names the column as the clerk sees it (第3列「城镇新增就业」 / column C "城镇新增就业") before the message.
function report(ctx: Context, col: number, cell: Cell, e: CellError): void {
  const label = ctx.grid.columnLabel(col);
  const header = textOf(ctx.header.cells[col]);
  const column = header === '' ? label : labelText('column.named', { column: label, header });
  ctx.out.error(e.code, cell.source, labelText('column.message', { column, message: e.message }), e.hint);
}
