// Points per indicator: the weight when met (pass_fail), or a share of it (proportional).
import { D, ZERO } from '../decimal.js';
import type { Indicator, Status } from '../model.js';

/**
 * Returns the indicator's score: pass_fail → weight if met; proportional → weight × min(actual/target, 1); missing → 0.
 */
export function scoreIndicator(indicator: Indicator, status: Status, target: D, actual: D | null): D {
  if (status === 'missing' || actual === null) return ZERO;
  // proportional is defined for at_least only (the loader says so); anything else scores pass/fail.
  if (indicator.scoring !== 'proportional' || indicator.direction !== 'at_least' || target.isZero()) {
    return status === 'met' ? indicator.weight : ZERO;
  }
  // Multiply before dividing so that 40 × 5000 / 8000 is exactly 25; a negative actual earns nothing, not a debt.
  const share = indicator.weight.times(actual).dividedBy(target);
  return D.max(ZERO, D.min(share, indicator.weight));
}
