// A team's score above the item's value is refused at its cell (probe §15: 35 typed for 3.5 was capped to 3 in silence).
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { checkGivenPoints } from '../../src/load/given-points.js';
import type { Plan } from '../../src/model.js';
import { makeActuals, makePlan } from '../core/make-plan.js';

// 就业服务网络建设 3分 (direct) for one unit (makePlan names it 指标team); with `cap` the team scores on that scale.
function plan(cap?: string): Plan {
  const base = makePlan({ indicators: [{ id: 'team', unit: '分', weight: '3' }], units: [{ id: 'u', targets: {} }] });
  const method = { method: 'direct' as const, ...(cap !== undefined && { cap: new D(cap) }) };
  return { ...base, indicators: base.indicators.map((i) => ({ ...i, scoring: 'direct', method })) };
}

describe('points given by a team (direct)', () => {
  it.each([
    ['3 for a 3-point item (exactly its value)', undefined, '3', []],
    ['0 for a 3-point item', undefined, '0', []],
    [
      '3.5 for a 3-point item',
      undefined,
      '3.5',
      ['actuals.csv:2 3.5 points given for 指标team, an item worth at most 3'],
    ],
    [
      '35 for a 3-point item (3.5 without its point)',
      undefined,
      '35',
      ['actuals.csv:2 35 points given for 指标team, an item worth at most 3'],
    ],
    ['3.5 where the plan caps the item at 5', '5', '3.5', []],
  ])('%s', (_name, cap, given, expected) => {
    const found = checkGivenPoints(plan(cap), makeActuals({ u: { team: given } }));
    const said = found.map((d) => `${d.file}:${d.line} ${String(d.message.en).split(':')[0]}`);
    expect(said).toEqual(expected);
    expect(found.every((d) => d.code === 'ACTUALS_IMPLAUSIBLE' && d.severity === 'error')).toBe(true);
  });
});
