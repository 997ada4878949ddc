// The header row says what the sheet is: long (one row per unit × indicator) when it names an
// indicator column beside a unit or a value column, else wide (one column per indicator, as clerks
// keep them). `unit,indicator,valeu` is a long sheet with a misspelt column, not two unknown indicators.
import { errorText, labelText } from '../../messages/index.js';
import type { Indicator } from '../../model.js';
import { formatSource } from '../../source.js';
import { describeMismatch, measureOf } from '../number.js';
import { closest } from '../../suggest.js';
import type { Collector } from './collect.js';
import { labelOf, textOf, type Row } from './grid.js';
import { looseKey, type Matcher } from './match.js';
import { measureHint, type CellError } from './value.js';

/** What each column of a sheet holds. */
export interface Layout {
  shape: 'long' | 'wide';
  unit: number;
  year?: number;
  note?: number;
  /** Long: the indicator, value and (optional) unit-of-measure columns. */
  indicator?: number;
  value?: number;
  measure?: number;
  /** Wide: one column per indicator, with the unit of measure its header gives. */
  values: { col: number; indicator: Indicator; writtenIn?: string }[];
  /** Columns without a header: a value under one is an error. */
  unlabeled: number[];
}

type Role = 'unit' | 'indicator' | 'value' | 'year' | 'note' | 'measure' | 'skip';
const ROLES = new Map<string, Role>([
  ...['unit', '单位', '责任单位', '单位名称', '责任单位名称', '地区'].map((a) => [a, 'unit'] as const),
  ...['indicator', '指标', '指标名称', '考核指标'].map((a) => [a, 'indicator'] as const),
  ...['value', 'actual', '数值', '完成值', '实际值', '完成数', '实际完成', '实际完成值'].map(
    (a) => [a, 'value'] as const,
  ),
  ...['year', '年份', '年度'].map((a) => [a, 'year'] as const),
  ...['note', '备注', '说明'].map((a) => [a, 'note'] as const),
  ...['measure', '计量单位'].map((a) => [a, 'measure'] as const),
  // A serial-number column and a row-total column are part of many clerks' sheets; neither is data.
  ...['序号', 'no', 'no.', '编号', '合计', '总计', '小计', 'total'].map((a) => [a, 'skip'] as const),
]);
const LONG_HEADERS = ['unit', 'indicator', 'value', 'year', 'note', 'measure'];

/** Returns the role a header names (unit, value, year…), or undefined for anything else. */
export function roleOf(header: string): Role | undefined {
  return ROLES.get(looseKey(header));
}

/**
 * Returns the indicator a header or cell names, with the unit of measure in its brackets (城镇新增就业(人), 城镇新增就业（万人）), or
 * the error.
 */
export function parseIndicatorLabel(
  text: string,
  matcher: Matcher,
): { indicator: Indicator; writtenIn?: string } | CellError {
  const whole = matcher.indicator(text);
  if (whole !== undefined) return { indicator: whole };
  const m = splitBracketed(text.normalize('NFKC').trim());
  const indicator = m ? matcher.indicator(m.name) : undefined;
  if (!m || indicator === undefined) {
    const name = m ? m.name : text.trim();
    return {
      code: 'ACTUALS_UNKNOWN_INDICATOR',
      message: errorText('ACTUALS_UNKNOWN_INDICATOR', 'message', { text: name }),
      hint: matcher.indicatorHint(name),
    };
  }
  const problem = checkWrittenIn(m.inner, indicator);
  return problem ?? { indicator, writtenIn: m.inner };
}

const BRACKETS = '()[]';

/**
 * Returns the name before a final bracketed part and the part's text (`城镇新增就业 (单位:万人)` → 城镇新增就业, 万人), or
 * undefined when the text does not end in a bracket pair with no bracket inside. One pass from the end: a regex with
 * lazy groups took 22 s on a 430-byte header of brackets and spaces.
 */
export function splitBracketed(text: string): { name: string; inner: string } | undefined {
  const close = text.length - 1;
  if (text[close] !== ')' && text[close] !== ']') return undefined;
  let open = close - 1;
  while (open >= 0 && !BRACKETS.includes(text[open]!)) open--;
  if (open < 0 || (text[open] !== '(' && text[open] !== '[')) return undefined;
  const inner = text.slice(open + 1, close).trim();
  const label = /^(?:计量)?单位\s*:/u.exec(inner);
  return { name: text.slice(0, open).trimEnd(), inner: label ? inner.slice(label[0].length).trimStart() : inner };
}

/**
 * Returns the error when a unit of measure written in a header or cell cannot convert to the indicator's, else
 * undefined.
 */
export function checkWrittenIn(written: string, indicator: Indicator): CellError | undefined {
  const measure = measureOf(written);
  const target = measureOf(indicator.unit);
  if (measure !== undefined && target !== undefined && measure.family === target.family) return undefined;
  const message =
    measure === undefined
      ? errorText('ACTUALS_UNIT_MISMATCH', 'unknown', { unit: written })
      : describeMismatch(written, indicator.unit);
  return { code: 'ACTUALS_UNIT_MISMATCH', message, hint: measureHint(indicator) };
}

/**
 * Returns the layout a header row describes, reporting unknown, duplicate and missing columns; undefined when nothing
 * can be read.
 */
export function readLayout(header: Row, matcher: Matcher, out: Collector): Layout | undefined {
  const roles = header.cells.map((c) => roleOf(textOf(c)));
  const long = roles.includes('indicator') && (roles.includes('value') || roles.includes('unit'));
  const layout: Layout = { shape: long ? 'long' : 'wide', unit: -1, values: [], unlabeled: [] };
  header.cells.forEach((cell, col) => {
    const role = roles[col];
    if (textOf(cell) === '') layout.unlabeled.push(col);
    else if (role === 'skip') return;
    else if (long) readLongColumn(layout, role, col, header, out);
    else if (layout.unit === -1) layout.unit = col;
    else if (role === 'year' || role === 'note') placeRole(layout, role, col, header, out);
    else readWideColumn(layout, col, header, matcher, out);
  });
  return checkLayout(layout, header, out);
}

function readLongColumn(layout: Layout, role: Role | undefined, col: number, header: Row, out: Collector): void {
  if (role !== undefined && role !== 'skip') return placeRole(layout, role, col, header, out);
  const cell = header.cells[col]!;
  const text = textOf(cell);
  const hint = closest(text, LONG_HEADERS);
  out.error(
    'ACTUALS_HEADER',
    cell.source,
    errorText('ACTUALS_HEADER', 'unknown_column', { text }),
    hint
      ? labelText('hint.did_you_mean', { name: hint })
      : errorText('ACTUALS_HEADER', 'columns', { columns: LONG_HEADERS.join(', ') }),
  );
}

function readWideColumn(layout: Layout, col: number, header: Row, matcher: Matcher, out: Collector): void {
  const cell = header.cells[col]!;
  const found = parseIndicatorLabel(labelOf(cell), matcher);
  if ('code' in found) return out.error(found.code, cell.source, found.message, found.hint);
  const before = layout.values.find((v) => v.indicator === found.indicator);
  if (before !== undefined) {
    const first = header.cells[before.col]!.source;
    return out.error(
      'ACTUALS_DUPLICATE',
      cell.source,
      errorText('ACTUALS_DUPLICATE', 'column', { indicator: found.indicator.name, where: formatSource(first) }),
      errorText('ACTUALS_DUPLICATE', 'column_hint'),
    );
  }
  layout.values.push({
    col,
    indicator: found.indicator,
    ...(found.writtenIn === undefined ? {} : { writtenIn: found.writtenIn }),
  });
}

function placeRole(layout: Layout, role: Exclude<Role, 'skip'>, col: number, header: Row, out: Collector): void {
  const key = role === 'unit' ? 'unit' : role;
  const before = key === 'unit' ? (layout.unit === -1 ? undefined : layout.unit) : layout[key];
  if (before !== undefined) {
    const cell = header.cells[col]!;
    out.error(
      'ACTUALS_HEADER',
      cell.source,
      errorText('ACTUALS_HEADER', 'second_role', { role, column: before + 1 }),
      errorText('ACTUALS_HEADER', 'second_role_hint'),
    );
    return;
  }
  if (key === 'unit') layout.unit = col;
  else layout[key] = col;
}

function checkLayout(layout: Layout, header: Row, out: Collector): Layout | undefined {
  const at = header.cells[0]!.source;
  if (layout.shape === 'long' && layout.unit === -1) {
    out.error(
      'ACTUALS_HEADER',
      at,
      errorText('ACTUALS_HEADER', 'no_unit_column'),
      errorText('ACTUALS_HEADER', 'long_hint'),
    );
    return undefined;
  }
  // When every indicator column was refused, each refusal has been reported already; so has a
  // misspelt long column, which is most likely the missing value column.
  const refused = header.cells.some((c, i) => i !== layout.unit && textOf(c) !== '' && roleOf(textOf(c)) === undefined);
  if (layout.shape === 'long' && layout.value === undefined) {
    if (!refused) {
      out.error(
        'ACTUALS_HEADER',
        at,
        errorText('ACTUALS_HEADER', 'no_value_column'),
        errorText('ACTUALS_HEADER', 'long_hint'),
      );
    }
    return undefined;
  }
  if (layout.shape === 'wide' && layout.values.length === 0) {
    if (refused) return undefined;
    out.error(
      'ACTUALS_HEADER',
      at,
      errorText('ACTUALS_HEADER', 'no_indicators'),
      errorText('ACTUALS_HEADER', 'no_indicators_hint'),
    );
    return undefined;
  }
  return layout;
}
