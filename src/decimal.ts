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
  const words = d.d;
  // A whole number below 10^7 is its one digit word (e 0…6), whose text is the number's: no digit string is built.
  if (words && words.length === 1 && d.e >= 0 && d.e < 7) return words[0] === 0 ? '0' : String(d.s * words[0]!);
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

// decimal.js copies the argument of every plus and comparison (`new Decimal(y)`, its digits sliced) and D.max/D.min
// copy both values: 0.4 s of a national run. What follows reads a Decimal's documented fields (d: base-1e7 digit
// words, e: decimal exponent, s: sign) to compare and add without those copies, and gives exactly decimal.js's
// results (test/decimal.test.ts holds them to decimal.js's own, property by property).

/** Returns the sign of a − b (−1, 0 or 1), exactly as `a.cmp(b)`, without copying b. */
export function compare(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  // NaN and ±Infinity (d null) never occur in a plan's arithmetic; decimal.js says what they compare as.
  if (!ad || !bd) return a.cmp(b);
  if (!ad[0] || !bd[0]) return ad[0] ? a.s : bd[0] ? -b.s : 0;
  if (a.s !== b.s) return a.s;
  const sign = a.s;
  if (a.e !== b.e) return a.e > b.e ? sign : -sign;
  const n = ad.length < bd.length ? ad.length : bd.length;
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return (ad[i]! > bd[i]! ? 1 : -1) * sign;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? sign : -sign;
}

/** Returns the greater of a and b (one of them, not a copy); for equal values the one D.max(a, b) returns. */
export function maxOf(a: Decimal, b: Decimal): Decimal {
  const k = compare(a, b);
  return k < 0 || (k === 0 && a.s < 0) ? b : a;
}

/** Returns the lesser of a and b (one of them, not a copy); for equal values the one D.min(a, b) returns. */
export function minOf(a: Decimal, b: Decimal): Decimal {
  const k = compare(a, b);
  return k > 0 || (k === 0 && a.s > 0) ? b : a;
}

/**
 * Returns a − b, exactly as `a.minus(b)`. Whole numbers below 10^7 (one digit word: most counts and targets) are
 * subtracted as floats, exactly, without decimal.js's copy of b (a zero keeps the sign decimal.js gives it).
 */
export function minus(a: Decimal, b: Decimal): Decimal {
  const ad = a.d;
  const bd = b.d;
  if (ad && bd && ad.length === 1 && bd.length === 1 && a.e >= 0 && a.e < 7 && b.e >= 0 && b.e < 7) {
    // Float subtraction of zeros gives IEEE 754's signs (−0 − 0 = −0, 0 − 0 = 0), as decimal.js does.
    const difference = a.s * ad[0]! - b.s * bd[0]!;
    return Object.is(difference, 0) ? ZERO : new D(difference);
  }
  return a.minus(b);
}

/** The most a sum of whole numbers may be before one more below 10^7 could pass 2^53 − 1, the last exact integer. */
const SMALL_LIMIT = Number.MAX_SAFE_INTEGER - 9_999_999;
/** 10^60: a running sum below it, in its smallest word's units, has at most D.precision (60) digits. */
const DIGITS_LIMIT = 10n ** 60n;
const WORD = 10000000n;
/** WORD^0 … WORD^9. */
const POWERS = Array.from({ length: 10 }, (_, i) => WORD ** BigInt(i));

/**
 * A running sum of exact values, equal to `ZERO.plus(v1).plus(v2)…` in decimal.js, to the last digit and the
 * rounding. While every value is a whole number below 10^7 the sum is a float, exact (most counts of a plan); then
 * non-negative values are added as one integer of their smallest digit word's units (a BigInt) while the
 * sum has at most 60 digits (every count, amount and point of a plan): 8–15× faster than decimal.js, which copies
 * each operand. A negative value, or a sum that would pass 60 digits, continues in decimal.js from the exact sum
 * before it, as the chain does.
 */
export class DecimalSum {
  /** The sum as an integer of 10^(7 × scale) units, while it is exact. */
  private units = 0n;
  private scale = Number.POSITIVE_INFINITY;
  /** The sum in decimal.js, once the integer could no longer stand for it. */
  private decimal: Decimal | undefined;

  /**
   * The sum of the values so far while every one was a whole number below 10^7 (one digit word, not negative: most
   * counts of a plan), as a JavaScript number's exact integer (kept below 2^53 by SMALL_LIMIT); then `units` is 0.
   */
  private small = 0;
  private allSmall = true;

  /** Adds a value to the sum. */
  add(value: Decimal): void {
    const d = value.d;
    // A whole number below 10^7 is its one digit word d[0] (e 0…6): added as a float, exact, without a BigInt.
    if (
      this.allSmall &&
      d &&
      d.length === 1 &&
      value.e >= 0 &&
      value.e < 7 &&
      value.s > 0 &&
      this.small < SMALL_LIMIT
    ) {
      this.small += d[0]!;
      return;
    }
    if (this.allSmall) this.leaveSmall();
    if (this.decimal !== undefined) {
      this.decimal = this.decimal.plus(value);
      return;
    }
    if (!d || value.s < 0) return this.inDecimal(value);
    // d[i] is worth 1e7^(floor(e / 7) − i): the last word's power is the value's scale.
    const scale = Math.floor(value.e / 7) - d.length + 1;
    let words = BigInt(d[0]!);
    for (let i = 1; i < d.length; i++) words = words * WORD + BigInt(d[i]!);
    let units = this.units;
    // Both to the smaller scale; a shift of more than 9 words (63 digits) is past 60 digits anyway.
    const shift = scale - this.scale;
    if (shift < 0 && units !== 0n) {
      if (shift < -9) return this.inDecimal(value);
      units *= POWERS[-shift]!;
    } else if (shift > 0 && words !== 0n) {
      if (shift > 9) return this.inDecimal(value);
      words *= POWERS[shift]!;
    }
    units += words;
    // Past 60 digits decimal.js rounds the sum: it goes on from the exact sum before this value, as the chain does.
    if (units >= DIGITS_LIMIT) return this.inDecimal(value);
    this.units = units;
    if (scale < this.scale) this.scale = scale;
  }

  // The whole numbers so far become the integer sum (units 0 until now): exact, far below 60 digits.
  private leaveSmall(): void {
    this.allSmall = false;
    if (this.small === 0) return;
    this.units = BigInt(this.small);
    this.scale = 0;
  }

  // Goes on in decimal.js from the exact sum so far: what the chain of plus holds at this point.
  private inDecimal(value: Decimal): void {
    this.decimal = this.value().plus(value);
  }

  /** Returns the sum (0 for no values). */
  value(): Decimal {
    if (this.allSmall) return this.small === 0 ? ZERO : new D(this.small);
    if (this.decimal !== undefined) return this.decimal;
    if (this.units === 0n) return ZERO;
    return new D(this.scale === 0 ? this.units.toString() : `${this.units}e${7 * this.scale}`);
  }
}

/** Returns the sum of the values, exactly as decimal.js's `ZERO.plus(v1).plus(v2)…` (see DecimalSum). */
export function sumOf(values: Iterable<Decimal>): Decimal {
  const sum = new DecimalSum();
  for (const v of values) sum.add(v);
  return sum.value();
}
