import { describe, expect, it } from 'vitest';
import { closest } from '../src/suggest.js';

describe('closest', () => {
  it.each([
    ['atleast', ['at_least', 'at_most', 'approx'], 'at_least'],
    ['东城', ['东城区', '西城区', '城关区'], '东城区'],
    ['urban_new_job', ['urban_new_jobs', 'unemployment_rate'], 'urban_new_jobs'],
    ['zzzzzzzz', ['at_least', 'at_most'], undefined],
    ['', ['a'], undefined],
  ])('suggests for %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});
