// The plan's schema check, without handing ajv every target of a national plan: ajv checks a target against both
// branches of `decimal` (a number ≥ 0, or decimal text), making an error object for the branch that fails, 86,275
// times. A unit whose targets are all plainly valid (an id for a key, a finite number ≥ 0 or decimal text for a value:
// exactly what $defs/unit/properties/targets accepts) is validated with an empty targets mapping in their place,
// which the schema accepts just the same. Only a plan found valid so is taken as valid; any other is validated
// whole, so every schema error is the one it always was.
import { validatePlanDocument } from '../generated/validators.js';
import type { Diagnostic } from '../model.js';
import { type CompiledValidator, validateWithPositions } from './validate.js';
import type { YamlFile } from './yaml.js';

/** $defs/id's pattern and maxLength, and $defs/decimal's text pattern (test/load/plan-schema.test.ts checks them). */
export const TARGET_KEY = /^[a-z][a-z0-9_]*$/;
export const TARGET_KEY_MAX = 64;
export const TARGET_TEXT = /^[0-9]+(\.[0-9]+)?$/;

/** Returns a SCHEMA error for each way the plan's data breaks schemas/plan.schema.json, at its line and column. */
export function validatePlanSchema(y: YamlFile): Diagnostic[] {
  const view = withPlainTargetsSetAside(y.data);
  if (view !== y.data && validatePlanDocument(view)) return [];
  return validateWithPositions(y, validatePlanDocument as CompiledValidator);
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The data with each unit whose targets all plainly hold given an empty targets mapping (a copy: the data is the
// plan's), or the data itself when no unit is.
function withPlainTargetsSetAside(data: unknown): unknown {
  if (!isMapping(data) || !Array.isArray(data.units)) return data;
  const keys = new Set<string>();
  let changed = false;
  const units = data.units.map((unit: unknown) => {
    if (!isMapping(unit) || !isMapping(unit.targets) || !targetsHold(unit.targets, keys)) return unit;
    changed = true;
    return { ...unit, targets: {} };
  });
  return changed ? { ...data, units } : data;
}

// Whether every key of a targets mapping is an id and every value a decimal as the schema says; `keys` holds the
// keys already found to be ids (a national plan has 30 for its 86,275 targets).
function targetsHold(targets: Record<string, unknown>, keys: Set<string>): boolean {
  // for…in, as ajv's own code walks the mapping
  for (const key in targets) {
    if (!keys.has(key)) {
      if (key.length > TARGET_KEY_MAX || !TARGET_KEY.test(key)) return false;
      keys.add(key);
    }
    const value = targets[key];
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || value < 0) return false;
    } else if (typeof value !== 'string' || !TARGET_TEXT.test(value)) return false;
  }
  return true;
}
