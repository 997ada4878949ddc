import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGrowth, compareGrowthTarget, growthRate } from '../../src/core/growth.js';
import { D, toPlain } from '../../src/decimal.js';
import { makeIndicator } from './make-plan.js';

describe('growthRate', () => {
  it.each([
    // 10000 × 1.11^4 = 10000 × 1.51807041 = 15180.7041: exactly 11 %
    ['11 % over four years, exactly', '10000', '15180.7041', 4, 2, '11'],
    // 100 × 1.1^2 = 121
    ['10 % over two years', '100', '121', 2, 2, '10'],
    // 100 → 200 in one year is +100 %
    ['doubling in one year', '100', '200', 1, 2, '100'],
    // 100 × 0.9^2 = 81
    ['a fall of 10 % a year', '100', '81', 2, 2, '-10'],
    // √1.2 = 1.0954451…: 9.54451… % → 9.54 at 2 decimals, 9.5 at 1
    ['an irrational rate at 2 decimals', '100', '120', 2, 2, '9.54'],
    ['an irrational rate at 1 decimal', '100', '120', 2, 1, '9.5'],
    // 0.5 % exactly: half-up to 0 decimals is 1
    ['a tie rounds half up', '100', '100.5', 1, 0, '1'],
    // −0.5 % exactly: half-up rounds ties away from zero, to −1
    ['a negative tie rounds away from zero', '100', '99.5', 1, 0, '-1'],
    // no change is 0 %
    ['no growth', '5000', '5000', 3, 2, '0'],
    // end 0 is −100 %
    ['falling to nothing', '5000', '0', 3, 2, '-100'],
  ])('%s', (_name, base, end, n, decimals, expected) => {
    expect(toPlain(growthRate(new D(base), new D(end), n, decimals))).toBe(expected);
  });
});

describe('compareGrowth', () => {
  it.each([
    ['equal at exactly 11 % over four years', '15180.7041', '11', 0],
    ['below by one ten-thousandth of the end value', '15180.7040', '11', -1],
    ['above by one ten-thousandth of the end value', '15180.7042', '11', 1],
  ])('is %s', (_name, end, rate, sign) => {
    expect(compareGrowth(new D('10000'), new D(end), 4, new D(rate))).toBe(sign);
  });

  // 1.08^30 = 108^30 / 100^30; 108^30 = 10062656889073430111910396911109936282712980852099973040308224
  // (62 digits, worked with Python integers): more digits than D's 60.
  const exact108 = '10.062656889073430111910396911109936282712980852099973040308224';
  it('D alone would round 1.08^30, so the power domain needs its own exact products', () => {
    expect(new D('1.08').pow(30).eq(new D(exact108))).toBe(false);
  });
  it('finds 8 % over 30 years exactly at 1.08^30 (62 digits)', () => {
    expect(compareGrowth(new D('1'), new D(exact108), 30, new D('8'))).toBe(0);
  });
});

describe('compareGrowth against integer arithmetic', () => {
  // rate >= k/100 % ⟺ end × 100^n >= base × (100 + k/100)^n ⟺ end × 10000^n >= base × (10000 + k)^n: in BigInts,
  // with n changing between calls (the powers of 100 are made once per n).
  it('gives the sign of end × 10000^n − base × (10000 + k)^n for any base, end, k and n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -9_999, max: 30_000 }),
        fc.integer({ min: 1, max: 8 }),
        (base, end, k, n) => {
          const left = BigInt(end) * 10000n ** BigInt(n);
          const right = BigInt(base) * BigInt(10000 + k) ** BigInt(n);
          const sign = left === right ? 0 : left > right ? 1 : -1;
          expect(compareGrowth(new D(base), new D(end), n, new D(k).dividedBy(100))).toBe(sign);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('compareGrowthTarget', () => {
  const growth = (precision?: number, direction: 'at_least' | 'at_most' | 'approx' = 'at_least', tolerance?: string) =>
    makeIndicator({
      id: 'g',
      unit: '%',
      direction,
      overPeriod: 'growth',
      ...(precision !== undefined && { precision }),
      ...(tolerance !== undefined && { tolerance }),
    });
  it.each([
    ['meets 11 % reached exactly', growth(), '15180.7041', 'met', '11', '0'],
    // 15180.7040 is a hair under 1.11^4: missed, although the rate shown at 2 decimals is 11.00
    ['misses 11 % by a hair although the shown rate is 11', growth(), '15180.7040', 'missed', '11', '0'],
    // with precision 2 the rounded rate is what is compared: 11.00 >= 11
    ['meets 11 % by a hair under precision 2', growth(2), '15180.7040', 'met', '11', '0'],
    // 10000 × 1.1^4 = 14641: 10 % a year, 1 short of 11
    ['misses 11 % at 10 %', growth(), '14641', 'missed', '10', '-1'],
    ['meets an at_most 11 % at 10 %', growth(undefined, 'at_most'), '14641', 'met', '10', '1'],
    // approx 11 ± 1: 10 % is at the lower edge
    ['meets an approx 11 ± 1 at 10 %', growth(undefined, 'approx', '1'), '14641', 'met', '10', '-1'],
    // 10000 × 1.09^4 = 14115.8161: 9 %, below 11 − 1
    ['misses an approx 11 ± 1 at 9 %', growth(undefined, 'approx', '1'), '14115.8161', 'missed', '9', '-2'],
  ])('%s', (_name, indicator, end, status, actual, surplus) => {
    const c = compareGrowthTarget(indicator, new D('11'), new D('10000'), new D(end), 4);
    expect({ status: c.status, actual: toPlain(c.actual), surplus: toPlain(c.surplus) }).toEqual({
      status,
      actual,
      surplus,
    });
  });
});
