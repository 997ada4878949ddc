// A cell → an exact value in its indicator's unit, or a year; shared by CSV, .xlsx and YAML actuals.
import type { D } from '../../decimal.js';
import type { ErrorCode, Indicator, Msg } from '../../model.js';
import { convertQuantity, parseDecimalText, type ParsedNumber } from '../number.js';
import type { Cell } from './grid.js';

/** A mistake found in one cell, to be reported at that cell. */
export interface CellError {
  code: ErrorCode;
  message: Msg;
  hint?: Msg;
}

const VALUE_HINT: Msg = {
  en: 'write a number such as 12,345, 4.3% or 12.5万; leave the cell empty when there is no figure',
  zh: '请填写数字,如 12,345、4.3% 或 12.5万;没有数据时请留空',
};

/**
 * Returns the cell's value converted to the indicator's unit (null when empty: missing), or the error; `writtenIn` is
 * the column's unit of measure.
 */
export function readValue(cell: Cell, indicator: Indicator, writtenIn?: string): { value: D | null } | CellError {
  if (cell.problem !== undefined) return cell.problem;
  return readParsed(cell.number ?? parseDecimalText(cell.text), cell.text, indicator, writtenIn);
}

/**
 * Returns the value written in a text cell (a CSV field) converted to the indicator's unit, as readValue does for a
 * cell.
 */
export function readValueText(text: string, indicator: Indicator, writtenIn?: string): { value: D | null } | CellError {
  return readParsed(parseDecimalText(text), text, indicator, writtenIn);
}

function readParsed(
  parsed: ParsedNumber | { error: Msg } | null,
  text: string,
  indicator: Indicator,
  writtenIn: string | undefined,
): { value: D | null } | CellError {
  if (parsed === null) return { value: null };
  if ('error' in parsed) {
    const shown = text.trim();
    return {
      code: 'ACTUALS_VALUE',
      message: { en: `"${shown}" is not a number: ${parsed.error.en}`, zh: `"${shown}" 不是数字:${parsed.error.zh}` },
      hint: VALUE_HINT,
    };
  }
  const converted = convertQuantity(parsed, indicator.unit, writtenIn);
  if ('error' in converted) {
    return { code: 'ACTUALS_UNIT_MISMATCH', message: converted.error, hint: measureHint(indicator) };
  }
  return converted;
}

/** Returns the hint naming an indicator's unit of measure. */
export function measureHint(indicator: Indicator): Msg {
  return {
    en: `${indicator.name} is counted in ${indicator.unit}`,
    zh: `${indicator.name}的计量单位是${indicator.unit}`,
  };
}

const YEARS = new Map<string, { year: number | undefined } | CellError>();

/** Returns the year in a cell (undefined when empty), or the error: a whole number 1949–2200, "2010年" allowed. */
export function readYear(cell: Cell): { year: number | undefined } | CellError {
  if (cell.problem !== undefined) return cell.problem;
  return cell.number === undefined ? readYearText(cell.text) : readYearOf(cell.number, cell.text);
}

/** Returns the year written in a text cell (a CSV field), as readYear does for a cell. */
export function readYearText(text: string): { year: number | undefined } | CellError {
  // A column of years holds a handful of distinct texts: read each once.
  const known = YEARS.get(text);
  if (known !== undefined) return known;
  const read = readYearOf(parseDecimalText(text.trim().replace(/年$/, '')), text);
  if (YEARS.size < 1000) YEARS.set(text, read);
  return read;
}

function readYearOf(
  parsed: ParsedNumber | { error: Msg } | null,
  text: string,
): { year: number | undefined } | CellError {
  if (parsed === null) return { year: undefined };
  const ok =
    !('error' in parsed) &&
    !parsed.percent &&
    !parsed.wan &&
    parsed.value.isInteger() &&
    parsed.value.gte(1949) &&
    parsed.value.lte(2200);
  if (!ok) {
    return {
      code: 'ACTUALS_YEAR',
      message: { en: `"${text.trim()}" is not a year`, zh: `"${text.trim()}" 不是年份` },
      hint: { en: 'a year is a whole number such as 2010', zh: '年份应为整数,如 2010' },
    };
  }
  return { year: parsed.value.toNumber() };
}
