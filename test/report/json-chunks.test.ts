// The JSON result written a unit at a time must be, byte for byte, the one JSON.stringify writes of
// the whole document with its keys in the schema's order (the writer before it streamed).
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import {
  isInKeyOrder,
  orderKeys,
  renderJson,
  renderJsonChunks,
  renderJsonLines,
  RESULT_KEY_ORDER,
} from '../../src/report/json.js';
import { cityResult, provinceResult } from './fixtures.js';

const opts = { lang: 'en', color: false } as const;

function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

const withoutUnits: Result = { ...cityResult, units: [] };
// Keys the schema does not know come after the known ones, sorted; an undefined value is left out.
const withExtras = { ...cityResult, zeta: { b: 1, a: [2] }, alpha: 'x', after: undefined } as unknown as Result;
const endingInUnits = Object.fromEntries(
  Object.entries(cityResult).filter(([k]) => k !== 'totals'),
) as unknown as Result;
const quoteInTitle: Result = { ...cityResult, plan: { ...cityResult.plan, title: 'a "units": [] b\n' } };

// The writer before streaming: one JSON.stringify of the ordered document.
const whole = (results: Result[]): string => {
  const ordered = results.map((r) => orderKeys(r, RESULT_KEY_ORDER));
  return `${JSON.stringify(ordered.length === 1 ? ordered[0] : ordered, null, 2)}\n`;
};
const lines = (results: Result[]): string =>
  results.map((r) => `${JSON.stringify(orderKeys(r, RESULT_KEY_ORDER))}\n`).join('');

const cases: [string, Result[]][] = [
  ['no result', []],
  ['one result', [cityResult]],
  ['two results', [cityResult, provinceResult]],
  ['a result built in another key order', [reversed(cityResult) as Result]],
  ['a result without units', [withoutUnits]],
  ['a result with keys the schema does not know', [withExtras]],
  ['a result whose last key is units', [endingInUnits]],
  ['a title holding "units": [] and a line break', [quoteInTitle, cityResult]],
];

describe('renderJson written a unit at a time', () => {
  it.each(cases)('writes %s as JSON.stringify of the whole document does', (_name, results) => {
    expect(renderJson(results, opts)).toBe(whole(results));
  });

  it.each(cases)('writes %s as JSON Lines as one JSON.stringify per result does', (_name, results) => {
    expect(renderJsonLines(results, opts)).toBe(lines(results));
  });

  it('never makes a piece longer than one unit and its punctuation', () => {
    const pieces = [...renderJsonChunks([cityResult], opts)];
    const longestUnit = Math.max(...cityResult.units.map((u) => JSON.stringify(u, null, 2).length));
    // each unit is indented by four more spaces on each of its lines: at most twice its length
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 * longestUnit);
    expect(pieces.length).toBeGreaterThan(cityResult.units.length);
  });
});

describe('isInKeyOrder', () => {
  it.each([
    ['a result as evaluatePlan builds it', cityResult, true],
    ['a result with its keys reversed', reversed(cityResult), false],
    ['a result with unknown keys, sorted, after the known ones', { kaohe: 1, a: 1, b: 2 }, true],
    ['a result with unknown keys out of order', { kaohe: 1, b: 1, a: 2 }, false],
    ['a result with an unknown key before a known one', { a: 1, kaohe: 1 }, false],
    ['a nested unknown object whose keys are not sorted', { kaohe: 1, x: { b: 1, a: 2 } }, false],
  ])('says whether %s needs no reordering', (_name, value, expected) => {
    expect(isInKeyOrder(value, RESULT_KEY_ORDER)).toBe(expected);
  });
});
