import { describe, expect, it } from 'vitest';
import type { StepsSpec } from '../../src/methods/steps.js';
import { d, points } from './helpers.js';

// Chuzhou 2012 城镇新增就业 1.5分: 每下降5个百分点扣0.1分, 最多扣0.5分; target 10000 persons.
const chuzhou = (partial: StepsSpec['partial']): StepsSpec => ({
  method: 'steps',
  measure: 'completion',
  partial,
  below: { every: d('5'), points: d('0.1'), cap: d('0.5') },
});
// Yangzhou 2022 (adjacent): base 15, 每超出或减少0.5个百分点加减0.5分, 最高18分; measured on the rate itself.
const yangzhou: StepsSpec = {
  method: 'steps',
  measure: 'value',
  partial: 'floor',
  below: { every: d('0.5'), points: d('0.5') },
  above: { every: d('0.5'), points: d('0.5'), cap: d('3') },
};

describe('steps', () => {
  it.each([
    // completion 96%: 4 points below; floor counts 0 steps, ceil counts 1 (不足5个百分点按5计)
    ['96% with whole steps only keeps 1.5', 'floor', '10000', '9600', '1.5'],
    ['96% with a part counted whole loses one step: 1.4', 'ceil', '10000', '9600', '1.4'],
    ['96% pro rata: 4/5 × 0.1 = 0.08 off → 1.42', 'pro_rata', '10000', '9600', '1.42'],
    ['exactly 5% below is one step either way (floor)', 'floor', '10000', '9500', '1.4'],
    ['exactly 5% below is one step either way (ceil)', 'ceil', '10000', '9500', '1.4'],
    ['exactly 10% below is two steps: 1.3', 'floor', '10000', '9000', '1.3'],
    ['99.999% with whole steps only keeps 1.5', 'floor', '10000', '9999.9', '1.5'],
    ['99.999% with a part counted whole: 1.4', 'ceil', '10000', '9999.9', '1.4'],
    ['25% below: five steps, the cap hit exactly: 1.0', 'floor', '10000', '7500', '1'],
    ['26% below with ceil: six steps, 0.6 capped at 0.5: 1.0', 'ceil', '10000', '7400', '1'],
    ['actual 0: twenty steps capped: 1.0', 'ceil', '10000', '0', '1'],
    ['on target: 1.5', 'ceil', '10000', '10000', '1.5'],
    ['over target earns nothing without an above side: 1.5', 'ceil', '10000', '12000', '1.5'],
    ['target 0: no rate; 0 ≥ 0 is met, all 1.5', 'ceil', '0', '0', '1.5'],
  ] as const)('%s', (_name, partial, target, actual, expected) => {
    expect(points(chuzhou(partial), '1.5', target, actual)).toBe(expected);
  });

  it.each([
    // target growth 6.0%: 7.2 is 1.2 above → 2 whole steps of 0.5 → +1 → 16
    ['1.2 points above: two whole steps → 16', '7.2', '16'],
    ['4 points above: eight steps, +4 capped at +3 → 18 (最高18分)', '10', '18'],
    ['3 points above: six steps, +3 = the cap exactly → 18', '9', '18'],
    ['1 point below: two steps → 14', '5', '14'],
    ['0.4 below: no whole step → 15', '5.6', '15'],
  ] as const)('Yangzhou: %s', (_name, actual, expected) => {
    expect(points(yangzhou, '15', '6', actual)).toBe(expected);
  });

  it('an at_most rate below its ceiling is above target on the value measure', () => {
    // ceiling 4.5, actual 4.0: 0.5 better → one step → +0.5
    expect(points(yangzhou, '15', '4.5', '4', 'at_most')).toBe('15.5');
  });
});
