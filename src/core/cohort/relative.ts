// The cohort-relative scores (SCHEMES.md M13, M7), which need every unit's values before any unit's points: where each
// unit stands for a relative_to_best or rank_points item (the best value, its rank by value), and the top scorer of a
// section normalised by it. Both are read in a first pass over the units; the units are then scored with them.
import { type D, ZERO } from '../../decimal.js';
import type { Indicator, Plan } from '../../model.js';
import type { CohortBasis } from '../../methods/define-method.js';
import { methodDefinition } from '../../methods/index.js';
import { basisKey, evaluateIndicator } from '../indicator.js';
import { isTargetless } from '../score.js';
import { evaluateUnit, type PlanScoring } from '../unit.js';

/** Where one unit stands for one relative item, and which units it was compared with ("" all, else a group id). */
export interface RelativeBasis extends CohortBasis {
  among: string;
}

/** A normalised section's top among all units: the top points before the cap, and the units holding it. */
export interface SectionTop {
  top: D;
  units: string[];
}

/** Returns the indicators scored against the other units (a method with a cohort reading). */
export function relativeIndicators(plan: Plan): Indicator[] {
  return plan.indicators.filter((i) => i.method !== undefined && methodDefinition(i.method.method).cohort);
}

/**
 * Returns the scoring completed with the cohort's readings: each unit's basis for every relative item, then the top of
 * every section normalised by it (read by scoring every unit once with the bases). Unchanged when the plan has neither.
 */
export function withCohortReadings(scoring: PlanScoring): PlanScoring {
  const { plan } = scoring;
  const relative = relativeIndicators(plan);
  const withBases = relative.length === 0 ? scoring : { ...scoring, bases: basesOf(scoring, relative) };
  const normalised = (plan.sections ?? []).filter((s) => s.normalise === 'top');
  if (normalised.length === 0) return withBases;
  const tops = new Map<string, SectionTop>();
  for (const unit of plan.units) {
    const values = evaluateUnit(withBases, unit).sectionValues;
    for (const section of normalised) {
      const value = values?.get(section.id)?.uncapped;
      if (value === undefined) continue;
      const top = tops.get(section.id);
      if (top === undefined || value.gt(top.top)) tops.set(section.id, { top: value, units: [unit.id] });
      else if (value.eq(top.top)) top.units.push(unit.id);
    }
  }
  return { ...withBases, tops };
}

// One entry per unit × relative indicator the unit has: its value oriented so that higher is better (null: none).
interface Entry {
  unit: string;
  actual: D | null;
  oriented: D | null;
}

function basesOf(scoring: PlanScoring, indicators: readonly Indicator[]): Map<string, RelativeBasis> {
  const { plan } = scoring;
  const out = new Map<string, RelativeBasis>();
  for (const indicator of indicators) {
    const byGroup = indicator.method !== undefined && 'among' in indicator.method && indicator.method.among === 'group';
    const scopes = new Map<string, Entry[]>();
    for (const unit of plan.units) {
      const target =
        unit.targets.get(indicator.id) ??
        (isTargetless(indicator) ? { value: ZERO, source: indicator.source } : undefined);
      if (target === undefined) continue;
      const e = evaluateIndicator(scoring, unit, indicator, target, false);
      const scope = byGroup ? (plan.cohort?.unitGroups.get(unit.id) ?? '') : '';
      const oriented =
        e.actual === null
          ? null
          : indicator.direction === 'at_most'
            ? e.actual.negated()
            : indicator.direction === 'approx'
              ? (e.surplus ?? ZERO).abs().negated()
              : e.actual;
      const list = scopes.get(scope) ?? [];
      list.push({ unit: unit.id, actual: e.actual, oriented });
      scopes.set(scope, list);
    }
    for (const [scope, entries] of scopes) readScope(scope, entries, indicator.id, out);
  }
  return out;
}

// Competition ranks (1, 1, 3) by the oriented value, exactly; the best is the actual of the first.
function readScope(among: string, entries: readonly Entry[], indicator: string, out: Map<string, RelativeBasis>): void {
  const valued = entries.filter((e) => e.oriented !== null) as (Entry & { oriented: D })[];
  valued.sort((a, b) => b.oriented.comparedTo(a.oriented));
  const top = valued[0];
  const best = top?.actual ?? null;
  const bestCount = top === undefined ? 0 : valued.filter((e) => e.oriented.eq(top.oriented)).length;
  const ranks = new Map<string, number>();
  valued.forEach((e, i) => {
    const before = valued[i - 1];
    const rank = before !== undefined && before.oriented.eq(e.oriented) ? (ranks.get(before.unit) ?? i + 1) : i + 1;
    ranks.set(e.unit, rank);
  });
  for (const e of entries)
    out.set(basisKey(e.unit, indicator), {
      among,
      best,
      bestCount,
      rank: ranks.get(e.unit) ?? null,
      of: valued.length,
    });
}
