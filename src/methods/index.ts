// The registry of scoring methods: one record keyed by method. Adding one: its file here (see define-method.ts for
// the facets it fills), one line in METHODS, its $defs entry in schemas/plan.schema.json (admitted by scoringMethod)
// and its id in the result schema's indicatorResult.method, and test/methods/<method>.test.ts; the registry test
// checks each.
import { bands } from './bands.js';
import type { MethodDefinition, MethodName, MethodRegistry } from './define-method.js';
import { direct } from './direct.js';
import { efficacy } from './efficacy.js';
import { passFail } from './pass_fail.js';
import { perCount } from './per_count.js';
import { proportional } from './proportional.js';
import { rankPointsMethod } from './rank_points.js';
import { relativeToBest } from './relative_to_best.js';
import { steps } from './steps.js';

/** Every scoring method, in the order they are documented. */
export const METHODS: MethodRegistry = {
  pass_fail: passFail,
  proportional,
  steps,
  bands,
  per_count: perCount,
  direct,
  efficacy,
  relative_to_best: relativeToBest,
  rank_points: rankPointsMethod,
};

/** Returns the registry entry of a method, typed for any method's parameters. */
export function methodDefinition(method: MethodName): MethodDefinition {
  // Each entry handles only parameters of its own key's method; the record's keys guarantee the lookup.
  return METHODS[method] as unknown as MethodDefinition;
}
