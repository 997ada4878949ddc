// A unit's rank within its unit group (issue #12's cohort phase), as every report shows it. A result carries
// `group` and `rank` only once the cohort phase ranks; until then rankOf finds none and nothing is shown.
import type { Lang, UnitResult } from '../model.js';
import { label } from './labels.js';

/** A unit's rank within its group: its position (equal units share one), the group's size, whether it is shared. */
export interface UnitRank {
  group: string;
  position: number;
  of: number;
  shared: boolean;
}

/** Returns a unit's rank, or undefined when the result does not rank it. */
export function rankOf(unit: UnitResult): UnitRank | undefined {
  const { group, rank } = unit as UnitResult & {
    group?: string;
    rank?: { position: number; of: number; shared: boolean };
  };
  return rank === undefined ? undefined : { group: group ?? '', ...rank };
}

/** Returns a rank as the report prints it: "第2名(共4个)", "并列第1名(共4个)"; "2 of 4", "=1 of 4". */
export function rankText(rank: UnitRank, lang: Lang): string {
  const vars = { position: rank.position, of: rank.of };
  return rank.shared ? label('html.rankShared', lang, vars) : label('html.rankOf', lang, vars);
}
