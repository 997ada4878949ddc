// Hostile input never throws, hangs or pollutes: whatever the bytes, the loader answers with
// diagnostics that carry a position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/plan.js';
import { decodeYamlText } from '../../src/load/text.js';

const valid = `kaohe: 1
plan: {id: demo, title: 示例, period: 2010}
indicators:
  - {id: urban_new_jobs, name: 城镇新增就业, unit: 人, direction: at_least, weight: 100}
units:
  - {id: chengguan, name: 城关区, targets: {urban_new_jobs: 6000}}
`;

function load(bytes: Uint8Array) {
  const text = decodeYamlText(bytes, 'x.yaml');
  return text.value === undefined ? text : loadPlan(text.value, 'x.yaml');
}

describe('hostile plans', () => {
  it('answers any bytes with a plan or positioned diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = load(bytes);
        const ok = 'value' in r && r.value !== undefined;
        expect(ok || r.diagnostics.length > 0).toBe(true);
        for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a valid plan cut or spliced anywhere without an exception', () => {
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 12 }), (a, b, junk) => {
        const text = valid.slice(0, Math.min(a, b)) + junk + valid.slice(Math.max(a, b));
        const r = loadPlan(text, 'x.yaml');
        expect(r.value !== undefined || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [
      'a constructor key',
      valid.replace('targets: {urban_new_jobs: 6000}', 'targets: {constructor: 1, urban_new_jobs: 6000}'),
    ],
    [
      'a prototype key',
      valid.replace('targets: {urban_new_jobs: 6000}', 'targets: {prototype: 1, urban_new_jobs: 6000}'),
    ],
    [
      'a __proto__ key',
      valid.replace('targets: {urban_new_jobs: 6000}', 'targets: {__proto__: {polluted: 1}, urban_new_jobs: 6000}'),
    ],
  ])('rejects %s without touching any prototype', (_name, text) => {
    const r = loadPlan(text, 'x.yaml');
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});
