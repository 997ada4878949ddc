import { describe, expect, it } from 'vitest';
import type { EfficacySpec } from '../../src/methods/efficacy.js';
import { d, points } from './helpers.js';

// 不允许值 6, 满意值 12; weight 10: points = 10 × d ÷ 100, d = 60 + 40 × (x − 6) ÷ 6.
const spec: EfficacySpec = {
  method: 'efficacy',
  unacceptable: d('6'),
  satisfactory: d('12'),
  coefficientCap: d('100'),
};

describe('efficacy', () => {
  it.each([
    ['at the satisfactory value: d 100 → 10', '12', '10'],
    ['halfway: d 80 → 8', '9', '8'],
    ['at the unacceptable value: d 60 → 6', '6', '6'],
    ['below it: x 0, d 20 → 2', '0', '2'],
    ['far below: x −3, d 0 → 0', '-3', '0'],
    ['above: d 120 capped at 100 → 10 (超额不加分)', '15', '10'],
  ] as const)('%s', (_name, x, expected) => {
    expect(points(spec, '10', '12', x)).toBe(expected);
  });

  it('the exam item: (5.81 − 6) ÷ (12 − 6) × 40 + 60 = 58.7333…, exactly, on a 100-point item', () => {
    // 40 × (−0.19) ÷ 6 = −1.26666…, kept to decimal.js's precision; the source rounds it to 58.73
    const p = d(points(spec, '100', '12', '5.81'));
    expect(p.toDecimalPlaces(2).toFixed()).toBe('58.73');
    expect(p.minus('58.733333').abs().lt('0.000001')).toBe(true);
  });

  it('over-completion earns up to its caps when declared (coefficient 120, item cap 12): x 15 → 12', () => {
    expect(points({ ...spec, coefficientCap: d('120'), cap: d('12') }, '10', '12', '15')).toBe('12');
  });
});
