// An actual given for a unit and an indicator the unit has no target for is read and then used by nothing: the
// clerk's figure (or a target lost from the plan or its targets sheet) goes unscored without a word. A warning says
// so at the figure's cell. Figures that are used without a target of the unit's own are left alone: an event count
// or a score given directly (targetless methods), the two counts of a rate (rate_of), a child's figure its
// parent's target adds up, and an indicator a rule, gate, section or tie-break names.
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Plan } from '../model.js';
import { methodDefinition } from '../methods/index.js';

/** Returns an ACTUALS_NO_TARGET warning at the first actual of each unit × indicator that no target uses. */
export function checkUntargeted(plan: Plan, actuals: readonly Actual[]): Diagnostic[] {
  const targeted = new Set(plan.units.flatMap((u) => [...u.targets.keys()]));
  const named = JSON.stringify([plan.rules, plan.grades, plan.cohort?.tieBreaks, plan.sections]);
  const exempt = new Set(
    plan.indicators
      .filter((i) => (i.method && methodDefinition(i.method.method).targetless) || named.includes(JSON.stringify(i.id)))
      .map((i) => i.id),
  );
  for (const i of plan.indicators) if (i.rateOf) exempt.add(i.rateOf.numerator).add(i.rateOf.denominator);
  const units = new Map(plan.units.map((u) => [u.id, u]));
  // Whether the unit or one of its ancestors has a target for the indicator (a parent's target adds up its children).
  const hasTarget = (unit: string | undefined, indicator: string, depth = 0): boolean => {
    const u = unit === undefined ? undefined : units.get(unit);
    if (u === undefined || depth > plan.units.length) return false;
    return u.targets.has(indicator) || hasTarget(u.parent, indicator, depth + 1);
  };
  const said = new Set<string>();
  const out: Diagnostic[] = [];
  // a sheet's rows come unit by unit, indicator by indicator: what was found for the row before is most often this
  // row's answer too
  let lastUnit: string | undefined;
  let lastIndicator: string | undefined;
  let covered = true;
  for (const a of actuals) {
    if (a.indicator !== lastIndicator || a.unit !== lastUnit) {
      lastUnit = a.unit;
      lastIndicator = a.indicator;
      covered = !targeted.has(a.indicator) || exempt.has(a.indicator) || hasTarget(a.unit, a.indicator);
    }
    if (a.value === null || covered) continue;
    const key = `${a.unit}\u0000${a.indicator}`;
    if (said.has(key)) continue;
    said.add(key);
    const indicator = plan.indicators.find((i) => i.id === a.indicator)!;
    const vars = { unit: units.get(a.unit)?.name ?? a.unit, indicator: indicator.name, value: a.value.toFixed() };
    out.push({
      code: 'ACTUALS_NO_TARGET',
      severity: 'warning',
      ...a.source,
      message: errorText('ACTUALS_NO_TARGET', 'message', vars),
      hint: errorText('ACTUALS_NO_TARGET', 'hint'),
    });
  }
  return out;
}
