// The quick tests of checkPlausible (issue #16): the digit count decided from the digit words, and a value near its
// target passed on the decimal exponents alone, held to the rules as decimal.js states them (precision(true),
// 100 × target and target / 100 worked out), value by value.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { loadPlan } from '../../src/load/plan.js';
import { checkPlausible, MAX_SIGNIFICANT_DIGITS, nearTarget } from '../../src/load/plausibility.js';
import type { Plan } from '../../src/model.js';

// Positive and negative decimals of 1 to 40 digits at exponents from −40 to 40, zeros too, built from digit text.
const decimalArb = fc
  .record({
    sign: fc.constantFrom('', '', '', '-'),
    digits: fc.oneof(
      fc.stringMatching(/^[0-9]{1,9}$/),
      fc.stringMatching(/^[1-9][0-9]{20,40}$/),
      fc.stringMatching(/^[1-9]0{0,35}$/),
    ),
    exponent: fc.oneof(fc.integer({ min: -8, max: 8 }), fc.integer({ min: -40, max: 40 })),
  })
  .map(({ sign, digits, exponent }) => new D(`${sign}${digits}e${exponent}`));

describe('nearTarget', () => {
  it('is true only where target / 100 < value < 100 × target', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (value, target) => {
        if (nearTarget(value, target)) {
          expect(value.gt(target.dividedBy(100))).toBe(true);
          expect(value.lt(target.times(100))).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });
  it('passes the usual case and not the edges or zero', () => {
    expect(nearTarget(new D(5815), new D(6000))).toBe(true);
    expect(nearTarget(new D('99.99'), new D(1))).toBe(true); // e 1 vs 0
    expect(nearTarget(new D(100), new D(1))).toBe(false); // exactly 100×: decided the long way
    expect(nearTarget(new D('0.01'), new D(1))).toBe(false);
    expect(nearTarget(new D(0), new D(1))).toBe(false);
    expect(nearTarget(new D(-5), new D(6))).toBe(false);
  });
});

describe('the digit count from the digit words', () => {
  it('never passes a value of more than 30 significant digits (trailing zeros of an integer counted)', () => {
    fc.assert(
      fc.property(decimalArb, (value) => {
        if (value.d!.length <= 4 && value.e <= 29) expect(value.precision(true)).toBeLessThanOrEqual(30);
      }),
      { numRuns: 5000 },
    );
  });
});

// The rules of plausibility.ts's header as decimal.js states them, for a count in 人 and a rate in %.
function expected(indicator: 'urban_new_jobs' | 'unemployment_rate', value: D, target: D): string | undefined {
  if (value.precision(true) > MAX_SIGNIFICANT_DIGITS) return 'digits';
  if (indicator === 'unemployment_rate' && (value.gt(100) || value.lt(0))) return 'rate';
  if (value.isNeg() && !value.isZero()) return 'negative';
  if (indicator === 'urban_new_jobs' && !value.isInteger()) return 'fraction';
  if (!target.gt(0) || value.isZero()) return undefined;
  if (indicator === 'unemployment_rate' && target.gt(1) && value.lte(1)) return 'fraction_for_percent';
  if (value.gte(target.times(100))) return 'ratio_high';
  if (value.times(100).lte(target)) return 'ratio_low';
  return undefined;
}

const city = loadPlan(readFileSync('plans/city-2010.yaml', 'utf8'), 'plans/city-2010.yaml').value!.plan;
const unit = city.units.find((u) => u.id === 'chengguan')!;
function verdict(indicator: 'urban_new_jobs' | 'unemployment_rate', value: D, target: D): string | undefined {
  const old = unit.targets.get(indicator)!;
  const targets = new Map(unit.targets).set(indicator, { ...old, value: target });
  const plan: Plan = { ...city, units: [{ ...unit, targets }] };
  const source = { file: 'a.csv', line: 2, col: 5 };
  const { diagnostics, accepted } = checkPlausible(plan, [{ unit: unit.id, indicator, value, source }], true);
  if (accepted.length > 0) return accepted[0]!.reason;
  if (diagnostics.length === 0) return undefined;
  const { en } = diagnostics[0]!.message;
  if (en.includes('significant digits')) return 'digits';
  if (en.includes('is not between 0 and 100')) return 'rate';
  if (en.includes('is negative')) return 'negative';
  if (en.includes('not a whole count')) return 'fraction';
  return en;
}

describe('checkPlausible with its quick tests', () => {
  // values around a target, on and beside 100 × target and target / 100, and anywhere
  const case_ = decimalArb.chain((target) =>
    fc.record({
      target: fc.constant(target),
      value: fc.oneof(
        decimalArb,
        fc.constantFrom(
          target.times(100),
          target.times(100).minus('1e-30'),
          target.dividedBy(100),
          target.dividedBy(100).plus('1e-30'),
          target.times(10),
          target.times(99),
          target.times('0.011'),
        ),
        decimalArb.map((v) => v.abs().plus(target)),
      ),
      indicator: fc.constantFrom('urban_new_jobs' as const, 'unemployment_rate' as const),
    }),
  );
  it('says of each value what the rules say', () => {
    fc.assert(
      fc.property(case_, ({ target, value, indicator }) => {
        expect(verdict(indicator, value, target)).toBe(expected(indicator, value, target));
      }),
      { numRuns: 3000 },
    );
  });
});
