import { describe, expect, it } from 'vitest';
import { scoreIndicator } from '../../src/core/score.js';
import { D, toPlain } from '../../src/decimal.js';
import type { Status } from '../../src/model.js';
import { makeIndicator } from './make-plan.js';

describe('scoreIndicator', () => {
  it.each([
    ['gives pass_fail its weight when met', 'pass_fail', 'at_least', 'met', '6000', '6184', '40'],
    ['gives pass_fail nothing when missed', 'pass_fail', 'at_least', 'missed', '6000', '5999', '0'],
    ['gives nothing when missing', 'proportional', 'at_least', 'missing', '6000', null, '0'],
    // 40 × 5000 / 8000 = 25
    ['gives proportional the share achieved', 'proportional', 'at_least', 'missed', '8000', '5000', '25'],
    // min(9000 / 8000, 1) = 1 → 40
    ['caps proportional at the weight', 'proportional', 'at_least', 'met', '8000', '9000', '40'],
    // 40 × 5000 / 6000 = 33.33… (60 significant digits)
    [
      'keeps a proportional share exact to 60 digits',
      'proportional',
      'at_least',
      'missed',
      '6000',
      '5000',
      `33.${'3'.repeat(58)}`,
    ],
    ['gives a target of 0 its weight when met', 'proportional', 'at_least', 'met', '0', '0', '40'],
    ['gives a negative actual nothing, not a debt', 'proportional', 'at_least', 'missed', '100', '-5', '0'],
    // proportional is for at_least; an at_most falls back to pass/fail
    ['scores a proportional at_most as pass/fail', 'proportional', 'at_most', 'missed', '4.3', '4.4', '0'],
  ] as const)('%s', (_name, scoring, direction, status, target, actual, expected) => {
    const indicator = makeIndicator({ id: 'x', weight: '40', scoring, direction });
    expect(
      toPlain(scoreIndicator(indicator, status as Status, new D(target), actual === null ? null : new D(actual))),
    ).toBe(expected);
  });
});
