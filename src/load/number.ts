// Decimal text as clerks type it (12,345 / １２，３４５ / 4.3% / 12.5万), read exactly: every value
// is built from its digits, never through a JS number, and units of measure convert with 万 = 10 000.
import { D, TEN_THOUSAND } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { MeasureUnit, Msg } from '../model.js';

/** A number exactly as written, and which suffix it carried (`%` or `万`). */
export interface ParsedNumber {
  value: D;
  percent: boolean;
  wan: boolean;
}

/** Why a text is not a number. */
export interface NumberError {
  error: Msg;
}

const VALID = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * The most digits a value may have: every sum, product and growth power of such values stays inside the 60 significant
 * digits decimal.js keeps, so none is rounded; a 100,000-digit cell is refused instead of taking minutes.
 */
export const MAX_DIGITS = 40;
// the longest text that can hold MAX_DIGITS digits with separators, a sign and a point
const MAX_TEXT = MAX_DIGITS + Math.ceil(MAX_DIGITS / 3) + 2;

function tooLong(): Msg {
  return errorText('ACTUALS_VALUE', 'digits', { max: MAX_DIGITS });
}

/** Returns the number in `text` (null when the text is blank, which means missing), or why it is not one. */
export function parseDecimalText(text: string): ParsedNumber | NumberError | null {
  const s = toHalfWidth(text).trim();
  if (s === '') return null;
  let body = s;
  const percent = body.endsWith('%');
  const wan = body.endsWith('万');
  if (percent || wan) body = body.slice(0, -1).trimEnd();
  if (body.length > MAX_TEXT) return { error: tooLong() };
  const m = VALID.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { error: explainInvalid(body) };
  if ((m[2]?.length ?? 0) + (m[3]?.length ?? 0) > MAX_DIGITS) return { error: tooLong() };
  const digits = `${m[1] === '-' ? '-' : ''}${(m[2] ?? '0').replace(/,/g, '')}${m[3] === undefined ? '' : `.${m[3]}`}`;
  return { value: decimalOf(digits), percent, wan };
}

/**
 * Returns the value of a plain figure (digits with at most one point and digits after it, at most 15 characters:
 * 5815, 0042, 4.30, .5) and its plain text as toPlain writes it (5815, 42, 4.3, 0.5), worked out from the text
 * itself; undefined for any other text. For such a text parseDecimalText gives this same value, as neither a
 * percentage nor in 万 (test/load/number-plain.test.ts holds both to it).
 */
export function plainFigure(text: string): { value: D; plain: string } | undefined {
  const length = text.length;
  if (length === 0 || length > 15) return undefined;
  let point = -1;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point === -1 && i < length - 1) point = i;
    else if (c < 48 || c > 57) return undefined;
  }
  // the integer part without its leading zeros, the fraction without its trailing ones
  let from = 0;
  const whole = point === -1 ? length : point;
  while (from < whole && text.charCodeAt(from) === 48) from++;
  let to = length;
  if (point !== -1) {
    while (to > point + 1 && text.charCodeAt(to - 1) === 48) to--;
    if (to === point + 1) to = point;
  }
  const integer = from === whole ? '0' : text.slice(from, whole);
  if (to > whole) {
    const plain = `${integer}${text.slice(whole, to)}`;
    return { value: decimalOf(plain), plain };
  }
  // A whole number below 10^7 is one digit word: decimal.js's constructor takes it from the integer as it is (no
  // text parsed, no float: every such integer is exact), with the same sign, exponent and word as from its text.
  if (whole - from <= 7) {
    let n = 0;
    for (let i = from; i < whole; i++) n = n * 10 + text.charCodeAt(i) - 48;
    return { value: new D(n), plain: integer };
  }
  return { value: decimalOf(integer), plain: integer };
}

/** Returns the exact Decimal of a decimal text, held in as little memory as decimal.js allows. */
export function decimalOf(text: string): D {
  // Parsing grows a Decimal's digit array as it reads, to room for 17 groups of digits; a copy holds
  // only the groups it has: 128 bytes a value instead of 248, and a national sheet holds 433,200.
  // The copy is what new D(value) makes of its digits (`d`, a documented property), without a second Decimal.
  const value = new D(text);
  if (value.d !== null) (value as unknown as { d: number[] }).d = value.d.slice();
  return value;
}

// Full-width forms (１２，３４５．６％) are what a Chinese input method types; U+2212 is the typeset minus.
function toHalfWidth(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text; // nothing full-width to fold
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u2212/g, '-');
}

// The most specific reason first, so that the clerk learns what to change.
function explainInvalid(body: string): Msg {
  if (/^[+-]?(nan|inf|infinity)$/i.test(body)) {
    return errorText('ACTUALS_VALUE', 'not_a_number', { text: body });
  }
  if (/^[+-]?[\d.,]*\d[eE][+-]?\d+$/.test(body)) {
    return errorText('ACTUALS_VALUE', 'exponent');
  }
  if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(body)) {
    return errorText('ACTUALS_VALUE', 'separators');
  }
  if (/^[+-]?\d+\.$/.test(body)) {
    return errorText('ACTUALS_VALUE', 'point');
  }
  const lead = /^[+-]?[\d.,]*\d/.exec(body);
  if (lead && lead[0].length < body.length) {
    const rest = body.slice(lead[0].length).trim();
    return errorText('ACTUALS_VALUE', 'trailing', { rest });
  }
  return errorText('ACTUALS_VALUE', 'not_decimal');
}

type Family =
  | 'persons'
  | 'person_times'
  | 'households'
  | 'items'
  | 'firms'
  | 'times'
  | 'yuan'
  | 'percent'
  | 'days'
  | 'articles'
  | 'points';

/** A unit of measure as a family of quantities and its size in the family's base unit. */
export interface Measure {
  readonly family: Family;
  readonly scale: D;
}

const BASES = new Map<string, Family>([
  ['人', 'persons'],
  ['名', 'persons'],
  ['人次', 'person_times'],
  ['户', 'households'],
  ['个', 'items'],
  ['家', 'firms'],
  ['次', 'times'],
  ['元', 'yuan'],
  ['天', 'days'],
  ['项', 'items'],
  ['篇', 'articles'],
  ['分', 'points'],
]);
const ONE = new D(1);

// The measures of the units of measure met so far: a figure is converted through two of them.
const MEASURES = new Map<string, Measure | undefined>();

/**
 * Returns the measure of a unit of measure (人, 万人, 万元, %, also 万户 and the like), or undefined when it is not one.
 * The object is shared by every caller that asks for the same unit: read it, never change it.
 */
export function measureOf(unit: string): Measure | undefined {
  if (MEASURES.has(unit)) return MEASURES.get(unit);
  const measure = readMeasure(unit);
  // A column header's unit is the clerk's text: the few real ones are kept, not every one ever written.
  if (MEASURES.size < 256) MEASURES.set(unit, measure);
  return measure;
}

function readMeasure(unit: string): Measure | undefined {
  const u = toHalfWidth(unit).trim();
  if (u === '%') return { family: 'percent', scale: ONE };
  const wan = u.startsWith('万');
  const family = BASES.get(wan ? u.slice(1) : u);
  return family === undefined ? undefined : { family, scale: wan ? TEN_THOUSAND : ONE };
}

/**
 * Returns the value in the indicator's unit of measure, given the unit it was written in (a column's, else the
 * indicator's own), or why it cannot convert.
 */
export function convertQuantity(
  n: ParsedNumber,
  indicatorUnit: MeasureUnit,
  writtenIn?: string,
): { value: D } | NumberError {
  const target = measureOf(indicatorUnit);
  const written = writtenIn === undefined ? target : measureOf(writtenIn);
  if (target === undefined || written === undefined) {
    return { error: errorText('ACTUALS_UNIT_MISMATCH', 'unknown', { unit: writtenIn ?? indicatorUnit }) };
  }
  if (written.family !== target.family) return { error: describeMismatch(writtenIn ?? indicatorUnit, indicatorUnit) };
  if (n.percent && target.family !== 'percent') {
    return { error: errorText('ACTUALS_UNIT_MISMATCH', 'percent', { unit: indicatorUnit }) };
  }
  if (target.family === 'percent') {
    if (n.wan) return { error: errorText('ACTUALS_UNIT_MISMATCH', 'wan_percent') };
    return { value: n.value };
  }
  // 万 is a count of ten thousand base units (12.5万 = 125000 人 = 12.5 万人), whatever the column says.
  if (!n.wan && written.scale.eq(target.scale)) return { value: n.value }; // the same unit: nothing to convert
  const base = n.wan ? n.value.times(TEN_THOUSAND) : n.value.times(written.scale);
  return { value: base.dividedBy(target.scale) };
}

/** Returns the message for a value written in one unit of measure that cannot become another. */
export function describeMismatch(written: string, indicatorUnit: string): Msg {
  return errorText('ACTUALS_UNIT_MISMATCH', 'message', { written, unit: indicatorUnit });
}

const STORED = /^-?\d+(\.\d+)?([eE][-+]?\d{1,3})?$/;

/**
 * Returns the number a spreadsheet stored in a cell's <v> (the text Excel, WPS or LibreOffice writes: 6184, 4.3,
 * 1.5E-5), as strict as parseDecimalText with only the exponent form writers use added, kept to 15 significant digits
 * as Excel shows it; or why the text is no finite decimal (NaN, Infinity, 1e400, 4,3, 6,184, 0x10: a hand-made or
 * damaged file).
 */
export function parseStoredNumber(text: string): ParsedNumber | NumberError {
  const t = text.trim();
  const m = STORED.exec(t);
  if (m === null) return { error: explainInvalid(t) };
  const exponent = m[2] === undefined ? 0 : Number(m[2].slice(1));
  if (exponent > 308 || exponent < -324) return { error: errorText('ACTUALS_VALUE', 'stored_range', { text: t }) };
  return { value: decimalOf(t).toSignificantDigits(15), percent: false, wan: false };
}
