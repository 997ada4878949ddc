// Decimal text as clerks type it (12,345 / １２，３４５ / 4.3% / 12.5万), read exactly: every value
// is built from its digits, never through a JS number, and units of measure convert with 万 = 10 000.
import { D, TEN_THOUSAND } from '../decimal.js';
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

/** Returns the number in `text` (null when the text is blank, which means missing), or why it is not one. */
export function parseDecimalText(text: string): ParsedNumber | NumberError | null {
  const s = toHalfWidth(text).trim();
  if (s === '') return null;
  let body = s;
  const percent = body.endsWith('%');
  const wan = body.endsWith('万');
  if (percent || wan) body = body.slice(0, -1).trimEnd();
  const m = VALID.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { error: explainInvalid(body) };
  const digits = `${m[1] === '-' ? '-' : ''}${(m[2] ?? '0').replace(/,/g, '')}${m[3] === undefined ? '' : `.${m[3]}`}`;
  return { value: decimalOf(digits), percent, wan };
}

/** Returns the exact Decimal of a decimal text, held in as little memory as decimal.js allows. */
export function decimalOf(text: string): D {
  // Parsing grows a Decimal's digit array as it reads, to room for 17 groups of digits; a copy holds
  // only the groups it has: 128 bytes a value instead of 248, and a national sheet holds 433,200.
  return new D(new D(text));
}

// Full-width forms (１２，３４５．６％) are what a Chinese input method types; U+2212 is the typeset minus.
function toHalfWidth(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text; // nothing full-width to fold
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u2212/g, '-');
}

// The most specific reason first, so that the clerk learns what to change.
function explainInvalid(body: string): Msg {
  if (/^[+-]?(nan|inf|infinity)$/i.test(body)) {
    return { en: `"${body}" is not a number`, zh: `"${body}" 不是数字` };
  }
  if (/^[+-]?[\d.,]*\d[eE][+-]?\d+$/.test(body)) {
    return {
      en: 'exponent notation (1e5) is not accepted: write the number out in full',
      zh: '不接受科学计数法(如 1e5):请写出完整数字',
    };
  }
  if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(body)) {
    return {
      en: 'thousands separators must group three digits (12,345); a comma is not a decimal point (write 4.3, not 4,3)',
      zh: '千分位逗号须每三位一组(如 12,345);逗号不能作小数点(应写 4.3 而非 4,3)',
    };
  }
  if (/^[+-]?\d+\.$/.test(body)) {
    return { en: 'a decimal point must be followed by digits', zh: '小数点后须有数字' };
  }
  const lead = /^[+-]?[\d.,]*\d/.exec(body);
  if (lead && lead[0].length < body.length) {
    const rest = body.slice(lead[0].length).trim();
    return { en: `unexpected text "${rest}" after the number`, zh: `数字后有多余文字 "${rest}"` };
  }
  return { en: 'not a decimal number', zh: '不是十进制数字' };
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
  family: Family;
  scale: D;
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

/** Returns the measure of a unit of measure (人, 万人, 万元, %, also 万户 and the like), or undefined when it is not one. */
export function measureOf(unit: string): Measure | undefined {
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
    return {
      error: {
        en: `unknown unit of measure "${writtenIn ?? indicatorUnit}"`,
        zh: `未知的计量单位 "${writtenIn ?? indicatorUnit}"`,
      },
    };
  }
  if (written.family !== target.family) return { error: describeMismatch(writtenIn ?? indicatorUnit, indicatorUnit) };
  if (n.percent && target.family !== 'percent') {
    return {
      error: { en: `a percentage cannot be a value in ${indicatorUnit}`, zh: `以${indicatorUnit}计的指标不能填百分数` },
    };
  }
  if (target.family === 'percent') {
    if (n.wan) return { error: { en: 'a 万 suffix cannot apply to a percentage', zh: '百分数不能带"万"字' } };
    return { value: n.value };
  }
  // 万 is a count of ten thousand base units (12.5万 = 125000 人 = 12.5 万人), whatever the column says.
  if (!n.wan && written.scale.eq(target.scale)) return { value: n.value }; // the same unit: nothing to convert
  const base = n.wan ? n.value.times(TEN_THOUSAND) : n.value.times(written.scale);
  return { value: base.dividedBy(target.scale) };
}

/** Returns the message for a value written in one unit of measure that cannot become another. */
export function describeMismatch(written: string, indicatorUnit: string): Msg {
  return {
    en: `a value in ${written} cannot be converted to ${indicatorUnit}, the indicator's unit of measure`,
    zh: `以${written}计的数值不能换算为该指标的计量单位${indicatorUnit}`,
  };
}
