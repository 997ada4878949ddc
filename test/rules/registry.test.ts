import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import resultSchema from '../../schemas/result.schema.json' with { type: 'json' };
import { RULES } from '../../src/rules/index.js';

// The rule types' facets that live outside their own file: the schema fragment each names, the plan schema's list of
// admitted types and its oneOf, the result schema's list of rule types, and the test table.
type Def = { properties?: { type?: { const?: string } } };
const defs = planSchema.$defs as Record<string, Def>;
const schemaTypes: string[] = planSchema.$defs.rule.properties.type.enum;
const admitted = planSchema.$defs.rule.oneOf.map((entry) => entry.$ref);
const resultTypes: string[] = resultSchema.$defs.ruleEffect.properties.type.enum;
const entries = Object.entries(RULES);
const registered = entries.map(([type]) => type);
const root = new URL('../../', import.meta.url);

describe('the rule registry', () => {
  it.each(entries)('keys %s by its own type', (type, definition) => {
    expect(definition.type).toBe(type);
  });
  it.each(registered)('has a test file for %s', (type) => {
    expect(existsSync(new URL(`test/rules/${type}.test.ts`, root))).toBe(true);
  });
  it.each(registered)('has a source file named after %s', (type) => {
    expect(existsSync(new URL(`src/rules/${type}.ts`, root))).toBe(true);
  });
  it.each(entries)('names a $defs entry of the plan schema for %s whose type is that type', (type, definition) => {
    expect(defs[definition.schema]?.properties?.type?.const).toBe(type);
  });
  it.each(entries)('has its schema fragment for %s admitted by the rule oneOf', (_type, definition) => {
    expect(admitted).toContain(`#/$defs/${definition.schema}`);
  });
  it.each(registered)('lists %s among the rule types the plan schema admits', (type) => {
    expect(schemaTypes).toContain(type);
  });
  it.each(registered)('lists %s among the rule types of the result schema', (type) => {
    expect(resultTypes).toContain(type);
  });
  it('registers every rule type the plan schema admits, and no other', () => {
    expect([...registered].sort()).toEqual([...schemaTypes].sort());
    expect([...registered].sort()).toEqual([...resultTypes].sort());
  });
});
