// The cohort phase in the CI formats (junit, github): each ranked unit's group, rank and final grade, and the
// cohort's lines (graded list, quota arithmetic, prizes, 末位) — the same texts the table shows (cohort-rows.ts).
// Nothing is added for a result without a cohort phase, so those reports stay as they were.
import type { Lang, Result, UnitResult } from '../model.js';
import { cohortLabel } from './cohort-labels.js';
import { buildCohortLines } from './cohort-rows.js';
import { rankOf, rankText } from './ranks.js';

/** Returns [name, value] pairs for a unit's JUnit properties: its unit group, rank and final grade (none unranked). */
export function cohortCaseProperties(result: Result, unit: UnitResult, lang: Lang): [string, string][] {
  const rank = rankOf(unit);
  if (rank === undefined) return [];
  const group = result.cohort?.groups.find((g) => g.id === rank.group)?.name || cohortLabel('rank.all', lang);
  return [
    ['unit_group', group],
    ['rank', rankText(rank, lang)],
    ...(unit.grade === null ? [] : ([['grade', unit.grade.final]] as [string, string][])),
  ];
}

/** Returns the cohort's lines as single-line texts (indented lines folded under their heading), for properties. */
export function cohortLinesFlat(result: Result, lang: Lang): string[] {
  const out: string[] = [];
  for (const line of buildCohortLines(result, lang)) {
    const last = out.length - 1;
    if (line.startsWith('  ') && last >= 0) out[last] = `${out[last]} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

/** Returns the words a CI annotation adds after a ranked unit's name: " (2 of 6, 县(市), 达标)"; "" unranked. */
export function cohortSuffix(result: Result, unit: UnitResult, lang: Lang): string {
  const pairs = cohortCaseProperties(result, unit, lang);
  if (pairs.length === 0) return '';
  const [group, rank, grade] = pairs.map(([, v]) => v);
  return ` (${[rank, group, grade].filter((v) => v !== undefined).join(lang === 'zh' ? ',' : ', ')})`;
}
