import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValue, roundTo, toleranceBounds } from '../../src/core/compare.js';
import { D, toPlain } from '../../src/decimal.js';
import { makeIndicator } from './make-plan.js';
import type { IndicatorSpec } from './make-plan.js';

function compare(spec: Omit<IndicatorSpec, 'id'>, target: string, actual: D | string) {
  const c = compareValue(
    makeIndicator({ id: 'x', ...spec }),
    new D(target),
    typeof actual === 'string' ? new D(actual) : actual,
  );
  return { status: c.status, actual: toPlain(c.actual), surplus: toPlain(c.surplus) };
}

describe('compareValue by direction', () => {
  // surplus: at_least actual − target; at_most target − actual; approx actual − target (signed deviation).
  it.each([
    ['at_least above target', 'at_least', '6000', '6184', 'met', '184'], // 6184 − 6000
    ['at_least exactly on target', 'at_least', '6000', '6000', 'met', '0'],
    ['at_least one short', 'at_least', '6000', '5999', 'missed', '-1'],
    ['at_most under the ceiling', 'at_most', '4.3', '4.2', 'met', '0.1'], // 4.3 − 4.2
    ['at_most exactly at the ceiling', 'at_most', '4.3', '4.3', 'met', '0'],
    ['at_most over the ceiling', 'at_most', '4.3', '4.31', 'missed', '-0.01'], // 4.3 − 4.31
  ] as const)('%s', (_name, direction, target, actual, status, surplus) => {
    expect(compare({ direction }, target, actual)).toEqual({ status, actual, surplus });
  });
});

describe('compareValue for approx', () => {
  it.each([
    // absolute tolerance 0.5 around 10: [9.5, 10.5]
    ['absolute: at the upper edge', '0.5', '10', '10.5', 'met', '0.5'],
    ['absolute: at the lower edge', '0.5', '10', '9.5', 'met', '-0.5'],
    ['absolute: just over the upper edge', '0.5', '10', '10.51', 'missed', '0.51'],
    ['absolute: under the lower edge', '0.5', '10', '9.4', 'missed', '-0.6'],
    // 2% of 2400 = 48: [2352, 2448]
    ['percent: at the upper edge', '2%', '2400', '2448', 'met', '48'],
    ['percent: at the lower edge', '2%', '2400', '2352', 'met', '-48'],
    ['percent: one over', '2%', '2400', '2449', 'missed', '49'],
    ['percent: one under', '2%', '2400', '2351', 'missed', '-49'],
  ] as const)('%s', (_name, tolerance, target, actual, status, surplus) => {
    expect(compare({ direction: 'approx', tolerance }, target, actual)).toEqual({ status, actual, surplus });
  });

  it.each([
    ['2% of 2400 is 48', '2%', '2400', '48'],
    ['2% of a negative target -2400 is still 48', '2%', '-2400', '48'],
    ['an absolute tolerance ignores the target', '0.5', '2400', '0.5'],
  ])('%s', (_name, tolerance, target, expected) => {
    const { below, above } = toleranceBounds(makeIndicator({ id: 'x', direction: 'approx', tolerance }), new D(target));
    expect([below && toPlain(below), above && toPlain(above)]).toEqual([expected, expected]);
  });
});

describe('compareValue for approx with a tolerance per side', () => {
  // Hangzhou: "96%左右", 低于94%不得分 → {below: 2}: met at ≥ 94, no upper limit.
  const hangzhou = { kind: 'sides' as const, below: { kind: 'absolute' as const, value: new D(2) } };
  // {below: 1%, above: 0.5}: around 200, [198, 200.5].
  const uneven = {
    kind: 'sides' as const,
    below: { kind: 'percent' as const, value: new D(1) },
    above: { kind: 'absolute' as const, value: new D('0.5') },
  };
  it.each([
    ['one-sided: exactly 94 meets 96 with below 2', hangzhou, '96', '94', 'met', '-2'],
    ['one-sided: 93.99 misses', hangzhou, '96', '93.99', 'missed', '-2.01'],
    ['one-sided: 100 (far above) meets: no upper limit', hangzhou, '96', '100', 'met', '4'],
    ['uneven: 198 (1% of 200 below) meets', uneven, '200', '198', 'met', '-2'],
    ['uneven: 197.99 misses', uneven, '200', '197.99', 'missed', '-2.01'],
    ['uneven: 200.5 meets', uneven, '200', '200.5', 'met', '0.5'],
    ['uneven: 200.51 misses', uneven, '200', '200.51', 'missed', '0.51'],
  ] as const)('%s', (_name, tolerance, target, actual, status, surplus) => {
    const indicator = { ...makeIndicator({ id: 'x', direction: 'approx' }), tolerance };
    const c = compareValue(indicator, new D(target), new D(actual));
    expect({ status: c.status, surplus: toPlain(c.surplus) }).toEqual({ status, surplus });
  });
});

describe('compareValue with precision', () => {
  it.each([
    // 4.35 half-up at 1 decimal is 4.4 > 4.3: missed by 0.1 (4.3 − 4.4)
    ['4.35 at precision 1 misses an at_most 4.3', 1, 'at_most', '4.3', '4.35', 'missed', '4.4', '-0.1'],
    // 4.34 rounds down to 4.3 = the ceiling
    ['4.34 at precision 1 meets an at_most 4.3', 1, 'at_most', '4.3', '4.34', 'met', '4.3', '0'],
    // 5999.5 half-up at 0 decimals is 6000
    ['5999.5 at precision 0 meets an at_least 6000', 0, 'at_least', '6000', '5999.5', 'met', '6000', '0'],
    // 5999.49 rounds to 5999
    ['5999.49 at precision 0 misses an at_least 6000', 0, 'at_least', '6000', '5999.49', 'missed', '5999', '-1'],
    // the target is rounded too: 90.05 → 90.1, and 90.06 → 90.1 meets it
    ['the target is rounded as well as the actual', 1, 'at_least', '90.05', '90.06', 'met', '90.1', '0'],
  ] as const)('%s', (_name, precision, direction, target, actual, status, shown, surplus) => {
    expect(compare({ direction, precision }, target, actual)).toEqual({ status, actual: shown, surplus });
  });
});

describe('compareValue never meets a float trap', () => {
  it('meets a 5.23 万人 target with an actual of 5.23 万人', () => {
    expect(compare({ unit: '万人' }, '5.23', '5.23')).toEqual({ status: 'met', actual: '5.23', surplus: '0' });
  });
  it('meets a 5.23 万人 target with 52300 persons converted to 万人', () => {
    // 52300 / 10000 = 5.23 exactly in decimals (as a float, 52300 / 10000 happens to be 5.23 too, but 5.23 × 10000 is
    // 52300.00000000001)
    expect(compare({ unit: '万人' }, '5.23', new D('52300').dividedBy(10000))).toEqual({
      status: 'met',
      actual: '5.23',
      surplus: '0',
    });
  });
  it('misses a 5.23 万人 target with 5.2299 万人, by 0.0001 万人', () => {
    // 5.2299 − 5.23 = −0.0001 (one person)
    expect(compare({ unit: '万人' }, '5.23', '5.2299')).toEqual({
      status: 'missed',
      actual: '5.2299',
      surplus: '-0.0001',
    });
  });
  it('meets an at_most 0.3 with 0.1 + 0.2 summed as decimals', () => {
    // as floats 0.1 + 0.2 = 0.30000000000000004 > 0.3 would miss; as decimals it is exactly 0.3
    expect(0.1 + 0.2 > 0.3).toBe(true);
    expect(compare({ direction: 'at_most' }, '0.3', new D('0.1').plus('0.2'))).toEqual({
      status: 'met',
      actual: '0.3',
      surplus: '0',
    });
  });
  it('meets an at_least 0.3 with 0.1 + 0.2 summed as decimals', () => {
    expect(compare({ direction: 'at_least' }, '0.3', new D('0.1').plus('0.2'))).toEqual({
      status: 'met',
      actual: '0.3',
      surplus: '0',
    });
  });
});

describe('roundTo', () => {
  // A value with no more places than the precision is returned as it is: what toDecimalPlaces would give, a copy.
  it('is toDecimalPlaces half-up at the precision, for values with fewer, as many and more places', () => {
    const value = fc
      .tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[0-9]{1,12}$/), fc.integer({ min: -14, max: 6 }))
      .map(([sign, digits, exponent]) => new D(`${sign}${digits}e${exponent}`));
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (v, precision) => {
        const fast = roundTo(makeIndicator({ id: 'r', precision }), v);
        const slow = v.toDecimalPlaces(precision, D.ROUND_HALF_UP);
        expect([fast.s, fast.e, fast.d]).toEqual([slow.s, slow.e, slow.d]);
      }),
      { numRuns: 3000 },
    );
  });
});
