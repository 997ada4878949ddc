// Targets the result marks missing, as errors: `score` stops on them (unless --allow-missing), `explain` warns.
import { errorText } from '../messages/index.js';
import { listOf } from '../messages/text.js';
import type { Diagnostic, Plan, Result } from '../model.js';

/** Returns a MISSING_ACTUALS error for each target of the plan that the result marks missing. */
export function missingActuals(plan: Plan, result: Result): Diagnostic[] {
  const out: Diagnostic[] = [];
  const units = new Map(plan.units.map((u) => [u.id, u]));
  for (const unit of result.units) {
    for (const ind of unit.indicators) {
      if (ind.status !== 'missing' || ind.rolled_up) continue;
      const target = units.get(unit.id)?.targets.get(ind.id);
      const at = target?.source ?? plan.source;
      const years = (ind.years ?? []).filter((y) => y.actual === null).map((y) => y.year);
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
  }
  return out;
}
