import { describe, expect, it } from 'vitest';
import type { BandsSpec } from '../../src/methods/bands.js';
import { d, points } from './helpers.js';

// GD rural transfer, a 5-point item: shortfall ≤5% (含5%) −2, 5–10% −4, >10% −6; the plan floors it at 0 (or −1).
const gd = (floor: string): BandsSpec => ({
  method: 'bands',
  on: 'shortfall',
  bands: [
    { upper: { value: d('0'), inclusive: true }, deduct: d('0') },
    { lower: { value: d('0'), inclusive: false }, upper: { value: d('5'), inclusive: true }, deduct: d('2') },
    { lower: { value: d('5'), inclusive: false }, upper: { value: d('10'), inclusive: true }, deduct: d('4') },
    { lower: { value: d('10'), inclusive: false }, deduct: d('6') },
  ],
  floor: d(floor),
});
// county 人保局 失业保险基金征缴 2分: reached → 2; 80%以上 1; 50%以上 0.5; below 50% 0 (以上 includes the edge).
const fund: BandsSpec = {
  method: 'bands',
  on: 'completion',
  bands: [
    { upper: { value: d('50'), inclusive: false }, points: d('0') },
    { lower: { value: d('50'), inclusive: true }, upper: { value: d('80'), inclusive: false }, points: d('0.5') },
    { lower: { value: d('80'), inclusive: true }, upper: { value: d('100'), inclusive: false }, points: d('1') },
    { lower: { value: d('100'), inclusive: true }, points: d('2') },
  ],
};

describe('bands', () => {
  it.each([
    ['on target: 5', '0', '1000', '5'],
    ['over target (shortfall −10%): 5', '0', '1100', '5'],
    ['4% short: −2 → 3', '0', '960', '3'],
    ['exactly 5% short (含5%): −2 → 3', '0', '950', '3'],
    ['5.1% short: −4 → 1', '0', '949', '1'],
    ['exactly 10% short, declared in the 5–10% band: −4 → 1', '0', '900', '1'],
    ['10.1% short: −6 → −1, floored at 0', '0', '899', '0'],
    ['10.1% short with floor −1: −1', '-1', '899', '-1'],
    ['actual 0 (100% short): floored at 0', '0', '0', '0'],
  ] as const)('GD rural: %s', (_name, floor, actual, expected) => {
    expect(points(gd(floor), '5', '1000', actual)).toBe(expected);
  });

  it.each([
    ['79.99%: 0.5', '7999', '0.5'],
    ['exactly 80%: 1', '8000', '1'],
    ['exactly 50%: 0.5', '5000', '0.5'],
    ['49.99%: 0', '4999', '0'],
    ['exactly 100%: 2 (the cap hit exactly)', '10000', '2'],
    ['99.999%: 1', '9999.9', '1'],
  ] as const)('points by completion: %s', (_name, actual, expected) => {
    expect(points(fund, '2', '10000', actual)).toBe(expected);
  });

  it('target 0 has no shortfall to read: 0 ≥ 0 is met, all 5', () => {
    expect(points(gd('0'), '5', '0', '0')).toBe('5');
  });
});
