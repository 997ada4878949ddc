import { describe, expect, it } from 'vitest';
import { FAIL_ON, failOnMatches, matchingConditions } from '../../src/core/exit-code.js';
import type { FailOn } from '../../src/core/exit-code.js';
import { makeActuals, scorePlan } from './make-plan.js';

// Three units with jobs targets of 100 and a 1-yuan fine per person short.
const result = (values: Record<string, string | null>) =>
  scorePlan(
    {
      indicators: [{ id: 'jobs' }],
      units: Object.keys(values).map((id) => ({ id, targets: { jobs: '100' } })),
      rules: [{ type: 'per_person', indicator: 'jobs', penalty: '1' }],
    },
    makeActuals(Object.fromEntries(Object.entries(values).map(([u, v]) => [u, { jobs: v }]))),
  );

describe('failOnMatches and matchingConditions', () => {
  it.each([
    ['nothing when every unit is met', { a: '100', b: '101' }, [...FAIL_ON], []],
    ['missed when a unit is missed', { a: '100', b: '99' }, ['missed'], ['missed']],
    ['penalty when a unit is fined', { a: '99' }, ['penalty'], ['penalty']],
    ['incomplete when a unit is incomplete', { a: null }, ['incomplete'], ['incomplete']],
    ['nothing that was not asked for', { a: '99', b: null }, [], []],
    [
      'every matching condition, in the listed order',
      { a: '99', b: null },
      ['penalty', 'incomplete', 'missed'],
      ['missed', 'incomplete', 'penalty'],
    ],
    ['not incomplete for a missed unit', { a: '99' }, ['incomplete'], []],
  ] as const)('matches %s', (_name, values, conditions, expected) => {
    expect(matchingConditions([result(values)], conditions as readonly FailOn[])).toEqual(expected);
    expect(failOnMatches([result(values)], conditions as readonly FailOn[])).toBe(expected.length > 0);
  });

  it('looks at every result given', () => {
    expect(matchingConditions([result({ a: '100' }), result({ a: '99' })], ['missed'])).toEqual(['missed']);
  });
});
