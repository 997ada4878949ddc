// `kaohe explain` for the cohort phase: the unit's rank and the tie-break that placed it, each quota's arithmetic
// and why the unit did or did not get the level, its prizes (or why none), 末位, last year's grade and the actions.
// Each step says a phrase of the catalogue (src/messages/labels-cohort.ts); src/report words it.
import type { Phrase } from '../../messages/index.js';
import type { Plan, Result, UnitResult } from '../../model.js';
import { say } from '../../rules/phrase.js';
import { formatSource } from '../source.js';

/** One cohort step, in the shape of an explain step. */
export interface CohortStep {
  kind: 'rank' | 'quota' | 'prize' | 'last_place' | 'history' | 'consequence';
  say: Phrase;
  value?: string;
  source?: string;
}

/** Returns the cohort steps of one unit (none when the result has no cohort phase). `n` formats a number. */
export function explainCohort(plan: Plan, result: Result, unit: UnitResult, n: (t: string) => string): CohortStep[] {
  const cohort = result.cohort;
  if (cohort === undefined) return [];
  const groupOf = (id: string): Phrase | string => {
    const name = cohort.groups.find((g) => g.id === id)?.name ?? '';
    return name === '' ? say('cohort.rank.all') : name;
  };
  const group = groupOf(unit.group ?? '');
  const steps: CohortStep[] = [];
  if (unit.rank) steps.push(rankStep(result, unit, group, n));
  const aside = cohort.set_aside?.find((a) => a.unit === unit.id);
  if (aside !== undefined) {
    const items = aside.missing_items.map((id) => unit.indicators.find((i) => i.id === id)?.name ?? id).join(', ');
    steps.push({ kind: 'rank', say: say('cohort.explain.aside', { group, score: n(unit.score), items }) });
  }
  const heldBy = (ids: readonly string[]): string =>
    ids.map((id) => result.units.find((u) => u.id === id)?.name ?? id).join(', ');
  for (const d of unit.quotas ?? []) {
    const q = cohort.quotas.find((x) => x.level === d.level && (x.group === null || x.group === (unit.group ?? '')));
    if (q === undefined) continue;
    const arithmetic =
      q.share !== undefined
        ? say('cohort.quota.share', {
            share: q.share,
            units: q.units,
            exact: q.exact ?? '',
            places: q.places,
            rounding: say(`cohort.rounding.${q.rounding ?? 'down'}`),
          })
        : say('cohort.quota.count', { places: q.places, units: q.units });
    steps.push({
      kind: 'quota',
      value: d.granted ? d.level : (d.to ?? ''),
      source: q.source,
      say: say('cohort.explain.quota', {
        level: d.level,
        arithmetic,
        candidates: q.candidates,
        granted: q.granted,
        reason: say(`cohort.explain.reason.${d.reason}`),
        to: d.granted ? d.level : (d.to ?? ''),
      }),
    });
  }
  const final = finalGradeStep(result, unit, n);
  if (final !== undefined) steps.push(final);
  for (const prize of cohort.prizes.filter((p) => p.group === (unit.group ?? ''))) {
    const award = prize.awards.find((a) => a.unit === unit.id);
    const places = plan.cohort?.prizes.find((p) => formatSource(p.source) === prize.source)?.places ?? 0;
    const text = award
      ? say('cohort.explain.prize', { name: prize.name, place: award.place, yuan: n(award.yuan) })
      : (prize.held_by ?? []).length > 0
        ? say('cohort.explain.prize_held', { name: prize.name, units: heldBy(prize.held_by ?? []) })
        : prize.passed_over.includes(unit.id)
          ? say('cohort.explain.prize_passed', {
              name: prize.name,
              gate: say(`cohort.gate.${prize.gate ?? 'overall_met'}`),
            })
          : say('cohort.explain.prize_none', { name: prize.name, places });
    steps.push({ kind: 'prize', value: award?.yuan ?? '0', source: prize.source, say: text });
  }
  for (const last of cohort.last_place.filter((l) => l.group === (unit.group ?? ''))) {
    const text =
      (last.held_by ?? []).length > 0
        ? say('cohort.explain.last_held', { group, units: heldBy(last.held_by ?? []) })
        : last.all_met
          ? say('cohort.explain.last_all_met', { group })
          : last.units.includes(unit.id)
            ? say('cohort.explain.last_yes', { group, position: unit.rank?.position ?? '', of: unit.rank?.of ?? '' })
            : say('cohort.explain.last_no');
    steps.push({ kind: 'last_place', source: last.source, say: text });
  }
  if (unit.history !== undefined) {
    const h = unit.history;
    steps.push({
      kind: 'history',
      ...(cohort.previous && { source: cohort.previous.path }),
      say: h.found
        ? say('cohort.explain.history', { grade: h.previous_grade ?? '-' })
        : say('cohort.explain.history_none'),
    });
  }
  for (const c of unit.consequences ?? [])
    steps.push({ kind: 'consequence', source: c.source, say: say('cohort.explain.consequence', { action: c.action }) });
  return steps;
}

// One sentence for the grade the quotas left: the score, the level it qualified for, what each quota did and why.
function finalGradeStep(result: Result, unit: UnitResult, n: (t: string) => string): CohortStep | undefined {
  const decisions = unit.quotas ?? [];
  const first = decisions[0];
  if (first === undefined || unit.grade === null) return undefined;
  const said = decisions.map((d) => {
    const q = result.cohort?.quotas.find((x) => x.level === d.level && (x.group ?? '') === (unit.group ?? ''));
    const quota = result.cohort?.quotas.find((x) => x.level === d.level && x.group === null) ?? q;
    return say('cohort.explain.decision', {
      level: d.level,
      places: quota?.places ?? '',
      rank: unit.rank?.position ?? '-',
      reason: say(`cohort.explain.reason.${d.reason}`),
      to: d.granted ? d.level : (d.to ?? ''),
    });
  });
  const joined = said.reduce<Phrase | undefined>(
    (all, p) => (all === undefined ? p : say('explain.join', { first: all, rest: p })),
    undefined,
  );
  return {
    kind: 'quota',
    value: unit.grade.final,
    say: say('cohort.explain.final', {
      final: unit.grade.final,
      score: n(unit.score),
      qualified: first.level,
      decisions: joined ?? '',
    }),
  };
}

// "rank 2 of 6 in 县(市) by total 100; equal total with 如皋市, separated by 城镇新增就业 (actual) 10,500 vs 12,600"
function rankStep(result: Result, unit: UnitResult, group: Phrase | string, n: (t: string) => string): CohortStep {
  const r = unit.rank as NonNullable<UnitResult['rank']>;
  const t = r.tie_break;
  let tie: Phrase | string = '';
  if (t !== undefined) {
    const other = result.units.find((u) => u.id === t.unit)?.name ?? t.unit;
    tie = say('cohort.explain.tie', {
      other,
      indicator:
        t.section !== undefined
          ? (unit.sections?.find((x) => x.id === t.section)?.title ?? t.section)
          : (unit.indicators.find((i) => i.id === t.indicator)?.name ?? t.indicator ?? ''),
      by: say(`cohort.tie_by.${t.by}`),
      value: t.value === null ? '-' : n(t.value),
      other_value: t.other_value === null ? '-' : n(t.other_value),
    });
  } else if (r.shared) tie = say('cohort.explain.tie_shared');
  return {
    kind: 'rank',
    value: String(r.position),
    say: say('cohort.explain.rank', { position: r.position, of: r.of, group, score: n(unit.score), tie }),
  };
}
