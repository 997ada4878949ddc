// 等次名额 (M11): a level limited to a share of the units in scope (rounded as the plan declares) or a count;
// units failing the gate, and those beyond the places, go to the fallback level; units still tied at the edge
// after every tie-break are all in or all out, as declared. Shanwei-2010: 优秀 "总量控制在考评对象总数的30%以内".
import { D, HUNDRED } from '../../decimal.js';
import type { CohortRecord, QuotaDecision, Quota } from '../../model.js';
import { compareRanked } from './order.js';
import { type Member, sortMembers } from './members.js';
import { passesGate } from './gate.js';

/** One quota's arithmetic over one scope, as the result records it. */
export type QuotaSummary = CohortRecord['quotas'][number];
export type { QuotaDecision };

const ROUNDING = { down: D.ROUND_DOWN, half_up: D.ROUND_HALF_UP, up: D.ROUND_UP } as const;

/** Returns the places of a quota over `units` units: the count, or share × units ÷ 100 rounded as declared. */
export function placesOf(quota: Quota, units: number): { places: number; exact?: D } {
  if (quota.count !== undefined || quota.share === undefined) return { places: quota.count ?? 0 };
  const exact = quota.share.times(units).dividedBy(HUNDRED);
  return { places: exact.toDecimalPlaces(0, ROUNDING[quota.rounding ?? 'down']).toNumber(), exact };
}

/**
 * Applies one quota to one scope (all units, or one group): sets each candidate's `grade`, records each
 * candidate's decision in `decisions` (by unit id) and returns the scope's arithmetic.
 */
export function applyQuota(
  quota: Quota,
  scope: readonly Member[],
  group: string | null,
  decisions: Map<string, QuotaDecision[]>,
  source: string,
): QuotaSummary {
  const { places, exact } = placesOf(quota, scope.length);
  const candidates = scope.filter((m) => m.grade === quota.level);
  const decide = (m: Member, granted: boolean, reason: QuotaDecision['reason']): void => {
    if (!granted) m.grade = quota.fallback;
    const list = decisions.get(m.id) ?? [];
    list.push({ level: quota.level, granted, reason, ...(!granted && { to: quota.fallback }) });
    decisions.set(m.id, list);
  };
  for (const m of candidates) if (!passesGate(quota.gate, m.result)) decide(m, false, 'gate');
  const ranked = sortMembers(candidates.filter((m) => passesGate(quota.gate, m.result)));
  const edge = edgeOf(ranked, places);
  let granted = 0;
  ranked.forEach((m, i) => {
    const inEdge = edge !== undefined && i >= edge.from && i < edge.to;
    const within = inEdge ? quota.edge === 'all_in' : i < places;
    if (within) granted += 1;
    decide(m, within, inEdge ? (within ? 'edge_in' : 'edge_out') : within ? 'within' : 'over');
  });
  return {
    level: quota.level,
    group,
    units: scope.length,
    ...(quota.share !== undefined && { share: quota.share.toFixed() }),
    ...(quota.rounding !== undefined && { rounding: quota.rounding }),
    ...(exact !== undefined && { exact: exact.toFixed() }),
    places,
    candidates: candidates.length,
    granted,
    edge: quota.edge,
    source,
  };
}

// The block of units equal to the last place and the first one beyond it, when the places cut through it.
function edgeOf(ranked: readonly Member[], places: number): { from: number; to: number } | undefined {
  const last = ranked[places - 1];
  const next = ranked[places];
  if (places === 0 || last === undefined || next === undefined || compareRanked(last, next) !== 0) return undefined;
  let from = places - 1;
  while (from > 0 && compareRanked(ranked[from - 1] as Member, last) === 0) from -= 1;
  let to = places + 1;
  while (to < ranked.length && compareRanked(ranked[to] as Member, last) === 0) to += 1;
  return { from, to };
}
