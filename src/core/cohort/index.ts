// The cohort phase (STYLE "Two phases of scoring"): after every unit is scored alone, rank the units within
// their groups, apply the grade quotas best level first, award prizes, find 末位, and key consequences on
// grade and history. Pure: it takes the units' results and returns them completed, never re-reading inputs.
import { type D, ZERO } from '../../decimal.js';
import type { Plan, PreviousResult, Result, TieBreak, UnitResult } from '../../model.js';
import { formatSource } from '../source.js';
import { consequencesOf, historyOf } from './consequences.js';
import { groupMembers, type Member, membersOf, type RankedGroup } from './members.js';
import { decidingTieBreak } from './order.js';
import { type Award, awardPrize, lastPlaceOf } from './prizes.js';
import { applyQuota, type QuotaDecision } from './quota.js';

/** A unit as the first phase leaves it: its result, exact total and tie-break values. */
export interface FirstPhaseUnit {
  result: UnitResult;
  score: D;
  tieValues: (D | null)[];
}

/** The cohort phase's answer: the completed unit results (plan order), the cohort record and its sums. */
export interface CohortOutcome {
  units: UnitResult[];
  cohort: NonNullable<Result['cohort']>;
  prizeYuan: D;
  lastPlace: number;
}

/**
 * Returns true when the plan's units are completed by a cohort phase that reads every unit's result (ranks, quotas,
 * prizes, 末位, consequences, or history from a previous result); false when each unit's first-phase result stands.
 */
export function hasCohortPhase(plan: Plan, previous?: PreviousResult): boolean {
  return plan.cohort !== undefined && (plan.cohort.declared || previous !== undefined);
}

/**
 * Returns the units completed by the cohort phase (group, rank, quota decisions, prizes, 末位, history,
 * consequences; the final grade after quotas), or undefined when the plan declares none of it and no
 * previous result is given (the first phase's results stand as they are).
 */
export function completeCohort(
  plan: Plan,
  scored: readonly FirstPhaseUnit[],
  previous?: PreviousResult,
): CohortOutcome | undefined {
  const cohort = plan.cohort;
  if (cohort === undefined || !hasCohortPhase(plan, previous)) return undefined;
  const all = membersOf(cohort, scored);
  // A unit whose total is partial (a scored item without an actual) is set aside: no rank, place, prize or 末位.
  const aside = all.filter((m) => (m.result.missing_items ?? []).length > 0);
  const members = all.filter((m) => !aside.includes(m));
  const groups = groupMembers(cohort, members, '');
  const hold = cohort.incomplete === 'hold';
  const asideIn = (group: string | null): string[] =>
    aside.filter((m) => group === null || m.group === group).map((m) => m.id);
  const levels = plan.grades?.levels ?? [];
  const decisions = new Map<string, QuotaDecision[]>();
  const quotas = [...cohort.quotas]
    .sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level))
    .flatMap((q) => {
      const source = formatSource(q.source);
      const scopes = q.per === 'all' ? [{ id: null, members }] : groups;
      return scopes.map((g) => applyQuota(q, g.members, g.id, decisions, source, asideIn(g.id).length, hold));
    });
  const awards = new Map<string, Award[]>();
  const prizes = cohort.prizes.flatMap((p) =>
    groupsFor(groups, p.group).map((g) => awardPrize(p, g, awards, formatSource(p.source), hold ? asideIn(g.id) : [])),
  );
  const lastPlace = cohort.lastPlace.flatMap((l) =>
    groupsFor(groups, l.group).map((g) => lastPlaceOf(l, g, formatSource(l.source), asideIn(g.id), hold)),
  );
  const last = new Set(lastPlace.flatMap((l) => l.units));
  const ranks = ranksById(groups, plan);
  const units = all.map((m) => {
    const history = previous === undefined ? undefined : historyOf(previous, m.id);
    const won = awards.get(m.id) ?? [];
    const facts = { grade: m.grade, lastPlace: last.has(m.id), overall: m.result.overall, history };
    // A quota place held for a unit with a partial total leaves the candidate without a grade until it is decided.
    const held = decisions.get(m.id)?.some((d) => d.reason === 'held') === true;
    const result: UnitResult = {
      ...m.result,
      grade: m.result.grade === null || held ? null : { ...m.result.grade, final: m.grade ?? m.result.grade.final },
    };
    if (m.group !== '') result.group = m.group;
    const rank = ranks.get(m.id);
    if (rank !== undefined) result.rank = rank;
    const decided = decisions.get(m.id);
    if (decided !== undefined) result.quotas = decided;
    if (cohort.prizes.length > 0) {
      result.prizes = won.map((a) => ({ name: a.name, place: a.place, yuan: a.yuan.toFixed() }));
      result.prize_yuan = won.reduce((sum, a) => sum.plus(a.yuan), ZERO).toFixed();
    }
    if (cohort.lastPlace.length > 0) result.last_place = last.has(m.id);
    if (history !== undefined) result.history = history;
    if (cohort.consequences.length > 0) result.consequences = consequencesOf(cohort.consequences, facts);
    return result;
  });
  const prizeYuan = [...awards.values()].flat().reduce((sum, a) => sum.plus(a.yuan), ZERO);
  return {
    units,
    cohort: {
      levels: [...levels],
      groups: groups.map((g) => ({ id: g.id, name: g.name, units: g.members.length, all_met: allMet(g) })),
      quotas,
      prizes,
      last_place: lastPlace,
      ...(aside.length > 0 && {
        set_aside: aside.map((m) => ({ unit: m.id, group: m.group, missing_items: m.result.missing_items ?? [] })),
        incomplete: cohort.incomplete,
      }),
      ...(previous !== undefined && {
        previous: { path: previous.path, sha256: previous.sha256, plan_id: previous.planId },
      }),
    },
    prizeYuan,
    lastPlace: last.size,
  };
}

function allMet(g: RankedGroup): boolean {
  return g.members.every((m) => m.result.overall === 'met');
}

function groupsFor(groups: readonly RankedGroup[], id: string | undefined): RankedGroup[] {
  return id === undefined ? [...groups] : groups.filter((g) => g.id === id);
}

/** Returns each unit's rank in its group, with the tie-break that separated it from a neighbour of equal total. */
function ranksById(groups: readonly RankedGroup[], plan: Plan): Map<string, NonNullable<UnitResult['rank']>> {
  const out = new Map<string, NonNullable<UnitResult['rank']>>();
  const tieBreaks = plan.cohort?.tieBreaks ?? [];
  for (const g of groups) {
    g.members.forEach((m, i) => {
      const position = g.ranks[i] ?? i + 1;
      const shared = g.ranks[i - 1] === position || g.ranks[i + 1] === position;
      const rank: NonNullable<UnitResult['rank']> = { position, of: g.members.length, shared };
      const neighbour = [g.members[i - 1], g.members[i + 1]].find((n) => n !== undefined && n.score.eq(m.score));
      const k = neighbour === undefined ? -1 : decidingTieBreak(m, neighbour);
      const t = tieBreaks[k];
      if (neighbour !== undefined && t !== undefined)
        rank.tie_break = {
          unit: neighbour.id,
          ...(t.indicator !== undefined && { indicator: t.indicator }),
          ...(t.section !== undefined && { section: t.section }),
          by: t.by,
          value: shownTieValue(m, t),
          other_value: shownTieValue(neighbour, t),
        };
      out.set(m.id, rank);
    });
  }
  return out;
}

// The compared quantity as the result shows it (the comparison itself was made on the exact values).
function shownTieValue(m: Member, t: TieBreak): string | null {
  if (t.section !== undefined) {
    const s = m.result.sections?.find((x) => x.id === t.section);
    return s === undefined ? null : t.by === 'subtotal' ? s.subtotal : s.score;
  }
  const ind = m.result.indicators.find((x) => x.id === t.indicator);
  if (ind === undefined) return null;
  return t.by === 'actual' ? ind.actual : t.by === 'surplus' ? ind.surplus : ind.score;
}
