// Reads a point-table plan's scored result (through the in-memory CLI) the way its hand-worked figures are
// written: an item's points by indicator or group id, a section's points by section id, all as plain decimal text.
import { expect } from 'vitest';
import { D } from '../../src/decimal.js';
import type { Result, UnitResult } from '../../src/model.js';
import { runKaohe } from './memory-io.js';

const results = new Map<string, Promise<Result>>();

/** Returns the JSON result of `kaohe score plans/<plan>.yaml` (scored once per test file), checking it exits 0. */
export function scoredPlan(plan: string): Promise<Result> {
  let result = results.get(plan);
  if (result === undefined) {
    result = runKaohe(['score', `plans/${plan}.yaml`, '--format', 'json']).then((run) => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as Result;
    });
    results.set(plan, result);
  }
  return result;
}

/** Returns the unit of a scored plan by id, failing the test when it is absent. */
export async function scoredUnit(plan: string, unitId: string): Promise<UnitResult> {
  const unit = (await scoredPlan(plan)).units.find((u) => u.id === unitId);
  expect(unit, `unit ${unitId}`).toBeDefined();
  return unit!;
}

/** Returns decimal text in one spelling ("1.0" and "1" both read "1"), or "absent" when there is none. */
export function plain(text: string | undefined | null): string {
  return text === undefined || text === null ? 'absent' : new D(text).toFixed();
}

/** Returns an item's points as plain text: the indicator's score, or the group's score, by id. */
export function itemPoints(unit: UnitResult, id: string): string {
  const indicator = unit.indicators.find((i) => i.id === id);
  if (indicator !== undefined) return plain(indicator.score);
  return plain(unit.groups?.find((g) => g.id === id)?.score);
}

/** Returns a section's points after its caps and floor, as plain text, by section id. */
export function sectionPoints(unit: UnitResult, id: string): string {
  return plain(unit.sections?.find((s) => s.id === id)?.score);
}
