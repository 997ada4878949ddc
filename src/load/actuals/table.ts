// A grid of cells (from CSV or .xlsx) → actuals: find the header, then read each row the way its
// layout says (long or wide), skipping what a clerk's sheet holds besides data: titles above the
// header, blank rows, a repeated header, a total row (合计), footnotes (注:…, 填表人:…).
import type { Actual, Indicator, Msg, Plan, Unit } from '../../model.js';
import type { Collector } from './collect.js';
import { isBlank, textOf, type Cell, type Grid, type Row } from './grid.js';
import { checkWrittenIn, parseIndicatorLabel, readLayout, type Layout } from './header.js';
import { createMatcher, looseKey, type Matcher } from './match.js';
import { readValue, readYear, type CellError } from './value.js';

const TOTAL = /(合计|总计|小计)$|^(total|sum|grandtotal)$/;
const FOOTNOTE = /^(注|说明|备注|填表|制表|审核|负责人|单位负责人|联系|日期|数据来源|来源|note)/i;

interface Context {
  grid: Grid;
  header: Row;
  layout: Layout;
  matcher: Matcher;
  out: Collector;
  /** Columns without a header already reported, so that each is reported once. */
  reported: Set<number>;
}

/** Reads every row of a grid into the collector: the header is the first row with two or more filled cells. */
export function readGrid(grid: Grid, plan: Plan, out: Collector): void {
  const at = grid.rows.findIndex((r) => r.cells.filter((c) => !isBlank(c)).length >= 2);
  if (at === -1) {
    const first = grid.rows.find((r) => !r.cells.every(isBlank));
    if (first === undefined) {
      out.error('FILE_EMPTY', { file: grid.file, line: 1, col: 1 }, { en: 'the file holds no data', zh: '文件中没有数据' },
        { en: 'run kaohe template PLAN for a sheet to fill in', zh: '可运行 kaohe template 方案文件 生成填报表' });
    } else {
      out.error('ACTUALS_HEADER', first.cells.find((c) => !isBlank(c))!.source, { en: 'no header row: no row has two or more filled cells', zh: '没有表头行:没有任何一行填了两个以上的单元格' },
        { en: 'header: unit,indicator,value — or the unit, then one column per indicator', zh: '表头:单位,指标,数值;或第一列为单位,其后每列一个指标' });
    }
    return;
  }
  const matcher = createMatcher(plan);
  const header = grid.rows[at]!;
  const layout = readLayout(header, matcher, out);
  if (layout === undefined) return;
  const ctx: Context = { grid, header, layout, matcher, out, reported: new Set() };
  for (const row of grid.rows.slice(at + 1)) readRow(ctx, row);
}

function readRow(ctx: Context, row: Row): void {
  if (row.cells.every(isBlank) || row.cells.every((c, i) => textOf(c) === textOf(ctx.header.cells[i]))) return;
  const unitCell = row.cells[ctx.layout.unit]!;
  const unitText = textOf(unitCell);
  const unit = ctx.matcher.unit(unitText);
  if (unit === undefined) {
    if (TOTAL.test(looseKey(unitText)) || FOOTNOTE.test(unitText)) return;
    const message: Msg = unitText === ''
      ? { en: 'the unit is empty', zh: '单位为空' }
      : { en: `unknown unit "${unitText}"`, zh: `未知单位 "${unitText}"` };
    ctx.out.error('ACTUALS_UNKNOWN_UNIT', unitCell.source, message, ctx.matcher.unitHint(unitText));
    return;
  }
  checkUnlabeled(ctx, row);
  const year = ctx.layout.year === undefined ? { year: undefined } : readYear(row.cells[ctx.layout.year]!);
  if ('code' in year) return report(ctx, ctx.layout.year!, row.cells[ctx.layout.year!]!, year);
  const noteText = ctx.layout.note === undefined ? '' : textOf(row.cells[ctx.layout.note]);
  const base = { unit, year: year.year, note: noteText === '' ? undefined : noteText };
  if (ctx.layout.shape === 'long') return readLongRow(ctx, row, base);
  for (const column of ctx.layout.values) {
    addValue(ctx, base, row.cells[column.col]!, column.col, column.indicator, column.writtenIn);
  }
}

function readLongRow(ctx: Context, row: Row, base: RowBase): void {
  const { layout } = ctx;
  const labelCell = row.cells[layout.indicator!]!;
  const label = parseIndicatorLabel(textOf(labelCell), ctx.matcher);
  if ('code' in label) return report(ctx, layout.indicator!, labelCell, label);
  const measureCell = layout.measure === undefined ? undefined : row.cells[layout.measure];
  const written = label.writtenIn ?? (textOf(measureCell) || undefined);
  if (label.writtenIn === undefined && written !== undefined) {
    const problem = checkWrittenIn(written, label.indicator);
    if (problem !== undefined) return report(ctx, layout.measure!, measureCell!, problem);
  }
  addValue(ctx, base, row.cells[layout.value!]!, layout.value!, label.indicator, written);
}

interface RowBase {
  unit: Unit;
  year: number | undefined;
  note: string | undefined;
}

function addValue(ctx: Context, base: RowBase, cell: Cell, col: number, indicator: Indicator, writtenIn: string | undefined): void {
  const read = readValue(cell, indicator, writtenIn);
  if ('code' in read) return report(ctx, col, cell, read);
  const { file, line, col: c, cell: address } = cell.source;
  const actual: Actual = { unit: base.unit.id, indicator: indicator.id, value: read.value, source: { file, line, col: c } };
  if (address !== undefined) actual.source.cell = address;
  if (base.year !== undefined) actual.year = base.year;
  if (base.note !== undefined) actual.note = base.note;
  ctx.out.add(actual);
}

// A value under no header cannot be assigned to an indicator; say so once per column.
function checkUnlabeled(ctx: Context, row: Row): void {
  row.cells.forEach((cell, col) => {
    const unlabeled = col >= ctx.header.cells.length || ctx.layout.unlabeled.includes(col);
    if (!unlabeled || isBlank(cell) || ctx.reported.has(col)) return;
    ctx.reported.add(col);
    report(ctx, col, cell, {
      code: 'ACTUALS_HEADER',
      message: { en: `"${textOf(cell)}" is in a column with no header`, zh: `"${textOf(cell)}" 所在的列没有表头` },
      hint: { en: 'give the column an indicator name in the header row, or delete it', zh: '请在表头行填写该列的指标名称,或删除该列' },
    });
  });
}

// Names the column as the clerk sees it (第3列「城镇新增就业」 / column C "城镇新增就业") before the message.
function report(ctx: Context, col: number, cell: Cell, e: CellError): void {
  const label = ctx.grid.columnLabel(col);
  const header = textOf(ctx.header.cells[col]);
  const named = header === '' ? label : { en: `${label.en} "${header}"`, zh: `${label.zh}「${header}」` };
  ctx.out.error(e.code, cell.source, { en: `${named.en}: ${e.message.en}`, zh: `${named.zh}:${e.message.zh}` }, e.hint);
}
