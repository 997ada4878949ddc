import { describe, expect, it } from 'vitest';
import { makeYears, scorePlan, unitOf } from './make-plan.js';
import type { IndicatorSpec } from './make-plan.js';

// One unit, one indicator, period 2021–2023 (base year 2020 for growth).
function fold(
  indicator: Omit<IndicatorSpec, 'id'>,
  target: string,
  byYear: Record<number, string | null>,
  asOf?: number,
) {
  const result = scorePlan(
    {
      period: { from: 2021, to: 2023 },
      indicators: [{ id: 'x', weight: '10', ...indicator }],
      units: [{ id: 'u', targets: { x: target } }],
    },
    makeYears('u', 'x', byYear),
    asOf === undefined ? {} : { asOf },
  );
  const entry = unitOf(result, 'u').indicators[0];
  return {
    target: entry?.target,
    actual: entry?.actual,
    status: entry?.status,
    surplus: entry?.surplus,
    score: entry?.score,
  };
}

describe('foldYears', () => {
  it.each([
    // (4.1 + 3.9 + 4.0) / 3 = 12 / 3 = 4 <= 4
    [
      'averages the years exactly',
      { direction: 'at_most', overPeriod: 'average' },
      '4',
      { 2021: '4.1', 2022: '3.9', 2023: '4.0' },
      { target: '4', actual: '4', status: 'met', surplus: '0', score: '10' },
    ],
    // (1 + 1 + 2) / 3 = 4/3 = 1.333… > 1.3333: compared on the full value, so missed; shown at 4 places
    // (1.3333), and the surplus 1.3333 − 4/3 = −0.0000333… with four significant digits so it does not read 0
    [
      'compares a non-terminating average on its full value',
      { direction: 'at_most', overPeriod: 'average' },
      '1.3333',
      { 2021: '1', 2022: '1', 2023: '2' },
      { target: '1.3333', actual: '1.3333', status: 'missed', surplus: '-0.00003333', score: '0' },
    ],
    // 4/3 at precision 1 is 1.3 <= 1.3
    [
      'rounds an average to the precision before comparing',
      { direction: 'at_most', overPeriod: 'average', precision: 1 },
      '1.3',
      { 2021: '1', 2022: '1', 2023: '2' },
      { target: '1.3', actual: '1.3', status: 'met', surplus: '0', score: '10' },
    ],
    // 2022 empty: the sum cannot be known
    [
      'makes a sum with an empty year missing',
      { overPeriod: 'sum' },
      '30',
      { 2021: '10', 2022: null, 2023: '25' },
      { target: '30', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    // a year absent altogether is as missing as an empty cell
    [
      'makes a sum with an absent year missing',
      { overPeriod: 'sum' },
      '30',
      { 2021: '10', 2023: '25' },
      { target: '30', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    [
      'makes an end value with an empty year missing',
      { overPeriod: 'end' },
      '30',
      { 2021: '10', 2022: null, 2023: '35' },
      { target: '30', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    [
      'makes an average with an empty year missing',
      { overPeriod: 'average' },
      '30',
      { 2021: '10', 2022: null, 2023: '35' },
      { target: '30', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    // every_year: an empty year with the others met is missing…
    [
      'makes every_year with an empty year and no miss missing',
      { overPeriod: 'every_year' },
      '30',
      { 2021: '31', 2022: null, 2023: '35' },
      { target: '30', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    // …but a year that misses is a miss whatever else is empty: worst year 29, surplus 29 − 30 = −1
    [
      'makes every_year missed when one year misses and another is empty',
      { overPeriod: 'every_year' },
      '30',
      { 2021: '29', 2022: null, 2023: '35' },
      { target: '30', actual: '29', status: 'missed', surplus: '-1', score: '0' },
    ],
    // at_least: the worst year is the lowest (31), surplus 1
    [
      'shows the lowest year of an at_least every_year',
      { overPeriod: 'every_year' },
      '30',
      { 2021: '33', 2022: '31', 2023: '35' },
      { target: '30', actual: '31', status: 'met', surplus: '1', score: '10' },
    ],
    // approx 100 ± 5: deviations −3, +4, −1; the widest is +4 (104)
    [
      'shows the widest deviation of an approx every_year',
      { direction: 'approx', tolerance: '5', overPeriod: 'every_year' },
      '100',
      { 2021: '97', 2022: '104', 2023: '99' },
      { target: '100', actual: '104', status: 'met', surplus: '4', score: '10' },
    ],
    // growth reads only 2020 and 2023: 1000 × 1.1^3 = 1331
    [
      'measures growth from the base year to the last year alone',
      { unit: '%', overPeriod: 'growth' },
      '10',
      { 2020: '1000', 2023: '1331' },
      { target: '10', actual: '10', status: 'met', surplus: '0', score: '10' },
    ],
    [
      'makes growth without its base year missing',
      { unit: '%', overPeriod: 'growth' },
      '10',
      { 2021: '1100', 2023: '1331' },
      { target: '10', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    [
      'makes growth from a base of 0 missing',
      { unit: '%', overPeriod: 'growth' },
      '10',
      { 2020: '0', 2023: '1331' },
      { target: '10', actual: null, status: 'missing', surplus: null, score: '0' },
    ],
    // 1000 → 1200 over 3 years: 1.2^(1/3) = 1.0626585…: 6.27 % at 2 decimals, 10 − 6.27 short
    [
      'shows a growth rate rounded to 2 decimals',
      { unit: '%', overPeriod: 'growth' },
      '10',
      { 2020: '1000', 2023: '1200' },
      { target: '10', actual: '6.27', status: 'missed', surplus: '-3.73', score: '0' },
    ],
  ] as const)('%s', (_name, indicator, target, byYear, expected) => {
    expect(fold(indicator, target, byYear)).toEqual(expected);
  });

  it.each([
    // 1000000 × 1 / 3 = 333333.333… (shown 333333.3333); 333334 exceeds it
    ['meets a pro-rata target compared on its full value', '333334', { target: '333333.3333', status: 'met' }],
    // 333333 is a third of a person short of the pro-rata third (shown −0.3333)
    [
      'misses a pro-rata target by a third of a person',
      '333333',
      { target: '333333.3333', status: 'missed', surplus: '-0.3333' },
    ],
  ] as const)('%s', (_name, actual, expected) => {
    expect(fold({ overPeriod: 'sum' }, '1000000', { 2021: actual }, 2021)).toMatchObject(expected);
  });

  it('fines a pro-rata shortfall of a third of a person as one person', () => {
    const result = scorePlan(
      {
        period: { from: 2021, to: 2023 },
        indicators: [{ id: 'x', overPeriod: 'sum' }],
        units: [{ id: 'u', targets: { x: '1000000' } }],
        rules: [{ type: 'per_person', indicator: 'x', penalty: '100' }],
      },
      makeYears('u', 'x', { 2021: '333333' }),
      { asOf: 2021 },
    );
    // ceil(0.333…) = 1 person × 100 yuan
    expect(unitOf(result, 'u').penalty_yuan).toBe('100');
  });

  it('compares a single-year plan directly, ignoring over_period', () => {
    const result = scorePlan(
      { period: 2010, indicators: [{ id: 'x', overPeriod: 'growth' }], units: [{ id: 'u', targets: { x: '10' } }] },
      makeYears('u', 'x', { 2010: '12' }),
    );
    expect(unitOf(result, 'u').indicators[0]).toMatchObject({ actual: '12', status: 'met', surplus: '2' });
    expect(unitOf(result, 'u').indicators[0]).not.toHaveProperty('over_period');
  });
});
