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

/** Returns the plain decimal text of a Decimal ("52300", "4.4", "-0.5"), never exponent notation or "-0". */
export function toPlain(d: Decimal): string {
  if (d.isZero()) return '0';
  return d.toFixed();
}
