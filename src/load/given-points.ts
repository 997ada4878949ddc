// Points an assessment team gave (direct, 考核组评分 / 市评分) can be no more than the item is worth: 35 given for a
// 3-point item is 3.5 typed without its point, never a figure to cap silently. Unlike an outlier it is refused even
// with --accept-outliers; a plan whose team scores on another scale says so with the item's cap.
import type { D } from '../decimal.js';
import { errorText } from '../messages/index.js';
import type { Actual, Diagnostic, Indicator, Plan } from '../model.js';

/** Returns an ACTUALS_IMPLAUSIBLE error at the cell of each given score above its item's cap (default: its weight). */
export function checkGivenPoints(plan: Plan, actuals: readonly Actual[]): Diagnostic[] {
  const caps = new Map<string, [Indicator, D]>();
  for (const i of plan.indicators) if (i.method?.method === 'direct') caps.set(i.id, [i, i.method.cap ?? i.weight]);
  if (caps.size === 0) return [];
  const out: Diagnostic[] = [];
  for (const actual of actuals) {
    const item = caps.get(actual.indicator);
    if (item === undefined || actual.value === null || actual.value.lte(item[1])) continue;
    const vars = { value: actual.value.toFixed(), indicator: item[0].name, cap: item[1].toFixed() };
    out.push({
      code: 'ACTUALS_IMPLAUSIBLE',
      severity: 'error',
      ...actual.source,
      message: errorText('ACTUALS_IMPLAUSIBLE', 'points_over', vars),
      hint: errorText('ACTUALS_IMPLAUSIBLE', 'points_over_hint'),
    });
  }
  return out;
}
