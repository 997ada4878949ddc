// Scores one item of a method from decimal text, as the tables of test/methods/ need it.
import { scoreItem } from '../../src/core/score.js';
import { D, toPlain } from '../../src/decimal.js';
import type { MethodSpec } from '../../src/methods/define-method.js';
import type { Direction, Status } from '../../src/model.js';
import { makeIndicator } from '../core/make-plan.js';

/** Returns an item's points (as plain decimal text) for a method's parameters, weight, target and actual. */
export function points(
  spec: MethodSpec,
  weight: string,
  target: string,
  actual: string | null,
  direction: Direction = 'at_least',
  status?: Status,
): string {
  const indicator = { ...makeIndicator({ id: 'x', weight, direction }), scoring: spec.method, method: spec };
  const t = new D(target);
  const a = actual === null ? null : new D(actual);
  const met = a !== null && (direction === 'at_most' ? a.lte(t) : a.gte(t));
  return toPlain(scoreItem(indicator, status ?? (a === null ? 'missing' : met ? 'met' : 'missed'), t, a).points);
}

/** Returns a decimal from text, for parameters. */
export const d = (text: string): D => new D(text);
