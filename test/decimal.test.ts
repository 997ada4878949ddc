import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, D, maxOf, median, minOf, minus, sumOf, toPlain, toShown, ZERO } from '../src/decimal.js';

describe('D', () => {
  it('keeps 5.23 万 as exactly 52300 persons', () => {
    expect(toPlain(new D('5.23').times(10000))).toBe('52300');
  });
  it('rounds 4.35 at one decimal half-up to 4.4', () => {
    expect(toPlain(new D('4.35').toDecimalPlaces(1))).toBe('4.4');
  });
  it('never prints exponents or negative zero', () => {
    expect(toPlain(new D('0.00000001'))).toBe('0.00000001');
    expect(toPlain(new D('1e30'))).toBe('1000000000000000000000000000000');
    expect(toPlain(new D('-0'))).toBe('0');
  });
});

describe('toShown', () => {
  it.each([
    // an average of 4.1, 4.0 and 4.0 is 12.1 / 3 = 4.0333…: shown at 4 places
    [new D('12.1').dividedBy(3), '4.0333'],
    // 2/3 rounds half-up at the 4th place: 0.66666… → 0.6667
    [new D(2).dividedBy(3), '0.6667'],
    // what a person wrote is shown exactly, however many places it has
    [new D('0.000123456789'), '0.000123456789'],
    [new D('52300'), '52300'],
    // a quotient that ends is exact: 1/8
    [new D(1).dividedBy(8), '0.125'],
    // 4/3 − 1.3333 = 0.0000333…: rounded to 4 places it would read 0; four significant digits instead
    [new D(4).dividedBy(3).minus('1.3333'), '0.00003333'],
  ])('shows %s as %s', (value, shown) => {
    expect(toShown(value)).toBe(shown);
  });
});

describe('median', () => {
  it('is the lower middle value, exactly, and undefined for none', () => {
    const of = (...xs: string[]) => median(xs.map((x) => new D(x)))?.toFixed();
    expect(of('4.3', '0.043', '4.5')).toBe('4.3');
    expect(of('4', '3', '2', '1')).toBe('2'); // the lower of 2 and 3, never their average 2.5
    expect(of()).toBeUndefined();
  });
});

describe('compare', () => {
  const cmp = (a: string, b: string) => compare(new D(a), new D(b));
  it('orders exact values by sign, exponent, digits and length', () => {
    expect(cmp('1.5', '1.50')).toBe(0);
    expect(cmp('0', '-0')).toBe(0);
    expect(cmp('-2', '-10')).toBe(1); // -2 > -10 though 2 < 10
    expect(cmp('0.1', '0')).toBe(1);
    expect(cmp('0', '0.1')).toBe(-1);
    expect(cmp('-0.1', '0')).toBe(-1);
    expect(cmp('10000000', '9999999.99999999')).toBe(1); // one more base-1e7 group
    expect(cmp('1.00000001', '1.0000001')).toBe(-1); // the same first group, the second decides
    expect(cmp('123.456', '123.4560000001')).toBe(-1); // only the second is longer
    expect(cmp('-123.4560000001', '-123.456')).toBe(-1);
  });
  it('agrees with comparedTo on every pair of a set of tricky values', () => {
    const texts = ['0', '-0', '1', '-1', '0.0000001', '1e-8', '9999999', '10000000', '12345678.9', '-12345678.91'];
    const values = [...texts, 'Infinity', '-Infinity', 'NaN'].map((t) => new D(t));
    for (const a of values)
      for (const b of values) expect(Object.is(compare(a, b), a.comparedTo(b)), `${a} vs ${b}`).toBe(true);
  });
});

// Decimals of every shape the fast paths must treat as decimal.js does: integers, fractions, signs, zeros (-0 too),
// 1 to 71 digits (sums around 60 digits often), exponents far apart. Built from digit texts, never from floats.
const decimalArb = fc
  .record({
    sign: fc.constantFrom('', '', '', '-'),
    digits: fc.oneof(
      fc.stringMatching(/^[0-9]{1,9}$/),
      fc.stringMatching(/^[1-9][0-9]{40,70}$/),
      fc.stringMatching(/^[1-9][0-9]{54,61}$/),
    ),
    exponent: fc.oneof(fc.integer({ min: -12, max: 12 }), fc.integer({ min: -90, max: 90 })),
  })
  .map(({ sign, digits, exponent }) => new D(`${sign}${digits}e${exponent}`));

describe('compare, maxOf, minOf', () => {
  it('agree with decimal.js cmp, max and min (the same value, the same sign of a zero)', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        expect(compare(a, b)).toBe(a.cmp(b));
        expect(compare(a, a)).toBe(0);
        for (const [fast, slow] of [
          [maxOf(a, b), D.max(a, b)],
          [minOf(a, b), D.min(a, b)],
        ] as const) {
          expect(fast.eq(slow)).toBe(true);
          expect(fast.isNeg()).toBe(slow.isNeg());
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('tell 0 from -0 as decimal.js does: equal, and max(-0, 0) is 0', () => {
    const negZero = new D('-0');
    expect(compare(negZero, ZERO)).toBe(0);
    expect(maxOf(negZero, ZERO).isNeg()).toBe(false);
    expect(minOf(ZERO, negZero).isNeg()).toBe(true);
  });
});

describe('toPlain', () => {
  it("is decimal.js's toFixed (and '0' for either zero) for whole numbers below 10^7 and any other value", () => {
    const whole = fc
      .tuple(fc.constantFrom('', '-'), fc.integer({ min: 0, max: 9_999_999 }))
      .map(([sign, n]) => new D(`${sign}${n}`));
    const edge = fc
      .constantFrom('0', '-0', '9999999', '10000000', '-10000000', '1e6', '0.5', '1e-7')
      .map((t) => new D(t));
    fc.assert(
      fc.property(fc.oneof(whole, whole, edge, decimalArb), (v) => {
        expect(toPlain(v)).toBe(v.isZero() ? '0' : v.toFixed());
      }),
      { numRuns: 5000 },
    );
  });
});

describe('minus', () => {
  it("is decimal.js's a.minus(b), sign of a zero included, for whole numbers below 10^7 and any other value", () => {
    const whole = fc
      .tuple(fc.constantFrom('', '-'), fc.integer({ min: 0, max: 9_999_999 }))
      .map(([sign, n]) => new D(`${sign}${n}`));
    const edge = fc.constantFrom('0', '-0', '9999999', '-9999999', '10000000', '0.5', '1e6').map((t) => new D(t));
    const any = fc.oneof(whole, whole, edge, decimalArb);
    fc.assert(
      fc.property(any, any, (a, b) => {
        const fast = minus(a, b);
        const slow = a.minus(b);
        expect([fast.s, fast.e, fast.d]).toEqual([slow.s, slow.e, slow.d]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sumOf', () => {
  const chain = (values: D[]) => values.reduce((t, v) => t.plus(v), ZERO);
  it("is decimal.js's chain of plus to the last digit, rounding at 60 digits included", () => {
    fc.assert(
      fc.property(fc.array(decimalArb, { maxLength: 12 }), (values) => {
        const fast = sumOf(values);
        const slow = chain(values);
        expect(fast.toFixed()).toBe(slow.toFixed());
        expect(fast.isNeg()).toBe(slow.isNeg());
      }),
      { numRuns: 3000 },
    );
  });
  it('is the chain for whole numbers below 10^7 (added as floats) mixed with any other value, in any order', () => {
    const whole = fc.integer({ min: 0, max: 9_999_999 }).map((n) => new D(String(n)));
    const edge = fc.constantFrom('0', '-0', '9999999', '10000000', '1e6', '0.5', '-1', '1e59').map((t) => new D(t));
    fc.assert(
      fc.property(fc.array(fc.oneof(whole, whole, whole, edge, decimalArb), { maxLength: 14 }), (values) => {
        const fast = sumOf(values);
        const slow = chain(values);
        expect(fast.toFixed()).toBe(slow.toFixed());
        expect(fast.isNeg()).toBe(slow.isNeg());
        expect([fast.e, fast.d]).toEqual([slow.e, slow.d]);
      }),
      { numRuns: 3000 },
    );
  });
  it('rounds where decimal.js does when the sum crosses 60 digits', () => {
    const near = fc
      .tuple(fc.stringMatching(/^[1-9][0-9]{55,60}$/), fc.integer({ min: -8, max: 8 }))
      .map(([digits, exponent]) => new D(`${digits}e${exponent}`));
    fc.assert(
      fc.property(fc.array(near, { minLength: 2, maxLength: 6 }), (values) => {
        expect(sumOf(values).toFixed()).toBe(chain(values).toFixed());
      }),
      { numRuns: 1000 },
    );
  });
  it.each([
    // 52300 + 4.35 + 0.0000001: three scales of digit words
    [['52300', '4.35', '0.0000001'], '52304.3500001'],
    // 0.1 + 0.2 is exactly 0.3, unlike floats
    [['0.1', '0.2'], '0.3'],
    // 59 nines + 1 is 10^59: 60 digits, still exact
    [['9'.repeat(59), '1'], `1${'0'.repeat(59)}`],
    // 10^59 + 0.5 has 61 digits: rounded half-up to 60, as decimal.js does, it is 10^59 + 1
    [[`1${'0'.repeat(59)}`, '0.5'], `1${'0'.repeat(58)}1`],
    // a negative value: decimal.js goes on from the sum so far
    [['10', '-2.5', '1'], '8.5'],
    [[], '0'],
  ])('adds %j to %s', (values, total) => {
    expect(toPlain(sumOf(values.map((v) => new D(v))))).toBe(total);
    expect(toPlain(chain(values.map((v) => new D(v))))).toBe(total);
  });
});
