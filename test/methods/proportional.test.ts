import { describe, expect, it } from 'vitest';
import type { ProportionalSpec } from '../../src/methods/proportional.js';
import { d, points } from './helpers.js';

const earns: ProportionalSpec = { method: 'proportional', overCompletion: true, cap: d('12') };
const none: ProportionalSpec = { method: 'proportional', overCompletion: false };

describe('proportional', () => {
  it.each([
    ['110% earns 11 when over-completion earns', earns, '110', '11'],
    ['120% hits the cap 12 exactly', earns, '120', '12'],
    ['130% stops at the cap 12', earns, '130', '12'],
    ['110% earns 10 when it does not (超额不加分)', none, '110', '10'],
    ['50%: 5', none, '50', '5'],
    ['actual 0: 0', none, '0', '0'],
    ['99.999%: 9.9999', none, '99.999', '9.9999'],
  ] as const)('%s', (_name, spec, actual, expected) => {
    expect(points(spec, '10', '100', actual)).toBe(expected);
  });

  it('target 0: all or nothing, 0 ≥ 0 is met → 10', () => {
    expect(points(none, '10', '0', '0')).toBe('10');
  });
});
