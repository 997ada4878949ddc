// When an actual and its target disagree a hundredfold, either may be the slip. The actuals' check reports it at
// the actual; this says which of the two is out of line with its own kind, judged by the unit's siblings (the
// units with the same parent): a target 100 times the other units' targets, beside an actual in line with theirs,
// is the target's slip, reported at the target's cell; otherwise the actual's, and the message names the target's
// place too. Either way both cells are named.
import { type D, HUNDRED, median } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Plan, Target, Unit } from '../model.js';
import { formatSource } from '../source.js';

/**
 * Returns the diagnostics of checkPlausible with each hundredfold disagreement between an actual and its target
 * (ACTUALS_IMPLAUSIBLE) placed on the one out of line with its siblings: TARGET_IMPLAUSIBLE at the target's place,
 * naming the actual's, when only the target is; else the actual's diagnostic, naming the target's place.
 */
export function blameOutliers(plan: Plan, actuals: readonly Actual[], diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === 'ACTUALS_IMPLAUSIBLE')) return diagnostics;
  const units = new Map(plan.units.map((u) => [u.id, u]));
  // a CSV actual makes its source on each read (LineActual): read once
  const placeOf = ({ file, line, col }: Actual['source']) => `${file}\u0000${line}\u0000${col}`;
  const at = new Map(actuals.map((a) => [placeOf(a.source), a]));
  return diagnostics.map((d) => {
    const actual = d.code === 'ACTUALS_IMPLAUSIBLE' ? at.get(`${d.file}\u0000${d.line}\u0000${d.col}`) : undefined;
    const unit = actual === undefined ? undefined : units.get(actual.unit);
    const target = unit?.targets.get(actual!.indicator);
    if (actual?.value == null || unit === undefined || target === undefined || !apart(actual.value, target.value))
      return d;
    return judge(plan, actuals, d, actual as Actual & { value: D }, unit, target);
  });
}

// Whether two positive figures are a hundredfold or more apart.
const apart = (a: D, b: D): boolean => a.gt(0) && b.gt(0) && (a.gte(b.times(HUNDRED)) || b.gte(a.times(HUNDRED)));

function judge(
  plan: Plan,
  actuals: readonly Actual[],
  d: Diagnostic,
  actual: Actual & { value: D },
  unit: Unit,
  target: Target,
): Diagnostic {
  const siblings = plan.units.filter((u) => u !== unit && u.parent === unit.parent);
  const ids = new Set(siblings.map((u) => u.id));
  const peerTargets = siblings.flatMap((u) => u.targets.get(actual.indicator)?.value ?? []);
  const peerActuals = actuals.flatMap((a) =>
    ids.has(a.unit) && a.indicator === actual.indicator && a.year === actual.year && a.value !== null ? [a.value] : [],
  );
  const typical = median(peerTargets);
  const targetOff = typical !== undefined && apart(target.value, typical);
  const actualTypical = median(peerActuals);
  const actualOff = actualTypical === undefined || apart(actual.value, actualTypical);
  const indicator = plan.indicators.find((i) => i.id === actual.indicator)!;
  if (targetOff && !actualOff) {
    const vars = {
      unit: unit.name,
      indicator: indicator.name,
      target: target.value.toFixed(),
      typical: typical!.toFixed(),
      measure: indicator.unit,
      actual: actual.value.toFixed(),
      at: formatSource(actual.source),
    };
    const message = errorText('TARGET_IMPLAUSIBLE', 'ratio', vars);
    return {
      ...d,
      code: 'TARGET_IMPLAUSIBLE',
      ...target.source,
      message,
      hint: errorText('TARGET_IMPLAUSIBLE', 'ratio_hint'),
    };
  }
  const message = errorText('ACTUALS_IMPLAUSIBLE', 'target_at', {
    message: d.message,
    at: formatSource(target.source),
  });
  return { ...d, message };
}
