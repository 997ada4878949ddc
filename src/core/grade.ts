// Grades (等次): a base level from base_grade or the score thresholds (each inclusive or exclusive) and the gates on
// levels, then moved by the rules that fired, in the plan's order: downgrade steps, a forced level (at best that
// level: only ever down), a barred level.
import type { D } from '../decimal.js';
import type { Grades, UnitResult } from '../model.js';

/**
 * How one fired rule moves a grade: down some steps, down to a forced level (a sanction: a unit already below it stays
 * where it is, so a veto never raises a grade), or out of a barred level and any better.
 */
export type GradeMove = { steps: number } | { force: string } | { bar: string };

/** Returns the index of the first (highest) threshold the score reaches, or -1 below them all. */
export function thresholdIndex(grades: Grades, score: D): number {
  // A threshold written {above: N} is exclusive (> N, 不含); a bare number or {from: N} is inclusive (≥ N, 含).
  return grades.thresholds.findIndex((threshold, i) =>
    grades.exclusive?.[i] === true ? score.gt(threshold) : score.gte(threshold),
  );
}

/**
 * Returns the unit's grade: base (from base_grade, or the thresholds and then `deniedBy`, the gated levels the unit
 * fails), final (after `moves` in order) and the steps it moved down; null when the plan has no grades.
 */
export function gradeOf(
  grades: Grades | undefined,
  baseGrade: string | undefined,
  score: D,
  moves: readonly GradeMove[],
  deniedBy: readonly string[] = [],
): UnitResult['grade'] {
  if (grades === undefined || grades.levels.length === 0) return null;
  const levels = grades.levels;
  const lastIndex = levels.length - 1;
  const scored = baseGrade ?? levelForScore(grades, score);
  const scoredIndex = levels.indexOf(scored);
  // An unknown base_grade is the loader's error (UNKNOWN_GRADE); here it simply cannot move.
  if (scoredIndex < 0) return { base: scored, final: scored, steps_down: 0 };
  // A gate denies its level and any better one: the unit takes the first level below every gate it fails.
  const baseIndex = deniedBy.reduce((i, level) => barredFrom(levels, i, level), scoredIndex);
  let index = baseIndex;
  for (const move of moves) {
    if ('steps' in move) index = Math.min(lastIndex, index + Math.max(0, move.steps));
    // A veto's `grade:` is "at best this level" (wage-arrears schemes: "C if any of …"); it never lifts a C to B.
    else if ('force' in move) index = levels.includes(move.force) ? Math.max(index, levels.indexOf(move.force)) : index;
    else index = barredFrom(levels, index, move.bar);
  }
  const base = levels[baseIndex] ?? scored;
  return {
    base,
    final: levels[index] ?? base,
    steps_down: Math.max(0, index - baseIndex),
    ...(baseIndex !== scoredIndex && { gated_from: scored }),
  };
}

// Barred from `level` and any better one: at best the level after it (the last level stays the last).
function barredFrom(levels: readonly string[], index: number, level: string): number {
  const barred = levels.indexOf(level);
  if (barred < 0) return index;
  return Math.max(index, Math.min(levels.length - 1, barred + 1));
}

function levelForScore(grades: Grades, score: D): string {
  // Thresholds descend: the first one the score reaches names the level; below all, the last level.
  const index = thresholdIndex(grades, score);
  const levels = grades.levels;
  return (index >= 0 && index < levels.length ? levels[index] : levels[levels.length - 1]) ?? '';
}
