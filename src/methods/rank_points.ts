// 按名次赋分: a declared table of points for the first ranks, then a step less per rank below it, not below the floor;
// units equal in value share a rank (1, 1, 3) and its points. Sources (SCHEMES.md M13): nima001/syqdemo "在全市排名
// 1-5名的依次赋予60分、57分、54分、51分、48分" (the table) and 海盐 "增幅最高的得15分,其余按增幅排名每下降一名,
// 扣1分" (a one-entry table and a step of 1). Ranks are by the actual in the indicator's good direction (at_most: lower
// first; approx: nearer the target first), compared exactly.
import { D, ZERO } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** rank_points' parameters: points by rank (first rank first), the step per rank after them, the units compared. */
export interface RankPointsSpec {
  method: 'rank_points';
  table: D[];
  /** Points less per rank below the table; absent: a rank below the table earns 0 (the table names every prize). */
  step?: D;
  among: 'all' | 'group';
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    rank_points: RankPointsSpec;
  }
}

/**
 * Returns the points of a rank: the table's entry; beyond the table, the last entry less one step per rank below it
 * (before the item's floor), or 0 when the plan declares no step.
 */
export function rankPoints(spec: RankPointsSpec, rank: number): D {
  const listed = spec.table[rank - 1];
  if (listed !== undefined) return listed;
  if (spec.step === undefined) return ZERO;
  const last = spec.table[spec.table.length - 1] ?? ZERO;
  return last.minus(spec.step.times(rank - spec.table.length));
}

/** rank_points: the table's points for the unit's rank by value, then `step` less per rank below the table. */
export const rankPointsMethod: MethodDefinition<RankPointsSpec> = {
  method: 'rank_points',
  schema: 'rankPointsMethod',
  targetless: true,
  normalise: (raw, read) => {
    const step = read.decimal(['step']);
    return {
      method: 'rank_points',
      table: (Array.isArray(raw.table) ? raw.table : []).map((_, i) => read.decimal(['table', i]) ?? ZERO),
      ...(step !== undefined && { step }),
      among: raw.among === 'group' ? 'group' : 'all',
    };
  },
  check(spec, indicator, report) {
    spec.table.forEach((points, i) => {
      const before = spec.table[i - 1];
      if (before !== undefined && points.gt(before))
        report('RANK_POINTS_TABLE', ['scoring', 'table', i], {
          text: 'message',
          hint: 'hint',
          vars: { rank: i + 1, points: shown(points), before: shown(before) },
        });
    });
    const first = spec.table[0];
    if (first !== undefined && spec.cap === undefined && first.gt(indicator.weight))
      report('RANK_POINTS_TABLE', ['scoring', 'table', 0], {
        text: 'over_weight',
        hint: 'over_weight_hint',
        vars: { points: shown(first), weight: shown(indicator.weight) },
      });
  },
  score(_spec, _input, said) {
    said?.push(say('explain.m.cohort_pending'));
    return { points: ZERO };
  },
  cohort(spec, { actual }, { rank, of }, said) {
    if (actual === null || rank === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    const points = rankPoints(spec, rank);
    said?.push(rankSaid(spec, actual, rank, of, points));
    return { points };
  },
  defaultCap: (_spec, weight) => weight,
};

// How a rank's points were read: from the table, beyond it by steps, or beyond it with no step (0).
function rankSaid(spec: RankPointsSpec, actual: D, rank: number, of: number, points: D): Phrase {
  const beyond = rank - spec.table.length;
  return beyond <= 0
    ? say('explain.m.rank_table', { value: shown(actual), rank, of, points: shown(points) })
    : spec.step === undefined
      ? say('explain.m.rank_unlisted', { value: shown(actual), rank, of, listed: spec.table.length })
      : say('explain.m.rank_step', {
          value: shown(actual),
          rank,
          of,
          last: shown(spec.table[spec.table.length - 1] ?? new D(0)),
          beyond,
          step: shown(spec.step),
          points: shown(points),
        });
}
