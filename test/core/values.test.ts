import { describe, expect, it } from 'vitest';
import { makeActuals, makeYears, scorePlan, unitOf } from './make-plan.js';
import type { PlanSpec } from './make-plan.js';

// A city with two districts; jobs (人) is additive, rate (%) is not; placed (人) / seekers (人) make a rate_of.
function plan(
  cityTargets: Record<string, string>,
  districtTargets: Record<string, string> = { jobs: '5000' },
): PlanSpec {
  return {
    indicators: [
      { id: 'jobs' },
      { id: 'rate', unit: '%', direction: 'at_most' },
      { id: 'placed' },
      { id: 'seekers' },
      { id: 'placement', unit: '%', rateOf: ['placed', 'seekers'] },
    ],
    units: [
      { id: 'city', targets: cityTargets },
      { id: 'east', parent: 'city', targets: districtTargets },
      { id: 'west', parent: 'city', targets: districtTargets },
    ],
  };
}

describe('rolling a parent up from its children', () => {
  it.each([
    // 6000 + 4100 = 10100 >= 10000, surplus 100
    [
      'sums the children for a parent without an actual of its own',
      { east: { jobs: '6000' }, west: { jobs: '4100' } },
      { actual: '10100', status: 'met', surplus: '100', rolled_up: true },
    ],
    // an empty cell for the parent is no actual of its own either
    [
      "sums the children under a parent's empty cell",
      { city: { jobs: null }, east: { jobs: '6000' }, west: { jobs: '4100' } },
      { actual: '10100', status: 'met', surplus: '100', rolled_up: true },
    ],
    [
      'makes the parent missing when a child is missing',
      { east: { jobs: '6000' }, west: { jobs: null } },
      { actual: null, status: 'missing', surplus: null, rolled_up: true },
    ],
    // the parent's own 9000 wins over 6000 + 4100
    [
      "keeps a parent's own actual",
      { city: { jobs: '9000' }, east: { jobs: '6000' }, west: { jobs: '4100' } },
      { actual: '9000', status: 'missed', surplus: '-1000', actual_source: 'actuals.csv:2:1' },
    ],
  ])('%s', (_name, values, expected) => {
    const city = unitOf(scorePlan(plan({ jobs: '10000' }), makeActuals(values)), 'city').indicators[0];
    expect(city).toMatchObject(expected);
    if (!('rolled_up' in expected)) expect(city).not.toHaveProperty('rolled_up');
    if (!('actual_source' in expected)) expect(city).not.toHaveProperty('actual_source');
  });

  it('never rolls up a percentage', () => {
    const values = { east: { rate: '4.0' }, west: { rate: '4.1' } };
    const city = unitOf(scorePlan(plan({ rate: '4.3' }, { rate: '4.3' }), makeActuals(values)), 'city').indicators[0];
    expect(city).toMatchObject({ id: 'rate', actual: null, status: 'missing' });
  });

  it('leaves out a child that has neither a target nor an actual for the indicator', () => {
    // west has no jobs target and reported no jobs: the city is east's 10100 alone
    const spec = plan({ jobs: '10000' });
    spec.units[2] = { id: 'west', parent: 'city', targets: { rate: '4.3' } };
    const city = unitOf(scorePlan(spec, makeActuals({ east: { jobs: '10100' }, west: { rate: '4.0' } })), 'city')
      .indicators[0];
    expect(city).toMatchObject({ actual: '10100', status: 'met', rolled_up: true });
  });

  it('rolls up each year before folding', () => {
    // per year: 2021 3 + 2 = 5, 2022 4 + 1 = 5; sum 10 >= 10
    const spec: PlanSpec = { ...plan({ jobs: '10' }), period: { from: 2021, to: 2022 } };
    spec.indicators = [{ id: 'jobs', overPeriod: 'sum' }];
    const actuals = [
      ...makeYears('east', 'jobs', { 2021: '3', 2022: '4' }),
      ...makeYears('west', 'jobs', { 2021: '2', 2022: '1' }, 10),
    ];
    const city = unitOf(scorePlan(spec, actuals), 'city').indicators[0];
    expect(city).toMatchObject({
      actual: '10',
      status: 'met',
      rolled_up: true,
      years: [
        { year: 2021, actual: '5' },
        { year: 2022, actual: '5' },
      ],
    });
  });

  it.each([
    ['city', 0, undefined],
    ['east', 1, 'city'],
  ])('gives %s depth %i under parent %s', (id, depth, parent) => {
    const unit = unitOf(scorePlan(plan({ jobs: '10000' }), []), id);
    expect([unit.depth, unit.parent]).toEqual([depth, parent]);
  });
});

describe('rate_of', () => {
  it.each([
    // 7 × 100 / 100 = 7 exactly
    ['computes 7 of 100 as exactly 7 %', { placed: '7', seekers: '100' }, { actual: '7', status: 'met', surplus: '0' }],
    // 1 × 100 / 3 = 33.33…, shown at 4 places
    ['shows 1 of 3 as 33.3333 %', { placed: '1', seekers: '3' }, { actual: '33.3333', status: 'met' }],
    ['is missing without its numerator', { placed: null, seekers: '100' }, { actual: null, status: 'missing' }],
    ['is missing without its denominator', { placed: '7' }, { actual: null, status: 'missing' }],
    ['is missing over a denominator of 0', { placed: '0', seekers: '0' }, { actual: null, status: 'missing' }],
  ])('%s', (_name, values, expected) => {
    const east = unitOf(scorePlan(plan({}, { placement: '7' }), makeActuals({ east: values })), 'east');
    expect(east.indicators.map((i) => i.id)).toEqual(['placement']); // the counts have no target: not listed
    expect(east.indicators[0]).toMatchObject(expected);
  });

  it("computes a parent's rate from its children's rolled-up counts", () => {
    // (30 + 10) × 100 / (200 + 300) = 4000 / 500 = 8
    const values = { east: { placed: '30', seekers: '200' }, west: { placed: '10', seekers: '300' } };
    const city = unitOf(scorePlan(plan({ placement: '7' }, { placement: '7' }), makeActuals(values)), 'city');
    expect(city.indicators[0]).toMatchObject({ actual: '8', status: 'met', surplus: '1', rolled_up: true });
  });
});
