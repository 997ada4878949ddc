// The one Decimal constructor of the program: exact decimal arithmetic for every comparison and
// every yuan. Build Decimals from text, never from a float (new Decimal(0.1 + 0.2) keeps the float's error).
import { Decimal } from 'decimal.js';

/** Decimal with 60 significant digits and half-up rounding (四舍五入), exponents never printed. */
export const D = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
/** An exact decimal value. */
export type D = Decimal;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);
export const TEN_THOUSAND = new D(10000);

/**
 * Returns the median of exact values: the lower of the two middle ones for an even count (so it is always one of the
 * values, never an average), undefined for none. Used to judge one unit's figure against its siblings'.
 */
export function median(values: readonly Decimal[]): Decimal | undefined {
  if (values.length === 0) return undefined;
  return [...values].sort((a, b) => a.comparedTo(b))[Math.floor((values.length - 1) / 2)];
}

/** Returns the plain decimal text of a Decimal ("52300", "4.4", "-0.5"), never exponent notation or "-0". */
export function toPlain(d: Decimal): string {
  if (d.isZero()) return '0';
  return d.toFixed();
}

/** Decimal places beyond which a value can only be an unending quotient (an average, a pro-rata target, a rate). */
const SHOWN_MAX_PLACES = 12;
/** The places such a quotient is shown with. */
export const SHOWN_PLACES = 4;

/**
 * Returns the text a result shows for a compared value: exact when it has an exact decimal form a
 * person could have written, else (1/3, an average of three years) rounded half-up to 4 places.
 * Only the shown text is rounded: every comparison is made on the full value before this.
 */
export function toShown(d: Decimal): string {
  if (d.decimalPlaces() <= SHOWN_MAX_PLACES) return toPlain(d);
  const rounded = d.toDecimalPlaces(SHOWN_PLACES, Decimal.ROUND_HALF_UP);
  // a tiny non-zero difference must not read as 0: keep four significant digits of it instead
  return toPlain(rounded.isZero() ? d.toSignificantDigits(SHOWN_PLACES, Decimal.ROUND_HALF_UP) : rounded);
}

/**
 * Returns -1, 0 or 1 as `a` is less than, equal to or greater than `b`: exactly what `a.comparedTo(b)` returns, without
 * the copy of `b` (and of its digits) that comparedTo makes on every call. Reads the documented `d`, `e` and `s` of a
 * Decimal (its base-1e7 digits, exponent and sign); NaN and ±Infinity go to comparedTo itself.
 */
export function compare(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  if (ad === null || bd === null || Number.isNaN(a.s) || Number.isNaN(b.s)) return a.comparedTo(b);
  if (!ad[0] || !bd[0]) return ad[0] ? a.s : bd[0] ? -b.s : 0;
  if (a.s !== b.s) return a.s;
  const flip = a.s < 0 ? -1 : 1;
  if (a.e !== b.e) return a.e > b.e ? flip : -flip;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! ? flip : -flip;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? flip : -flip;
}
