// The order of a cohort: total score high first, then the plan's tie-breaks in turn; exact values only,
// never the rounded text a result shows (india-ultimate/hub #568: ranking rounded values made false ties).
import type { D } from '../../decimal.js';
import type { TieBreak } from '../../model.js';
import type { Evaluated } from '../indicator.js';
import type { SectionValue } from '../items.js';

/** What ordering needs of one unit: its exact total and its tie-break values (higher is better, null last). */
export interface Ranked {
  score: D;
  tieValues: readonly (D | null)[];
}

/**
 * Returns each tie-break's value for one unit, oriented so that higher is better: `actual` as is for at_least,
 * negated for at_most, minus the distance from the target for approx; `surplus` likewise; `score` its points; a
 * section's exact points (`score`) or subtotal. An indicator the unit has no target or no actual for gives null, which
 * ranks below every value.
 */
export function tieValuesOf(
  tieBreaks: readonly TieBreak[],
  evaluated: readonly Evaluated[],
  sections?: ReadonlyMap<string, SectionValue>,
): (D | null)[] {
  if (tieBreaks.length === 0) return [];
  return tieBreaks.map((t) => {
    if (t.section !== undefined) {
      const s = sections?.get(t.section);
      return s === undefined ? null : t.by === 'subtotal' ? s.subtotal : s.score;
    }
    const e = evaluated.find((x) => x.indicator.id === t.indicator);
    if (e === undefined) return null;
    if (t.by === 'score') return e.score;
    if (e.actual === null || e.surplus === null) return null;
    const direction = e.indicator.direction;
    if (direction === 'approx') return e.surplus.abs().negated();
    if (t.by === 'surplus') return e.surplus;
    return direction === 'at_most' ? e.actual.negated() : e.actual;
  });
}

/** Returns the index of the first tie-break that separates two units, or -1 when they are equal in all. */
export function decidingTieBreak(a: Ranked, b: Ranked): number {
  for (let i = 0; i < a.tieValues.length; i++) if (compareValue(a.tieValues[i], b.tieValues[i]) !== 0) return i;
  return -1;
}

/** Returns < 0 when `a` ranks before `b`, > 0 after, 0 when equal in total and every tie-break. */
export function compareRanked(a: Ranked, b: Ranked): number {
  const byScore = b.score.comparedTo(a.score);
  if (byScore !== 0) return byScore;
  const i = decidingTieBreak(a, b);
  return i < 0 ? 0 : compareValue(a.tieValues[i], b.tieValues[i]);
}

// Higher first; a missing value after any value.
function compareValue(a: D | null | undefined, b: D | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return b.comparedTo(a);
}
