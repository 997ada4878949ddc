import { describe, expect, it } from 'vitest';
import { points } from './helpers.js';

describe('direct', () => {
  it.each([
    ['points given are the points: 2.5 of 3', '2.5', '2.5'],
    ['all of it: 3', '3', '3'],
    ['more than the item is worth stops at it: 3', '3.5', '3'],
    ['0 given: 0', '0', '0'],
  ] as const)('%s', (_name, given, expected) => {
    expect(points({ method: 'direct' }, '3', '0', given, 'at_least', 'met')).toBe(expected);
  });
});
