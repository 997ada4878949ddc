// The result as JSON: its field names are a public contract (schemas/result.schema.json), and its
// key order is the schema's property order, whatever order the object was built in: the build derives
// RESULT_KEY_ORDER from the schema (src/generated/result-key-order.ts), so the two cannot drift.
import { RESULT_KEY_ORDER as GENERATED_KEY_ORDER } from '../generated/result-key-order.js';
import type { ResultStream } from '../core/evaluate.js';
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
  return inOrder(result, RESULT_KEY_ORDER);
}

function inOrder(value: object, shape: KeyShape | undefined): Record<string, unknown> {
  return (isInKeyOrder(value, shape) ? value : orderKeys(value, shape)) as Record<string, unknown>;
}

/** A result to write as JSON: whole, or streamed (src/core/evaluate.ts evaluatePlanStream), its units read once. */
export type JsonResult = Result | ResultStream;

/** Returns one result as a JSON object, several as an array; two-space indentation. */
export function renderJson(results: readonly JsonResult[], opts: RenderOptions): string {
  return [...renderJsonChunks(results, opts)].join('');
}

/**
 * Returns the text of renderJson in pieces, a unit at a time: a national result is 120 MB, never held as one string.
 * A streamed result gives the bytes its whole result (evaluatePlan) gives, each unit scored as its text is asked for.
 */
export function* renderJsonChunks(results: readonly JsonResult[], _opts: RenderOptions): Generator<string> {
  if (results.length === 1) {
    yield* resultChunks(results[0]!, 0, true);
    yield '\n';
    return;
  }
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (const [i, result] of results.entries()) {
    yield i === 0 ? '[\n  ' : ',\n  ';
    yield* resultChunks(result, 1, true);
  }
  yield '\n]\n';
}

/** Returns JSON Lines: one compact line per result. */
export function renderJsonLines(results: readonly JsonResult[], opts: RenderOptions): string {
  return [...renderJsonLinesChunks(results, opts)].join('');
}

/** Returns the text of renderJsonLines in pieces, a unit at a time (a streamed result as renderJsonChunks reads it). */
export function* renderJsonLinesChunks(results: readonly JsonResult[], _opts: RenderOptions): Generator<string> {
  for (const result of results) {
    yield* resultChunks(result, 0, false);
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

// A result as the three parts its text is made of: the keys before "units", the units, the keys after them (asked
// for once the units are read: a streamed result's totals are summed as its units pass).
interface Parts {
  head: Record<string, unknown>;
  units: Iterable<unknown>;
  tail(): Record<string, unknown>;
}

function heldParts(result: Record<string, unknown>): Parts | undefined {
  const keys = Object.keys(result);
  const at = keys.indexOf('units');
  const units = result.units;
  if (at === -1 || !Array.isArray(units) || !units.every(isPlainObject)) return undefined;
  const pick = (list: string[]): Record<string, unknown> => Object.fromEntries(list.map((k) => [k, result[k]]));
  return { head: pick(keys.slice(0, at)), units, tail: () => pick(keys.slice(at + 1)) };
}

function* streamedUnits(units: Iterable<object>): Generator<Record<string, unknown>> {
  const shape = RESULT_KEY_ORDER.children?.units;
  for (const unit of units) yield inOrder(unit, shape);
}

// One result as JSON.stringify writes it, `depth` levels deep: the keys up to "units", each unit, the
// keys after it. A unit's text is only ever as long as the unit.
function* resultChunks(result: JsonResult, depth: number, pretty: boolean): Generator<string> {
  let parts: Parts | undefined;
  if ('head' in result) {
    const { head, units, tail } = result;
    parts = {
      head: inOrder(head, RESULT_KEY_ORDER),
      units: streamedUnits(units),
      tail: () => inOrder(tail(), RESULT_KEY_ORDER),
    };
  } else {
    const whole = ordered(result);
    parts = heldParts(whole);
    if (parts === undefined) {
      yield objectText(whole, depth, pretty);
      return;
    }
  }
  const units = parts.units[Symbol.iterator]();
  let next = units.next();
  if (next.done === true) {
    yield objectText({ ...parts.head, units: [], ...parts.tail() }, depth, pretty);
    return;
  }
  const indent = (n: number): string => (pretty ? `\n${'  '.repeat(n)}` : '');
  // "units" is the last key of the head, so its empty array ends the head's text: []} or []\n  }.
  const head = objectText({ ...parts.head, units: [] }, depth, pretty);
  yield `${head.slice(0, head.lastIndexOf('[]'))}[`;
  for (let i = 0; next.done !== true; i++, next = units.next())
    yield `${i === 0 ? '' : ','}${indent(depth + 2)}${objectText(next.value, depth + 2, pretty)}`;
  yield `${indent(depth + 1)}]`;
  // JSON.stringify leaves out a key whose value is undefined: the tail may have no key at all.
  const tail = objectText(parts.tail(), depth, pretty);
  yield tail === '{}' ? `${indent(depth)}}` : `,${tail.slice(1)}`;
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
