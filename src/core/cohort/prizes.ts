// Prizes by rank (M16, Nantong-2007: 县(市) 一等奖 10万, 二等奖 7万, 三等奖 5万; 区 ranked apart) among the units
// passing a gate (Fuzhou-JX: "按完成目标任务基础上得分多少依次排序取前三名"), and 末位 (Fuzhou-JX: "取最后一名,
// 但…均完成了责任目标任务的,不再评末位单位").
import { type D, ZERO } from '../../decimal.js';
import type { CohortRecord, LastPlace, Prize } from '../../model.js';
import { passesGate } from './gate.js';
import { type Member, type RankedGroup, ranksOf } from './members.js';
import { compareRanked } from './order.js';

/** One prize awarded in one group, as the result records it. */
export type PrizeSummary = CohortRecord['prizes'][number];
/** 末位 in one group, as the result records it. */
export type LastPlaceSummary = CohortRecord['last_place'][number];
/** A prize won by one unit. */
export interface Award {
  name: string;
  place: number;
  yuan: D;
}

/**
 * Awards one prize in one ranked group: the units passing the gate, in rank order, take places 1, 2, 3… (equal
 * units share a place and each is paid that place's yuan, 1, 1, 3); a unit ranked above a winner but gated out
 * passes its prize on and is listed in `passed_over`. When `heldBy` names units of the group whose total is partial
 * (ranking.incomplete: hold), nothing is awarded: any of them could take any place, so the prize waits for them.
 */
export function awardPrize(
  prize: Prize,
  group: RankedGroup,
  awards: Map<string, Award[]>,
  source: string,
  heldBy: readonly string[] = [],
): PrizeSummary {
  if (heldBy.length > 0) {
    const { gate } = prize;
    return {
      name: prize.name,
      group: group.id,
      ...(gate && { gate }),
      awards: [],
      passed_over: [],
      source,
      held_by: [...heldBy],
    };
  }
  const passing = group.members.filter((m) => passesGate(prize.gate, m.result));
  const places = ranksOf(passing);
  const summary: PrizeSummary = {
    name: prize.name,
    group: group.id,
    ...(prize.gate !== undefined && { gate: prize.gate }),
    awards: [],
    passed_over: [],
    source,
  };
  let lastWinner: Member | undefined;
  passing.forEach((m, i) => {
    const place = places[i] ?? i + 1;
    if (place > prize.places) return;
    const yuan = prize.yuan[place - 1] ?? ZERO;
    lastWinner = m;
    const rank = group.ranks[group.members.indexOf(m)] ?? place;
    summary.awards.push({ unit: m.id, place, rank, yuan: yuan.toFixed() });
    const list = awards.get(m.id) ?? [];
    list.push({ name: prize.name, place, yuan });
    awards.set(m.id, list);
  });
  if (lastWinner !== undefined) {
    const winner = lastWinner;
    summary.passed_over = group.members
      .filter((m) => !passesGate(prize.gate, m.result) && compareRanked(m, winner) < 0)
      .map((m) => m.id);
  }
  return summary;
}

/**
 * Returns the group's 末位: the units with fewer than `count` units ranked strictly below them (so units equal
 * at the bottom are all 末位), or none when `unless: all_met` and every unit of the group met its overall target.
 * `aside` are the group's units set aside with a partial total (none of them met): with `hold`, 末位 waits for them
 * (`held_by`), since any of them could be last; without, the ranked units are read without them.
 */
export function lastPlaceOf(
  rule: LastPlace,
  group: RankedGroup,
  source: string,
  aside: readonly string[] = [],
  hold = false,
): LastPlaceSummary {
  const allMet = aside.length === 0 && group.members.every((m) => m.result.overall === 'met');
  if (hold && aside.length > 0) return { group: group.id, all_met: false, units: [], source, held_by: [...aside] };
  if (rule.unless === 'all_met' && allMet) return { group: group.id, all_met: true, units: [], source };
  const units: string[] = [];
  // From the bottom, a block of equal ranks at a time: a block is 末位 while fewer than `count` units lie below it.
  for (let end = group.members.length - 1; end >= 0; ) {
    let start = end;
    while (start > 0 && group.ranks[start - 1] === group.ranks[end]) start -= 1;
    if (group.members.length - 1 - end >= rule.count) break;
    for (let i = start; i <= end; i++) units.push((group.members[i] as Member).id);
    end = start - 1;
  }
  return { group: group.id, all_met: allMet, units: units.reverse(), source };
}
