// The result as JSON: its field names are a public contract (schemas/result.schema.json), and its
// key order is the schema's property order, whatever order the object was built in: the build derives
// RESULT_KEY_ORDER from the schema (src/generated/result-key-order.ts), so the two cannot drift.
import { RESULT_KEY_ORDER as GENERATED_KEY_ORDER } from '../generated/result-key-order.js';
import type { Result } from '../model.js';
import type { RenderOptions } from './index.js';

/** The keys of one kind of object, in order, and the shapes of its object-valued (or array-of-object) keys. */
export interface KeyShape {
  keys: readonly string[];
  children?: Readonly<Record<string, KeyShape>>;
}

/** The key order of a result document, generated from schemas/result.schema.json by the build. */
export const RESULT_KEY_ORDER: KeyShape = GENERATED_KEY_ORDER;

/**
 * Returns a copy of value with every object's keys in the shape's order (keys the shape does not know follow, sorted).
 */
export function orderKeys(value: unknown, shape: KeyShape | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, shape));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const known = shape ? shape.keys.filter((k) => Object.hasOwn(obj, k)) : [];
  const extra = Object.keys(obj)
    .filter((k) => !known.includes(k))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...extra]) out[key] = orderKeys(obj[key], shape?.children?.[key]);
  return out;
}

// What the core builds in the schema's key order by construction, and so is not walked: a year of `years` is made by
// one function (src/core/fold.ts listYear), a literal in that order. A national result holds 414,089 of them, of its
// 517,656 objects. test/report/json-order.test.ts writes every bundled plan both ways, to catch a drift.
const BUILT_IN_ORDER = new Set<KeyShape>(
  [RESULT_KEY_ORDER.children?.units?.children?.indicators?.children?.years].filter((s) => s !== undefined),
);

/**
 * Returns true when every object in value already has its keys as orderKeys would put them, so that no copy is needed;
 * the objects built in order by construction (BUILT_IN_ORDER, under the key that holds them) are taken as they are.
 */
export function isInKeyOrder(value: unknown, shape: KeyShape | undefined): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (!isInKeyOrder(item, shape)) return false;
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  const obj = value as Record<string, unknown>;
  const keys = shape?.keys;
  let lastKnown = -1;
  let lastExtra: string | undefined;
  // for…in reads V8's key cache without making an array; an inherited key could only make this say false.
  for (const key in obj) {
    // __proto__ as an own key would be lost by orderKeys' copy: let the copy decide what is written.
    if (key === '__proto__') return false;
    // Keys in order are found by looking ahead from the last one (a comparison of interned strings each); only a key
    // not ahead is looked up, to tell an unknown key from one out of order.
    let at: number | undefined = keys === undefined ? undefined : nextAt(keys, key, lastKnown + 1);
    if (at === undefined && shape !== undefined) at = positionsOf(shape).get(key);
    if (at === undefined) {
      if (lastExtra !== undefined && !(lastExtra < key)) return false;
      lastExtra = key;
    } else {
      if (lastExtra !== undefined || at <= lastKnown) return false;
      lastKnown = at;
    }
    const child = shape?.children?.[key];
    if (
      typeof obj[key] === 'object' &&
      !(child !== undefined && BUILT_IN_ORDER.has(child)) &&
      !isInKeyOrder(obj[key], child)
    )
      return false;
  }
  return true;
}

function nextAt(keys: readonly string[], key: string, from: number): number | undefined {
  for (let i = from; i < keys.length; i++) if (keys[i] === key) return i;
  return undefined;
}

// Each key's place in its shape, looked up once per shape rather than searched for in every object.
const POSITIONS = new WeakMap<KeyShape, Map<string, number>>();
function positionsOf(shape: KeyShape): Map<string, number> {
  let positions = POSITIONS.get(shape);
  if (positions === undefined) {
    positions = new Map(shape.keys.map((k, i) => [k, i]));
    POSITIONS.set(shape, positions);
  }
  return positions;
}

function ordered(result: Result): Record<string, unknown> {
  // evaluatePlan builds results in the schema's order: checking costs a walk, copying a second result.
  return (isInKeyOrder(result, RESULT_KEY_ORDER) ? result : orderKeys(result, RESULT_KEY_ORDER)) as Record<
    string,
    unknown
  >;
}

/** Returns one result as a JSON object, several as an array; two-space indentation. */
export function renderJson(results: Result[], opts: RenderOptions): string {
  return [...renderJsonChunks(results, opts)].join('');
}

/**
 * Returns the text of renderJson in pieces, a unit at a time: a national result is 120 MB, never held as one string.
 */
export function* renderJsonChunks(results: Result[], _opts: RenderOptions): Generator<string> {
  if (results.length === 1) {
    yield* resultChunks(ordered(results[0]!), 0, true);
    yield '\n';
    return;
  }
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (const [i, result] of results.entries()) {
    yield i === 0 ? '[\n  ' : ',\n  ';
    yield* resultChunks(ordered(result), 1, true);
  }
  yield '\n]\n';
}

/** Returns JSON Lines: one compact line per result. */
export function renderJsonLines(results: Result[], opts: RenderOptions): string {
  return [...renderJsonLinesChunks(results, opts)].join('');
}

/** Returns the text of renderJsonLines in pieces, a unit at a time. */
export function* renderJsonLinesChunks(results: Result[], _opts: RenderOptions): Generator<string> {
  for (const result of results) {
    yield* resultChunks(ordered(result), 0, false);
    yield '\n';
  }
}

// The text JSON.stringify gives an object `depth` levels deep (its lines indented to match), without
// the arrays that put it there.
function objectText(value: unknown, depth: number, pretty: boolean): string {
  if (!pretty) return JSON.stringify(value);
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? text : text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
}

// One result as JSON.stringify writes it, `depth` levels deep: the keys up to "units", each unit, the
// keys after it. A unit's text is only ever as long as the unit.
function* resultChunks(result: Record<string, unknown>, depth: number, pretty: boolean): Generator<string> {
  const keys = Object.keys(result);
  const at = keys.indexOf('units');
  const units = result.units;
  if (at === -1 || !Array.isArray(units) || units.length === 0 || !units.every(isPlainObject)) {
    yield objectText(result, depth, pretty);
    return;
  }
  const pick = (list: string[]): Record<string, unknown> => Object.fromEntries(list.map((k) => [k, result[k]]));
  const indent = (n: number): string => (pretty ? `\n${'  '.repeat(n)}` : '');
  // "units" is the last key of the head, so its empty array ends the head's text: []} or []\n  }.
  const head = objectText({ ...pick(keys.slice(0, at)), units: [] }, depth, pretty);
  yield `${head.slice(0, head.lastIndexOf('[]'))}[`;
  for (const [i, unit] of units.entries())
    yield `${i === 0 ? '' : ','}${indent(depth + 2)}${objectText(unit, depth + 2, pretty)}`;
  yield `${indent(depth + 1)}]`;
  // JSON.stringify leaves out a key whose value is undefined: the tail may have no key at all.
  const tail = objectText(pick(keys.slice(at + 1)), depth, pretty);
  yield tail === '{}' ? `${indent(depth)}}` : `,${tail.slice(1)}`;
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
