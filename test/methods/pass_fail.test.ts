import { describe, expect, it } from 'vitest';
import { points } from './helpers.js';

describe('pass_fail', () => {
  it.each([
    ['met: all 3 (完成得满分)', '6000', '3'],
    ['one short: 0 (未完成计划数的扣3分)', '5999', '0'],
    ['missing: 0', null, '0'],
  ] as const)('%s', (_name, actual, expected) => {
    expect(points({ method: 'pass_fail' }, '3', '6000', actual)).toBe(expected);
  });
});
