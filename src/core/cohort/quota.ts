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
 * candidate's decision in `decisions` (by unit id) and returns the scope's arithmetic. `aside` units of the scope
 * were set aside with a partial total: they count among the units (考评对象总数) but take no place; with `hold`, the
 * candidates they could displace (within the places but not within places − aside) are `held`, without a grade.
 */
export function applyQuota(
  quota: Quota,
  scope: readonly Member[],
  group: string | null,
  decisions: Map<string, QuotaDecision[]>,
  source: string,
  aside = 0,
  hold = false,
): QuotaSummary {
  const { places, exact } = placesOf(quota, scope.length + aside);
  const sure = hold ? Math.max(0, places - aside) : places;
  const candidates = scope.filter((m) => m.grade === quota.level);
  const decide = (m: Member, granted: boolean, reason: QuotaDecision['reason']): void => {
    if (!granted) m.grade = quota.fallback;
    const list = decisions.get(m.id) ?? [];
    list.push({ level: quota.level, granted, reason, ...(!granted && { to: quota.fallback }) });
    decisions.set(m.id, list);
  };
  for (const m of candidates) if (!passesGate(quota.gate, m.result)) decide(m, false, 'gate');
  const ranked = sortMembers(candidates.filter((m) => passesGate(quota.gate, m.result)));
  const full = placed(ranked, places, quota.edge);
  const safe = sure === places ? full : placed(ranked, sure, quota.edge);
  let granted = 0;
  let held = 0;
  ranked.forEach((m, i) => {
    const f = full[i] as Placed;
    const within = f.within && (safe[i] as Placed).within;
    if (f.within && !within) {
      held += 1;
      const list = decisions.get(m.id) ?? [];
      list.push({ level: quota.level, granted: false, reason: 'held' });
      decisions.set(m.id, list);
      return;
    }
    if (within) granted += 1;
    decide(m, within, f.reason);
  });
  return {
    level: quota.level,
    group,
    units: scope.length + aside,
    ...(quota.share !== undefined && { share: quota.share.toFixed() }),
    ...(quota.rounding !== undefined && { rounding: quota.rounding }),
    ...(exact !== undefined && { exact: exact.toFixed() }),
    places,
    candidates: candidates.length,
    granted,
    ...(held > 0 && { held }),
    edge: quota.edge,
    source,
  };
}

interface Placed {
  within: boolean;
  reason: QuotaDecision['reason'];
}

// Whether each ranked candidate is within `places` (ties at the edge all in or all out), and why.
function placed(ranked: readonly Member[], places: number, rule: Quota['edge']): Placed[] {
  const edge = edgeOf(ranked, places);
  return ranked.map((_, i) => {
    const inEdge = edge !== undefined && i >= edge.from && i < edge.to;
    const within = inEdge ? rule === 'all_in' : i < places;
    return { within, reason: inEdge ? (within ? 'edge_in' : 'edge_out') : within ? 'within' : 'over' };
  });
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
