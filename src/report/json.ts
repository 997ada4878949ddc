// The result as JSON: its field names are a public contract (schemas/result.schema.json), and its
// key order is the schema's property order, whatever order the object was built in. A test checks
// that RESULT_KEY_ORDER matches the schema, so the two cannot drift.
import type { Result } from '../model.js';
import type { RenderOptions } from './index.js';

/** The keys of one kind of object, in order, and the shapes of its object-valued (or array-of-object) keys. */
export interface KeyShape {
  keys: readonly string[];
  children?: Readonly<Record<string, KeyShape>>;
}

const INDICATOR: KeyShape = {
  keys: ['id', 'name', 'unit', 'direction', 'binding', 'required', 'target', 'actual', 'status', 'surplus', 'weight',
    'score', 'over_period', 'rolled_up', 'years', 'target_source', 'actual_source'],
  children: { years: { keys: ['year', 'actual', 'status', 'source'] } },
};

const UNIT: KeyShape = {
  keys: ['id', 'name', 'parent', 'depth', 'indicators', 'score', 'max_score', 'overall', 'reward_yuan', 'penalty_yuan',
    'net_yuan', 'award_eligible', 'grade', 'responsible', 'rules'],
  children: {
    indicators: INDICATOR,
    grade: { keys: ['base', 'final', 'steps_down'] },
    responsible: { keys: ['head', 'deputy', 'department_head', 'staff'] },
    rules: { keys: ['rule', 'type', 'fired', 'source', 'indicator', 'persons', 'reward_yuan', 'penalty_yuan', 'steps'] },
  },
};

/** The key order of a result document, transcribed from schemas/result.schema.json. */
export const RESULT_KEY_ORDER: KeyShape = {
  keys: ['kaohe', 'kaohe_version', 'plan', 'inputs', 'units', 'totals'],
  children: {
    plan: {
      keys: ['id', 'title', 'issuer', 'document', 'period', 'as_of'],
      children: { period: { keys: ['from', 'to'] } },
    },
    inputs: { keys: ['path', 'sha256'] },
    units: UNIT,
    totals: {
      keys: ['units', 'met', 'missed', 'incomplete', 'award_ineligible', 'downgraded', 'reward_yuan', 'penalty_yuan', 'net_yuan'],
    },
  },
};

/** Returns a copy of value with every object's keys in the shape's order (keys the shape does not know follow, sorted). */
export function orderKeys(value: unknown, shape: KeyShape | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, shape));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const known = shape ? shape.keys.filter((k) => Object.hasOwn(obj, k)) : [];
  const extra = Object.keys(obj).filter((k) => !known.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...extra]) out[key] = orderKeys(obj[key], shape?.children?.[key]);
  return out;
}

/** Returns one result as a JSON object, several as an array; two-space indentation. */
export function renderJson(results: Result[], _opts: RenderOptions): string {
  const ordered = results.map((r) => orderKeys(r, RESULT_KEY_ORDER));
  return `${JSON.stringify(ordered.length === 1 ? ordered[0] : ordered, null, 2)}\n`;
}

/** Returns JSON Lines: one compact line per result. */
export function renderJsonLines(results: Result[], _opts: RenderOptions): string {
  return results.map((r) => `${JSON.stringify(orderKeys(r, RESULT_KEY_ORDER))}\n`).join('');
}
