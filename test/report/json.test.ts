import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { orderKeys, renderJson, renderJsonLines, RESULT_KEY_ORDER, type KeyShape } from '../../src/report/json.js';
import { cityResult, provinceResult } from './fixtures.js';

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; oneOf?: SchemaNode[] };
const schema = JSON.parse(
  readFileSync(new URL('../../schemas/result.schema.json', import.meta.url), 'utf8'),
) as SchemaNode & { $defs: Record<string, SchemaNode> };

// The schema's own order, read from the file: follow $ref, array items and the object branch of a oneOf.
function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref) return resolve(schema.$defs[node.$ref.replace('#/$defs/', '')] ?? {});
  if (node.items) return resolve(node.items);
  return node.oneOf?.map(resolve).find((n) => n.properties) ?? node;
}
function shapeOf(node: SchemaNode): KeyShape | undefined {
  const props = resolve(node).properties;
  if (!props) return undefined;
  const children = Object.fromEntries(
    Object.entries(props).flatMap(([k, v]) => {
      const child = shapeOf(v);
      return child ? [[k, child]] : [];
    }),
  );
  return Object.keys(children).length ? { keys: Object.keys(props), children } : { keys: Object.keys(props) };
}

// Rebuilds every object with its keys reversed, so an output that merely kept insertion order would fail.
function scramble(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scramble);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, scramble(v)]),
  );
}
const opts = { lang: 'en', color: false } as const;

describe('RESULT_KEY_ORDER', () => {
  it('is the property order of schemas/result.schema.json, at every level', () => {
    expect(RESULT_KEY_ORDER).toEqual(shapeOf(schema));
  });
});

describe('renderJson', () => {
  it('writes the keys in the schema order whatever order the result was built in', () => {
    const text = renderJson([scramble(cityResult) as Result], opts);
    const parsed = JSON.parse(text) as Result;
    expect(Object.keys(parsed)).toEqual(['kaohe', 'kaohe_version', 'plan', 'inputs', 'units', 'totals']);
    expect(Object.keys(parsed.plan)).toEqual(['id', 'title', 'issuer', 'budget', 'period']);
    expect(Object.keys(parsed.units[0] ?? {})).toEqual([
      'id',
      'name',
      'depth',
      'indicators',
      'score',
      'max_score',
      'overall',
      'reward_yuan',
      'penalty_yuan',
      'net_yuan',
      'award_eligible',
      'grade',
      'responsible',
      'rules',
    ]);
    expect(Object.keys(parsed.units[0]?.grade ?? {})).toEqual(['base', 'final', 'steps_down']);
    expect(Object.keys(parsed.units[0]?.rules?.[0] ?? {})).toEqual([
      'rule',
      'type',
      'fired',
      'source',
      'indicator',
      'persons',
      'reward_yuan',
      'penalty_yuan',
    ]);
    expect(text).toBe(renderJson([cityResult], opts));
  });

  it('gives one result as an object and several as an array', () => {
    expect(JSON.parse(renderJson([cityResult], opts))).not.toBeInstanceOf(Array);
    expect(JSON.parse(renderJson([cityResult, provinceResult], opts))).toHaveLength(2);
  });

  it('keeps exact decimals as strings', () => {
    const text = renderJson([cityResult], opts);
    expect(text).toContain('"penalty_yuan": "28800"');
    expect(text).toContain('"net_yuan": "-15400"');
  });

  it('indents by two spaces and ends in a newline', () => {
    expect(renderJson([cityResult], opts).startsWith('{\n  "kaohe": 1,\n')).toBe(true);
    expect(renderJson([cityResult], opts).endsWith('}\n')).toBe(true);
  });

  it('returns the same bytes for the same input', () => {
    expect(renderJson([cityResult, provinceResult], opts)).toBe(renderJson([cityResult, provinceResult], opts));
  });
});

describe('renderJsonLines', () => {
  it('writes one compact line per result', () => {
    const lines = renderJsonLines([cityResult, provinceResult], opts).split('\n');
    expect(lines).toHaveLength(3); // two lines and the empty text after the final newline
    expect(lines[2]).toBe('');
    expect((JSON.parse(lines[1] ?? '') as Result).plan.id).toBe('province-2021');
    expect(lines[0]).not.toContain('\n  ');
  });
});

describe('orderKeys', () => {
  it('puts keys the shape does not know after the known ones, sorted', () => {
    expect(Object.keys(orderKeys({ z: 1, b: 2, a: 3 }, { keys: ['b'] }) as object)).toEqual(['b', 'a', 'z']);
  });
});
