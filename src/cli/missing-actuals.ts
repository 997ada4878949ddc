// Targets the result marks missing, as errors: `score` stops on them (unless --allow-missing), `explain` warns.
import { errorText } from '../messages/index.js';
import { listOf } from '../messages/text.js';
import { checkEventRows } from '../load/point-checks.js';
import type { Actual, Diagnostic, Plan, Result, Source, UnitResult } from '../model.js';

/**
 * Returns a MISSING_ACTUALS error for each target of the plan that the result marks missing, pointing at the empty
 * cell a sheet left for it (the first, when several years are empty), else at the target in the plan.
 */
export function missingActuals(plan: Plan, result: Result, actuals: readonly Actual[] = []): Diagnostic[] {
  const check = missingActualsCheck(plan, actuals);
  return result.units.flatMap(check);
}

/**
 * Returns a check of one unit's result giving what missingActuals gives for it (its MISSING_ACTUALS errors, in its
 * indicators' order): for a result read a unit at a time, checked as it goes.
 */
export function missingActualsCheck(plan: Plan, actuals: readonly Actual[] = []): (unit: UnitResult) => Diagnostic[] {
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const empty = emptyCells(actuals);
  return (unit) => {
    const out: Diagnostic[] = [];
    for (const ind of unit.indicators) {
      if (ind.status !== 'missing' || ind.rolled_up) continue;
      // An event count without a row is its own mistake: the plan may say a missing row is 0, and did not.
      if (ind.method === 'per_count') {
        out.push(
          ...checkEventRows(
            {
              ...plan,
              units: plan.units.filter((u) => u.id === unit.id),
              indicators: plan.indicators.filter((i) => i.id === ind.id),
            },
            [],
          ),
        );
        continue;
      }
      const target = units.get(unit.id)?.targets.get(ind.id);
      const years = (ind.years ?? []).filter((y) => y.actual === null).map((y) => y.year);
      const cell = [undefined, ...years]
        .map((y) => empty.get(`${unit.id}\u0000${ind.id}\u0000${y ?? ''}`))
        .find(Boolean);
      // An item with no target (an event, a relative item) is placed at its unit's entry, not the plan's first line.
      const at = cell ?? target?.source ?? units.get(unit.id)?.source ?? plan.source;
      const inYears = years.length > 0 ? errorText('MISSING_ACTUALS', 'years', { years: listOf(years) }) : '';
      out.push({
        code: 'MISSING_ACTUALS',
        severity: 'error',
        ...at,
        message: errorText('MISSING_ACTUALS', 'message', {
          unit: unit.name,
          unit_id: unit.id,
          indicator: ind.name ?? ind.id,
          years: inYears,
        }),
        hint: errorText('MISSING_ACTUALS', 'hint'),
      });
    }
    return out;
  };
}

// The places of the cells a sheet left empty (an actual without a value), by unit, indicator and year.
function emptyCells(actuals: readonly Actual[]): Map<string, Source> {
  const out = new Map<string, Source>();
  for (const a of actuals) {
    const key = `${a.unit}\u0000${a.indicator}\u0000${a.year ?? ''}`;
    if (a.value === null && !out.has(key)) out.set(key, a.source);
  }
  return out;
}
