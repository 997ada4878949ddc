// The value lookup keeps a plan's years (the growth base year to the end) in an array and any other
// year aside: every year must still read back what was given for it, and nothing else.
import { describe, expect, it } from 'vitest';
import { createValueLookup } from '../../src/core/values.js';
import { toPlain } from '../../src/decimal.js';
import { makePlan, makeYears } from './make-plan.js';

// One unit, one indicator, period 2021–2023: the array covers 2020 (a growth base) to 2023.
const plan = makePlan({
  period: { from: 2021, to: 2023 },
  indicators: [{ id: 'x' }],
  units: [{ id: 'u', targets: { x: '1' } }],
});
const lookup = createValueLookup(
  plan,
  makeYears('u', 'x', { 2019: '19', 2020: '20', 2021: '21', 2023: '23', 2030: '30' }),
);

describe('looking up a year', () => {
  it.each([
    ['the year before the growth base, outside the array', 2019, '19'],
    ["the growth base year, the array's first", 2020, '20'],
    ['a year of the period', 2021, '21'],
    ["the period's last year, the array's last", 2023, '23'],
    ['a year after the period', 2030, '30'],
    ['a year of the period with no actual', 2022, null],
    ['a year with no actual outside the period', 2018, null],
  ])('reads %s', (_name, year, expected) => {
    const value = lookup('u', 'x', year).value;
    expect(value === null ? null : toPlain(value)).toBe(expected);
  });

  it('reads nothing for another unit in the same year', () => {
    expect(lookup('v', 'x', 2021).value).toBeNull();
  });
});
