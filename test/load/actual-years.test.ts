import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { checkActualYears } from '../../src/load/actual-years.js';
import type { Actual, Plan } from '../../src/model.js';

const source = { file: 'a.csv', line: 2, col: 1 };
const plan = (from: number, to: number, growth = false) =>
  ({
    period: { from, to },
    indicators: [
      { id: 'jobs', overPeriod: growth ? 'growth' : 'sum' },
      { id: 'rate', overPeriod: 'end' },
    ],
  }) as unknown as Plan;
const actual = (indicator: string, year?: number): Actual => ({
  unit: 'u',
  indicator,
  value: new D(1),
  source,
  ...(year !== undefined ? { year } : {}),
});

describe('checkActualYears', () => {
  it.each([
    ['accepts every year of the period', plan(2021, 2025), [actual('jobs', 2021), actual('jobs', 2025)], []],
    [
      'refuses a year after the period',
      plan(2021, 2025),
      [actual('jobs', 2026)],
      ["2026 is outside the plan's period 2021–2025"],
    ],
    [
      'refuses the year before the period for a sum',
      plan(2021, 2025),
      [actual('jobs', 2020)],
      ["2020 is outside the plan's period 2021–2025"],
    ],
    ['accepts the growth base year for a growth indicator', plan(2014, 2016, true), [actual('jobs', 2013)], []],
    [
      'refuses the growth base year for another indicator',
      plan(2014, 2016, true),
      [actual('rate', 2013)],
      ["2013 is outside the plan's period 2014–2016"],
    ],
    ['accepts no year in a one-year plan', plan(2010, 2010), [actual('jobs')], []],
    [
      'refuses another year in a one-year plan',
      plan(2010, 2010),
      [actual('jobs', 2011)],
      ["2011 is outside the plan's period 2010"],
    ],
    [
      'passes an empty cell in a year outside the period',
      plan(2014, 2016, true),
      [{ ...actual('rate', 2013), value: null }],
      [],
    ],
    [
      'asks for the year in a multi-year plan',
      plan(2021, 2025),
      [actual('jobs')],
      ['the plan runs 2021–2025: this value needs its year'],
    ],
  ] as const)('%s', (_name, p, actuals, expected) => {
    expect(checkActualYears(p, actuals).map((d) => d.message.en)).toEqual(expected);
  });
});
