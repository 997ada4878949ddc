// 考核结果运用 (M15): actions keyed on this year's final grade, 末位, the overall result and last year's grade
// (WageArrears Yunnan: "连续两年考核等级为C级的" → 约谈主要负责人 + 全省通报批评). A unit absent from last year's
// result has no history: a condition on last year's grade does not hold for it, and its result says so.
import type { Consequence, PreviousResult, UnitResult } from '../../model.js';
import { formatSource } from '../source.js';

/** What a consequence's conditions read of one unit after the quotas. */
export interface ConsequenceFacts {
  grade: string | null;
  lastPlace: boolean;
  overall: UnitResult['overall'];
  history?: UnitResult['history'];
}

/** Returns the unit's history in last year's result: found with its final grade, or not found. */
export function historyOf(previous: PreviousResult, unitId: string): NonNullable<UnitResult['history']> {
  if (!previous.grades.has(unitId)) return { found: false };
  return { found: true, previous_grade: previous.grades.get(unitId) ?? null };
}

/** Returns whether every condition of a consequence holds for the unit. */
export function consequenceHolds(c: Consequence, facts: ConsequenceFacts): boolean {
  const w = c.when;
  if (w.grade !== undefined && (facts.grade === null || !w.grade.includes(facts.grade))) return false;
  if (w.lastPlace === true && !facts.lastPlace) return false;
  if (w.overall !== undefined && facts.overall !== w.overall) return false;
  if (w.previousGrade !== undefined) {
    const before = facts.history?.found === true ? facts.history.previous_grade : null;
    if (before === null || before === undefined || !w.previousGrade.includes(before)) return false;
  }
  return true;
}

/** Returns the actions that apply to the unit, in the plan's order, each with its place in the plan. */
export function consequencesOf(
  list: readonly Consequence[],
  facts: ConsequenceFacts,
): NonNullable<UnitResult['consequences']> {
  return list
    .filter((c) => consequenceHolds(c, facts))
    .map((c) => ({
      action: c.action,
      source: formatSource(c.source),
      ...(c.kind === 'praise' && { kind: 'praise' as const }),
    }));
}
