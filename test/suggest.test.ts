import { describe, expect, it } from 'vitest';
import { closest } from '../src/suggest.js';

describe('closest', () => {
  it.each([
    ['atleast', ['at_least', 'at_most', 'approx'], 'at_least'],
    ['东城', ['东城区', '西城区', '城关区'], '东城区'],
    ['urban_new_job', ['urban_new_jobs', 'unemployment_rate'], 'urban_new_jobs'],
    ['zzzzzzzz', ['at_least', 'at_most'], undefined],
    ['', ['a'], undefined],
    // a one-letter level with nothing in common is not "did you mean A?" (probe §32)
    ['D', ['A', 'B', 'C'], undefined],
    ['AA', ['A', 'B', 'C'], 'A'],
    ['丁', ['甲', '乙'], undefined],
    ['b', ['A', 'B', 'C'], 'B'],
  ])('suggests for %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});
