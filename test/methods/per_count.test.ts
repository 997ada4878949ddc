import { describe, expect, it } from 'vitest';
import type { PerCountSpec } from '../../src/methods/per_count.js';
import { d, points } from './helpers.js';

const relief: PerCountSpec = { method: 'per_count', deduct: d('1'), missing: 'zero' }; // 3分, 每核实一人未兑现扣1分
const late: PerCountSpec = { method: 'per_count', deduct: d('1'), zeroFrom: d('4'), missing: 'zero' }; // 5分
const publicity: PerCountSpec = { method: 'per_count', add: d('0.5'), missing: 'zero' }; // 1分, 每宣传一次得0.5分
const awards: PerCountSpec = { method: 'per_count', add: d('3'), missing: 'zero' }; // 受到国家表彰 +3/次, no cap

describe('per_count', () => {
  it.each([
    ['no unpaid person: 3', relief, '3', '0', '3'],
    ['two unpaid persons: 3 − 2 = 1', relief, '3', '2', '1'],
    ['three: 0, the floor hit exactly', relief, '3', '3', '0'],
    ['five: −2, floored at 0 (扣完为止)', relief, '3', '5', '0'],
    ['three days late: 5 − 3 = 2', late, '5', '3', '2'],
    ['four days late: 0 (4天及以上不得分)', late, '5', '4', '0'],
    ['one campaign: 0.5', publicity, '1', '1', '0.5'],
    ['two campaigns: 1, the cap hit exactly', publicity, '1', '2', '1'],
    ['three campaigns: 1.5 capped at 1 (最高得1分)', publicity, '1', '3', '1'],
    ['four national awards: 12, no cap of its own', awards, '0', '4', '12'],
  ] as const)('%s', (_name, spec, weight, count, expected) => {
    expect(points(spec, weight, '0', count, 'at_most', 'met')).toBe(expected);
  });
});
