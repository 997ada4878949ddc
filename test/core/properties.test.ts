// Property tests (fast-check) for the arithmetic the money and grades hang on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGrowth, growthRate } from '../../src/core/growth.js';
import { D, toPlain } from '../../src/decimal.js';
import { makeActuals, scorePlan, unitOf } from './make-plan.js';
import type { PlanSpec } from './make-plan.js';

const LEVELS = ['一等', '二等', '三等', '四等'];

/** A decimal text n / 10^scale, built from integers so no float ever enters. */
const decimalText = (min: number, max: number, scale: number) =>
  fc.integer({ min, max }).map((n) => toPlain(new D(n).dividedBy(new D(10).pow(scale))));

// jobs (at_least, the one that is raised) and rate (at_most, fixed) with every rule type and grades.
const planArbitrary = fc.record({
  unit: fc.constantFrom('人' as const, '万人' as const),
  scoring: fc.constantFrom('pass_fail' as const, 'proportional' as const),
  precision: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  rewardWhen: fc.constantFrom('overall_met' as const, 'indicator_met' as const),
  penaltyWhen: fc.constantFrom('overall_missed' as const, 'indicator_missed' as const),
  reward: decimalText(0, 500, 0),
  penalty: decimalText(0, 500, 0),
  target: decimalText(0, 100000, 4),
  rateTarget: decimalText(0, 100, 1),
  rate: decimalText(0, 100, 1),
  baseGrade: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
});

type PlanParams = typeof planArbitrary extends fc.Arbitrary<infer T> ? T : never;

function specOf(p: PlanParams): PlanSpec {
  return {
    indicators: [
      {
        id: 'jobs',
        unit: p.unit,
        scoring: p.scoring,
        weight: '60',
        ...(p.precision !== undefined && { precision: p.precision }),
      },
      { id: 'rate', unit: '%', direction: 'at_most', weight: '40' },
    ],
    units: [
      {
        id: 'u',
        targets: { jobs: p.target, rate: p.rateTarget },
        ...(p.baseGrade !== undefined && { baseGrade: p.baseGrade }),
      },
    ],
    grades: { levels: LEVELS, thresholds: ['90', '75', '60'] },
    rules: [
      {
        type: 'per_person',
        indicator: 'jobs',
        reward: p.reward,
        penalty: p.penalty,
        rewardWhen: p.rewardWhen,
        penaltyWhen: p.penaltyWhen,
      },
      { type: 'disqualify_award' },
      { type: 'downgrade', steps: 1 },
    ],
  };
}

describe('raising an at_least actual', () => {
  it("never lowers the unit's score, grade or net money", () => {
    fc.assert(
      fc.property(planArbitrary, decimalText(0, 200000, 4), decimalText(0, 50000, 4), (p, actual, raise) => {
        const spec = specOf(p);
        const before = unitOf(scorePlan(spec, makeActuals({ u: { jobs: actual, rate: p.rate } })), 'u');
        const higher = toPlain(new D(actual).plus(raise));
        const after = unitOf(scorePlan(spec, makeActuals({ u: { jobs: higher, rate: p.rate } })), 'u');
        expect(new D(after.score).gte(before.score)).toBe(true);
        expect(LEVELS.indexOf(after.grade?.final ?? '')).toBeLessThanOrEqual(LEVELS.indexOf(before.grade?.final ?? ''));
        expect(new D(after.net_yuan).gte(before.net_yuan)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('per_person money', () => {
  // The oracle counts in tenths of a person with JS safe integers: 万人 × 100000, 人 × 10.
  it('is the rate times whole persons: floor of a surplus, ceil of a shortfall', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('人' as const, '万人' as const),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        decimalText(0, 100000, 2),
        decimalText(0, 100000, 2),
        (unit, targetTenths, actualTenths, reward, penalty) => {
          const perUnit = unit === '万人' ? 100000 : 10; // tenths of a person in one unit of the indicator
          const text = (tenths: number) => toPlain(new D(tenths).dividedBy(perUnit));
          const result = scorePlan(
            {
              indicators: [{ id: 'jobs', unit }],
              units: [{ id: 'u', targets: { jobs: text(targetTenths) } }],
              rules: [{ type: 'per_person', indicator: 'jobs', reward, penalty }],
            },
            makeActuals({ u: { jobs: text(actualTenths) } }),
          );
          const u = unitOf(result, 'u');
          const diff = actualTenths - targetTenths;
          const persons = diff >= 0 ? Math.floor(diff / 10) : Math.ceil(-diff / 10);
          // jobs is the only (binding) indicator: met ⟺ diff >= 0, so the reward fires above target and the fine below
          // it.
          const expectedReward = diff > 0 ? new D(persons).times(reward) : new D(0);
          const expectedPenalty = diff < 0 ? new D(persons).times(penalty) : new D(0);
          expect(u.rules?.[0]?.persons).toBe(persons);
          expect([u.reward_yuan, u.penalty_yuan]).toEqual([toPlain(expectedReward), toPlain(expectedPenalty)]);
          expect(u.net_yuan).toBe(toPlain(expectedReward.minus(expectedPenalty)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('growth in the power domain', () => {
  it('finds an integer rate exactly when end = base × (1 + g/100)^n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: -50, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        (base, g, n) => {
          // (100 + g)^n / 100^n has at most 2n decimals and few digits: D builds it exactly here.
          const end = new D(base).times(new D(100 + g).pow(n)).dividedBy(new D(100).pow(n));
          expect(compareGrowth(new D(base), end, n, new D(g))).toBe(0);
          expect(toPlain(growthRate(new D(base), end, n, 2))).toBe(String(g));
        },
      ),
      { numRuns: 300 },
    );
  });
});
