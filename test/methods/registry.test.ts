import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import resultSchema from '../../schemas/result.schema.json' with { type: 'json' };
import { METHODS } from '../../src/methods/index.js';

// A method's facets outside its own file: its schema fragment (admitted by scoringMethod, with its method const),
// the method enum of the plan and the result schemas, and its test table.
type Def = { properties?: { method?: { const?: string } } };
const defs = planSchema.$defs as Record<string, Def>;
const admitted = planSchema.$defs.scoringMethod.oneOf.map((entry) => entry.$ref);
const planMethods: string[] = planSchema.$defs.scoringMethod.properties.method.enum;
const resultMethods: string[] = resultSchema.$defs.indicatorResult.properties.method.enum;
const entries = Object.entries(METHODS);
const root = new URL('../../', import.meta.url);

describe('the method registry', () => {
  it.each(entries)('keys %s by its own method', (method, definition) => {
    expect(definition.method).toBe(method);
  });
  it.each(entries)('has a test table and a source file for %s', (method) => {
    expect(existsSync(new URL(`test/methods/${method}.test.ts`, root))).toBe(true);
    expect(existsSync(new URL(`src/methods/${method}.ts`, root))).toBe(true);
  });
  it.each(entries)('names a $defs entry for %s, admitted by scoringMethod', (method, definition) => {
    expect(defs[definition.schema]?.properties?.method?.const).toBe(method);
    expect(admitted).toContain(`#/$defs/${definition.schema}`);
  });
  it('registers exactly the methods both schemas list', () => {
    const registered = entries.map(([m]) => m).sort();
    expect(registered).toEqual([...planMethods].sort());
    expect(registered).toEqual([...resultMethods].sort());
  });
});
