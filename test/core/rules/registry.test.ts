import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import planSchema from '../../../schemas/plan.schema.json' with { type: 'json' };
import { RULES } from '../../../src/core/rules/index.js';

// The schema's $defs, searched for the rule-type entry whose `type` is a const of that type.
const defs = planSchema.$defs as Record<string, { properties?: { type?: { const?: string } } }>;
const schemaTypes: string[] = planSchema.$defs.rule.properties.type.enum;
const registered = RULES.map((rule) => rule.type);
const root = new URL('../../../', import.meta.url);

describe('the rule registry', () => {
  it.each(registered)('has a test file for %s', (type) => {
    expect(existsSync(new URL(`test/core/rules/${type}.test.ts`, root))).toBe(true);
  });
  it.each(registered)('has a source file named after %s', (type) => {
    expect(existsSync(new URL(`src/core/rules/${type}.ts`, root))).toBe(true);
  });
  it.each(registered)('has a $defs entry in the plan schema for %s', (type) => {
    expect(Object.values(defs).some((def) => def.properties?.type?.const === type)).toBe(true);
  });
  it.each(registered)('lists %s among the rule types the plan schema admits', (type) => {
    expect(schemaTypes).toContain(type);
  });
  it('registers every rule type the plan schema admits', () => {
    expect([...registered].sort()).toEqual([...schemaTypes].sort());
  });
  it('registers each rule type once', () => {
    expect(new Set(registered).size).toBe(registered.length);
  });
});
