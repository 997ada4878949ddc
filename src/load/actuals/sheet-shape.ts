// What a clerk's sheet holds around its data, as sheets are really handed in: filler lines above the header
// (填报单位:… 填报日期:…), a header name broken by a line break, a second header row with the units of measure, a
// CSV row split by an unquoted thousands separator, a value with a decimal comma in a `;`-separated file.
import type { Indicator, Msg } from '../../model.js';
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
  const counts: Msg = {
    en: `this row has ${row.texts.length} fields but the header has ${width}`,
    zh: `此行有 ${row.texts.length} 个字段,而表头只有 ${width} 列`,
  };
  for (let col = 1; col + 1 < row.texts.length; col++) {
    const [a, b] = [row.texts[col]!.trim(), row.texts[col + 1]!.trim()];
    if (!/^[+-]?\d{1,3}$/.test(a) || !/^\d{3}(\.\d+)?%?$/.test(b)) continue;
    const whole = `${a},${b}`;
    return {
      col,
      error: {
        code: 'CSV_SYNTAX',
        message: {
          en: `${counts.en}: "${whole}" was most likely one number split by its thousands separator`,
          zh: `${counts.zh}:"${whole}" 很可能是被千分位逗号拆开的一个数`,
        },
        hint: {
          en: `write ${whole.replace(',', '')} without the comma, or quote it: "${whole}"`,
          zh: `请写成 ${whole.replace(',', '')}(去掉逗号),或加引号:"${whole}"`,
        },
      },
    };
  }
  return {
    col: width,
    error: {
      code: 'CSV_SYNTAX',
      message: counts,
      hint: {
        en: 'quote a field that holds a comma, or give the extra column a header',
        zh: '含逗号的字段请加引号,或为多出的列填写表头',
      },
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
    message: {
      en: `"${shown}" in a file separated by ";" with decimal commas: the comma may be a decimal comma (${shown.replace(',', '.')}) or a thousands separator (${shown.replace(',', '')})`,
      zh: `以";"分隔、用逗号作小数点的文件中的 "${shown}":逗号既可能是小数点(${shown.replace(',', '.')}),也可能是千分位(${shown.replace(',', '')})`,
    },
    hint: {
      en: 'write the number without a thousands separator; or save the sheet as CSV with "." as the decimal point',
      zh: '请去掉千分位逗号;或将表格另存为以"."作小数点的 CSV',
    },
  };
}
