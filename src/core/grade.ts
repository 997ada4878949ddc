// Grades (等次): a base level from base_grade or the score thresholds, moved down by fired downgrades.
import type { D } from '../decimal.js';
import type { Grades, UnitResult } from '../model.js';

/** Returns the unit's grade (base, final, steps actually moved), or null when the plan has no grades. */
export function gradeOf(
  grades: Grades | undefined,
  baseGrade: string | undefined,
  score: D,
  steps: number,
): UnitResult['grade'] {
  if (grades === undefined || grades.levels.length === 0) return null;
  const lastIndex = grades.levels.length - 1;
  const base = baseGrade ?? levelForScore(grades, score);
  const baseIndex = grades.levels.indexOf(base);
  // An unknown base_grade is the loader's error (UNKNOWN_GRADE); here it simply cannot move.
  if (baseIndex < 0) return { base, final: base, steps_down: 0 };
  const finalIndex = Math.min(lastIndex, baseIndex + Math.max(0, steps));
  return { base, final: grades.levels[finalIndex] ?? base, steps_down: finalIndex - baseIndex };
}

/** Returns the index of the first (highest) threshold the score reaches, or -1 below them all. */
export function thresholdIndex(grades: Grades, score: D): number {
  // A threshold written {above: N} is exclusive (> N, 不含); a bare number or {from: N} is inclusive (≥ N, 含).
  return grades.thresholds.findIndex((threshold, i) =>
    grades.exclusive?.[i] === true ? score.gt(threshold) : score.gte(threshold),
  );
}

function levelForScore(grades: Grades, score: D): string {
  // Thresholds descend: the first one the score reaches names the level; below all, the last level.
  const index = thresholdIndex(grades, score);
  const levels = grades.levels;
  return (index >= 0 && index < levels.length ? levels[index] : levels[levels.length - 1]) ?? '';
}
