// A cohort member: one unit's result as the cohort phase sees it, and the unit groups it is ranked in.
import type { D } from '../../decimal.js';
import type { CohortPlan, UnitResult } from '../../model.js';
import { compareRanked, type Ranked } from './order.js';

/** One unit in the cohort phase: its result (grade updated by quotas as they apply), exact total and tie values. */
export interface Member extends Ranked {
  id: string;
  /** Its unit group's id; "" for a unit in no group. */
  group: string;
  result: UnitResult;
  /** The final grade as the quotas have left it so far. */
  grade: string | null;
}

/** One unit group with its members in rank order. */
export interface RankedGroup {
  id: string;
  name: string;
  members: Member[];
  /** Each member's competition rank (1, 1, 3), in the same order. */
  ranks: number[];
}

/** Returns the members of `scored`, each with its group ("" when none) and its grade. */
export function membersOf(
  cohort: CohortPlan,
  scored: readonly { result: UnitResult; score: D; tieValues: (D | null)[] }[],
): Member[] {
  return scored.map((s) => ({
    id: s.result.id,
    group: cohort.unitGroups.get(s.result.id) ?? '',
    result: s.result,
    score: s.score,
    tieValues: s.tieValues,
    grade: s.result.grade?.final ?? null,
  }));
}

/** Returns the members split by unit group (declared groups first, in plan order; then the ungrouped), ranked. */
export function groupMembers(cohort: CohortPlan, members: readonly Member[], noGroupName: string): RankedGroup[] {
  const byGroup = new Map<string, Member[]>(cohort.groups.map((g) => [g.id, []]));
  for (const m of members) {
    const list = byGroup.get(m.group);
    if (list) list.push(m);
    else byGroup.set(m.group, [m]);
  }
  const names = new Map(cohort.groups.map((g) => [g.id, g.name]));
  return [...byGroup]
    .filter(([, list]) => list.length > 0)
    .map(([id, list]) => {
      const sorted = sortMembers(list);
      return { id, name: names.get(id) ?? noGroupName, members: sorted, ranks: ranksOf(sorted) };
    });
}

/** Returns the members in rank order; equal ones keep the plan's order (a stable sort). */
export function sortMembers(list: readonly Member[]): Member[] {
  return [...list].sort(compareRanked);
}

/** Returns the competition ranks (1, 1, 3) of members already in rank order. */
export function ranksOf(sorted: readonly Member[]): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i] as Member;
    ranks.push(a !== undefined && compareRanked(a, b) === 0 ? (ranks[i - 1] ?? 1) : i + 1);
  }
  return ranks;
}
