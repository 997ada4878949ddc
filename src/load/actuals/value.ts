// A cell → an exact value in its indicator's unit, or a year; shared by CSV, .xlsx and YAML actuals.
import { ONE, TEN_THOUSAND, toPlain, type D } from '../../decimal.js';
import { errorText } from '../../messages/index.js';
import type { ErrorCode, Indicator, Msg } from '../../model.js';
import { convertQuantity, measureOf, parseDecimalText, plainFigure, type ParsedNumber } from '../number.js';
import type { Cell } from './grid.js';

/** A mistake found in one cell, to be reported at that cell. */
export interface CellError {
  code: ErrorCode;
  message: Msg;
  hint?: Msg;
}

/**
 * Returns the cell's value converted to the indicator's unit (null when empty: missing), or the error; `writtenIn` is
 * the column's unit of measure.
 */
export function readValue(cell: Cell, indicator: Indicator, writtenIn?: string): { value: D | null } | CellError {
  if (cell.problem !== undefined) return cell.problem;
  return readParsed(cell.number ?? parseDecimalText(cell.text), cell.text, indicator, writtenIn);
}

/**
 * Returns a spreadsheet cell's value as readValue does, or the error: ACTUALS_MERGED for a cell of a merged range
 * (once per range: undefined for its other cells, `reported` keeps the ranges said), ACTUALS_UNIT_MISMATCH for a
 * number shown with a unit of measure (0"万人") other than its column's, since the figure may be in either. Actuals
 * and targets sheets read their cells through it alike.
 */
export function readSheetCell(
  cell: Cell,
  indicator: Indicator,
  writtenIn: string | undefined,
  reported: Set<string>,
): { value: D | null } | CellError | undefined {
  if (cell.merged !== undefined) {
    if (reported.has(cell.merged)) return undefined;
    reported.add(cell.merged);
    const message = errorText('ACTUALS_MERGED', 'message', { range: cell.merged });
    return { code: 'ACTUALS_MERGED', message, hint: errorText('ACTUALS_MERGED', 'hint') };
  }
  if (cell.shownIn !== undefined && cell.number !== undefined) {
    const unit = writtenIn ?? indicator.unit;
    const shown = cell.shownIn === '万' ? { scale: TEN_THOUSAND, family: undefined } : measureOf(cell.shownIn);
    const column = measureOf(unit);
    if (
      shown === undefined ||
      column === undefined ||
      !shown.scale.eq(column.scale) ||
      (shown.family !== undefined && shown.family !== column.family)
    )
      return {
        code: 'ACTUALS_UNIT_MISMATCH',
        message: errorText('ACTUALS_UNIT_MISMATCH', 'shown', { text: cell.text, shown: cell.shownIn, unit }),
        hint: errorText('ACTUALS_UNIT_MISMATCH', 'shown_hint', { unit }),
      };
  }
  return readValue(cell, indicator, writtenIn);
}

/**
 * Returns the value written in a text cell (a CSV field) converted to the indicator's unit, as readValue does for a
 * cell.
 */
export function readValueText(text: string, indicator: Indicator, writtenIn?: string): { value: D | null } | CellError {
  return readParsed(parseDecimalText(text), text, indicator, writtenIn);
}

/**
 * Returns what readValueText returns, with the value's plain text (toPlain) beside a figure; a plain figure (see
 * plainFigure) that needs no conversion (`asIs`, worked out when not given) is read from its digits and its plain
 * text taken from them.
 */
export function readFigureText(
  text: string,
  indicator: Indicator,
  writtenIn: string | undefined,
  asIs = asWritten(indicator, writtenIn),
): { value: D | null; text?: string } | CellError {
  const quick = asIs ? plainFigure(text) : undefined;
  if (quick !== undefined) return { value: quick.value, text: quick.plain };
  const read = readValueText(text, indicator, writtenIn);
  return 'code' in read || read.value === null ? read : { value: read.value, text: toPlain(read.value) };
}

const PROBE: ParsedNumber = { value: ONE, percent: false, wan: false };

/**
 * Returns whether a plain figure (neither % nor 万) written in `writtenIn` is the indicator's value as it is:
 * convertQuantity then returns the figure's own value, whatever the figure (it looks at its suffixes and the two
 * units only). readFigureText's `asIs`.
 */
export function asWritten(indicator: Indicator, writtenIn: string | undefined): boolean {
  const converted = convertQuantity(PROBE, indicator.unit, writtenIn);
  return 'value' in converted && converted.value === PROBE.value;
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
      message: errorText('ACTUALS_VALUE', 'message', { text: shown, reason: parsed.error }),
      hint: errorText('ACTUALS_VALUE', 'hint'),
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
  return errorText('ACTUALS_UNIT_MISMATCH', 'hint', indicator);
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
      message: errorText('ACTUALS_YEAR', 'message', { text: text.trim() }),
      hint: errorText('ACTUALS_YEAR', 'hint'),
    };
  }
  return { year: parsed.value.toNumber() };
}
