// What a clerk's sheet holds around its data, as sheets are really handed in: filler lines above the header
// (填报单位:… 填报日期:…), a header name broken by a line break, a second header row with the units of measure, a
// CSV row split by an unquoted thousands separator, a value with a decimal comma in a `;`-separated file.
import { errorText } from '../../messages/index.js';
import type { Indicator } from '../../model.js';
import { measureOf } from '../number.js';
import type { CellError } from './value.js';
import { checkWrittenIn, roleOf } from './header.js';
import type { Matcher } from './match.js';
import { joinLines, type SheetRow } from './grid.js';

/**
 * Returns true when a row names what a header names: a unit, indicator or value column, or an indicator of the plan
 * (with or without a unit of measure in brackets). A title or a 填报单位/填报日期 line does not.
 */
export function looksLikeHeader(row: SheetRow, matcher: Matcher): boolean {
  for (const raw of row.texts) {
    const text = joinLines(raw).trim();
    if (text === '') continue;
    const role = roleOf(text);
    if (role === 'unit' || role === 'indicator' || role === 'value') return true;
    const name = text.normalize('NFKC').replace(/\s*[([][^()[\]]*[)\]]\s*$/u, '');
    if (matcher.indicator(text) !== undefined || matcher.indicator(name) !== undefined) return true;
  }
  return false;
}

/** A value column as the layout has it. */
export interface ValueColumn {
  col: number;
  indicator: Indicator;
  writtenIn?: string;
}

/**
 * Returns the units of measure a second header row gives (`,人,人,%` under the indicator names), by column, or
 * undefined when the row is not such a row: its unit cell blank or 计量单位/单位, every other filled cell a unit of
 * measure, bracketed or not. Each unit that cannot convert to its column's indicator comes back as an error.
 */
export function readUnitsRow(
  row: SheetRow,
  unitCol: number,
  columns: readonly ValueColumn[],
): Map<number, { writtenIn: string } | CellError> | undefined {
  const first = (row.texts[unitCol] ?? '').trim();
  if (first !== '' && roleOf(first) !== 'measure' && first !== '单位') return undefined;
  const found = new Map<number, { writtenIn: string } | CellError>();
  for (const column of columns) {
    const text = (row.texts[column.col] ?? '').trim();
    if (text === '') continue;
    const unit = text.replace(/^[([]\s*(.*?)\s*[)\]]$/u, '$1');
    if (measureOf(unit) === undefined) return undefined;
    found.set(column.col, checkWrittenIn(unit, column.indicator) ?? { writtenIn: unit });
  }
  return found.size > 0 ? found : undefined;
}

/**
 * Returns the error for a CSV row with more filled fields than the header has columns, at the field where an unquoted
 * thousands separator most likely split a number (`6,184` read as 6 and 184), or at the first extra field.
 */
export function checkFieldCount(row: SheetRow, width: number): { col: number; error: CellError } | undefined {
  let extra = false;
  for (let col = width; col < row.texts.length && !extra; col++) extra = row.texts[col]!.trim() !== '';
  if (!extra) return undefined;
  const counts = errorText('CSV_SYNTAX', 'field_count', { fields: row.texts.length, width });
  for (let col = 1; col + 1 < row.texts.length; col++) {
    const [a, b] = [row.texts[col]!.trim(), row.texts[col + 1]!.trim()];
    if (!/^[+-]?\d{1,3}$/.test(a) || !/^\d{3}(\.\d+)?%?$/.test(b)) continue;
    const whole = `${a},${b}`;
    return {
      col,
      error: {
        code: 'CSV_SYNTAX',
        message: errorText('CSV_SYNTAX', 'split_number', { counts, whole }),
        hint: errorText('CSV_SYNTAX', 'split_number_hint', { plain: whole.replace(',', ''), whole }),
      },
    };
  }
  return {
    col: width,
    error: {
      code: 'CSV_SYNTAX',
      message: counts,
      hint: errorText('CSV_SYNTAX', 'field_count_hint'),
    },
  };
}

/**
 * Returns a value written with a decimal comma (4,3 in a `;`-separated file saved by a European-locale Excel) with a
 * decimal point, or the error when the comma could as well be a thousands separator (6,184).
 */
export function fromDecimalComma(text: string): string | CellError {
  const m = /^(\s*[+-]?\d+),(\d+)(\s*%?\s*)$/.exec(text);
  if (m === null) return text;
  if (m[2]!.length !== 3) return `${m[1]}.${m[2]}${m[3]}`;
  const shown = text.trim();
  return {
    code: 'ACTUALS_VALUE',
    message: errorText('ACTUALS_VALUE', 'decimal_comma', {
      text: shown,
      point: shown.replace(',', '.'),
      plain: shown.replace(',', ''),
    }),
    hint: errorText('ACTUALS_VALUE', 'decimal_comma_hint'),
  };
}
