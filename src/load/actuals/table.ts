// A sheet's rows (from CSV or .xlsx) → actuals: find the header, then read each row the way its
// layout says (long or wide), skipping what a clerk's sheet holds besides data: titles above the
// header, blank rows, a repeated header, a total row (合计), footnotes (注:…, 填表人:…). Rows are
// read one at a time as they come: a national CSV is never held as cells.
import { getOrInsert } from '../../collections.js';
import type { Actual, Indicator, Msg, Plan, Source, Unit } from '../../model.js';
import type { Collector } from './collect.js';
import { isBlank, rowOf, sheetRowOf, textOf, type Cell, type Grid, type Row, type SheetRow } from './grid.js';
import { checkWrittenIn, parseIndicatorLabel, readLayout, type Layout } from './header.js';
import { createMatcher, looseKey, type Matcher } from './match.js';
import { readValue, readValueText, readYear, readYearText, type CellError } from './value.js';

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
}

type ValueRead = ReturnType<typeof readValueText>;

/** Reads every row of a grid into the collector: the header is the first row with two or more filled cells. */
export function readGrid(grid: Grid, plan: Plan, out: Collector): void {
  let ctx: Context | undefined;
  let firstFilled: SheetRow | undefined;
  for (const any of grid.rows) {
    const row = sheetRowOf(any);
    if (ctx !== undefined) {
      readRow(ctx, row);
      continue;
    }
    const filled = countFilled(row);
    if (filled >= 2) {
      const header = rowOf(row);
      const matcher = createMatcher(plan);
      const layout = readLayout(header, matcher, out);
      if (layout === undefined) return;
      ctx = {
        grid,
        header,
        headerTexts: header.cells.map(textOf),
        layout,
        matcher,
        out,
        reported: new Set(),
        values: new Map(),
      };
    } else if (filled === 1 && firstFilled === undefined) {
      firstFilled = row;
    }
  }
  if (ctx === undefined) reportNoHeader(grid, firstFilled, out);
}

function reportNoHeader(grid: Grid, first: SheetRow | undefined, out: Collector): void {
  if (first === undefined) {
    out.error(
      'FILE_EMPTY',
      { file: grid.file, line: 1, col: 1 },
      { en: 'the file holds no data', zh: '文件中没有数据' },
      { en: 'run kaohe template PLAN for a sheet to fill in', zh: '可运行 kaohe template 方案文件 生成填报表' },
    );
    return;
  }
  const col = first.texts.findIndex((_, i) => !blankAt(first, i));
  out.error(
    'ACTUALS_HEADER',
    first.cellAt(col).source,
    { en: 'no header row: no row has two or more filled cells', zh: '没有表头行:没有任何一行填了两个以上的单元格' },
    {
      en: 'header: unit,indicator,value — or the unit, then one column per indicator',
      zh: '表头:单位,指标,数值;或第一列为单位,其后每列一个指标',
    },
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
  const unitText = (row.texts[ctx.layout.unit] ?? '').trim();
  const unit = ctx.matcher.unit(unitText);
  if (unit === undefined) {
    if (TOTAL.test(looseKey(unitText)) || FOOTNOTE.test(unitText)) return;
    const message: Msg =
      unitText === ''
        ? { en: 'the unit is empty', zh: '单位为空' }
        : { en: `unknown unit "${unitText}"`, zh: `未知单位 "${unitText}"` };
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
  const label = parseIndicatorLabel((row.texts[layout.indicator!] ?? '').trim(), ctx.matcher);
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
    ? readValue(row.cellAt(col), indicator, writtenIn)
    : readText(ctx, row.texts[col] ?? '', indicator, writtenIn);
  if ('code' in read) return report(ctx, col, row.cellAt(col), read);
  const { file, line, col: c, cell: address } = row.cellAt(col).source;
  const source: Source = address === undefined ? { file, line, col: c } : { file, line, col: c, cell: address };
  // One literal with every key it will have: a key added later costs the object a second allocation.
  const actual: Actual =
    base.year === undefined
      ? { unit: base.unit.id, indicator: indicator.id, value: read.value, source }
      : { unit: base.unit.id, indicator: indicator.id, value: read.value, source, year: base.year };
  if (base.note !== undefined) actual.note = base.note;
  ctx.out.add(actual);
}

// A national sheet repeats its figures (433,200 values, 97,855 distinct texts): a text is read once
// for each indicator and unit of measure, and its rows share one Decimal (Decimals are immutable).
function readText(ctx: Context, text: string, indicator: Indicator, writtenIn: string | undefined): ValueRead {
  const key = writtenIn === undefined ? indicator.id : `${indicator.id}\u0000${writtenIn}`;
  const known = getOrInsert(ctx.values, key, () => new Map<string, ValueRead>());
  let read = known.get(text);
  if (read === undefined) {
    read = readValueText(text, indicator, writtenIn);
    if (known.size < MAX_KNOWN) known.set(text, read);
  }
  return read;
}

const MAX_KNOWN = 1 << 16;

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
      message: { en: `"${textOf(cell)}" is in a column with no header`, zh: `"${textOf(cell)}" 所在的列没有表头` },
      hint: {
        en: 'give the column an indicator name in the header row, or delete it',
        zh: '请在表头行填写该列的指标名称,或删除该列',
      },
    });
  }
}

// Names the column as the clerk sees it (第3列「城镇新增就业」 / column C "城镇新增就业") before the message.
function report(ctx: Context, col: number, cell: Cell, e: CellError): void {
  const label = ctx.grid.columnLabel(col);
  const header = textOf(ctx.header.cells[col]);
  const named = header === '' ? label : { en: `${label.en} "${header}"`, zh: `${label.zh}「${header}」` };
  ctx.out.error(e.code, cell.source, { en: `${named.en}: ${e.message.en}`, zh: `${named.zh}:${e.message.zh}` }, e.hint);
}
