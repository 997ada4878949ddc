// Groups, sections, a capped bonus and any_child_fails, on the worked checks of SCHEMES.md (S1, S3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluate.js';
import { D } from '../../src/decimal.js';
import type { MethodSpec } from '../../src/methods/define-method.js';
import type { Group, Plan, Section } from '../../src/model.js';
import { at, makeActuals, makePlan, OPTIONS, type IndicatorSpec } from './make-plan.js';

const withMethod = (plan: Plan, methods: Record<string, MethodSpec>): Plan => ({
  ...plan,
  indicators: plan.indicators.map((i) => {
    const method = methods[i.id];
    return method === undefined ? i : { ...i, scoring: method.method, method };
  }),
});
const group = (id: string, points: string, perMiss: string, indicators: string[]): Group => ({
  id,
  name: id,
  points: new D(points),
  perMiss: new D(perMiss),
  indicators,
  floor: new D(0),
  source: at(60),
});
const section = (id: string, items: string[], extra: Partial<Section> = {}): Section => ({
  id,
  title: id,
  items,
  bonus: false,
  floor: new D(0),
  caps: [],
  source: at(70),
  ...extra,
});
const add = (each: string): MethodSpec => ({ method: 'per_count', add: new D(each), missing: 'zero' });

// Zhenjiang S3: item 29 (four rates, 4 points, −1 per miss), item 38 (three targets, 4 points, −2 per miss), and the
// bonus: national +3, provincial +2, media +0.1 (at most 2 of them), articles +1; 累计不得超过10分.
function zhenjiang(): Plan {
  const rate = (id: string): IndicatorSpec => ({ id, unit: '%' });
  const plan = makePlan({
    indicators: [
      ...['r1', 'r2', 'r3', 'r4', 't1', 't2', 't3'].map(rate),
      { id: 'national', unit: '次' },
      { id: 'provincial', unit: '次' },
      { id: 'media', unit: '篇' },
      { id: 'articles', unit: '篇' },
    ],
    units: [{ id: 'u', targets: { r1: '70', r2: '80', r3: '60', r4: '80', t1: '100', t2: '100', t3: '100' } }],
  });
  return {
    ...withMethod(plan, { national: add('3'), provincial: add('2'), media: add('0.1'), articles: add('1') }),
    groups: [group('item29', '4', '1', ['r1', 'r2', 'r3', 'r4']), group('item38', '4', '2', ['t1', 't2', 't3'])],
    sections: [
      section('targets', ['item29', 'item38'], { points: new D(8) }),
      section('bonus', ['national', 'provincial', 'media', 'articles'], {
        bonus: true,
        cap: new D(10),
        caps: [{ name: '媒体信息', items: ['media'], cap: new D(2) }],
      }),
    ],
  };
}

describe('groups, sections and the bonus (Zhenjiang)', () => {
  // r1, r2 met; r3, r4 missed → 4 − 2 = 2. t1, t2, t3 all missed → 4 − 6 → 0 (扣完为止).
  // bonus: 3 + 2 × 2 + min(25 × 0.1, 2) + 2 = 3 + 4 + 2 + 2 = 11 → 10.
  const values = {
    r1: '70',
    r2: '80',
    r3: '59',
    r4: '79',
    t1: '90',
    t2: '90',
    t3: '90',
    national: '1',
    provincial: '2',
    media: '25',
    articles: '2',
  };
  const unit = evaluatePlan(zhenjiang(), makeActuals({ u: values }), OPTIONS).units[0]!;

  it('scores each group: 2 (two of four missed) and 0 (three × 2 off 4, floored)', () => {
    expect(unit.groups?.map((g) => [g.id, g.score, g.missed])).toEqual([
      ['item29', '2', ['r3', 'r4']],
      ['item38', '0', ['t1', 't2', 't3']],
    ]);
  });
  it('caps media at 2 inside the bonus and the bonus at 10', () => {
    const bonus = unit.sections?.[1];
    // subtotal is the items' plain sum before any cap (9 + 2.5), as the result schema says; 9 + 2 = 11 → cap 10.
    expect([bonus?.caps?.[0]?.sum, bonus?.caps?.[0]?.score, bonus?.subtotal, bonus?.score]).toEqual([
      '2.5',
      '2',
      '11.5',
      '10',
    ]);
    expect(unit.bonus).toBe('10');
  });
  it("gives the bonus section its cap as its value (加分累计不超过10分 reads 10, not its items' weights 0)", () => {
    expect([unit.sections?.[1]?.points, unit.sections?.[1]?.cap]).toEqual(['10', '10']);
  });
  it('totals the sections: 2 + 0 + 10 = 12 of 8 + 10', () => {
    expect([unit.sections?.[0]?.score, unit.score, unit.max_score]).toEqual(['2', '12', '18']);
  });
  it('reads a missing event row as 0 where declared (missing: zero): no award is 0 points, not missing', () => {
    const { national: _n, ...noNational } = values;
    const u = evaluatePlan(zhenjiang(), makeActuals({ u: noNational }), OPTIONS).units[0]!;
    expect([u.indicators.find((i) => i.id === 'national')?.status, u.bonus]).toEqual(['met', '8']);
  });
});

describe('any_child_fails (GD S1: 市、任何一个县没有文件不得分)', () => {
  // Section 一 simplified: plan_doc 1 (any_child_fails), jobs 3, rate 4 (at_most); the city meets every target but the
  // rate (3.6 vs 3.5) → 24 − 4 = 20 in the source; here 1 + 3 = 4 of 8, and 3 when one county lacks the document.
  const plan = (): Plan => {
    const p = makePlan({
      indicators: [
        { id: 'plan_doc', unit: '个', weight: '1' },
        { id: 'jobs', weight: '3' },
        { id: 'rate', unit: '%', direction: 'at_most', weight: '4' },
      ],
      units: [
        { id: 'city', targets: { plan_doc: '1', jobs: '100', rate: '3.5' } },
        { id: 'county', parent: 'city', targets: { plan_doc: '1' } },
      ],
    });
    return { ...p, indicators: p.indicators.map((i) => (i.id === 'plan_doc' ? { ...i, anyChildFails: true } : i)) };
  };
  it.each([
    ['every document in place: 1 + 3 = 4', '1', '4'],
    ['a county without its document fails the city too: 3', '0', '3'],
  ])('%s', (_name, countyDoc, expected) => {
    const actuals = makeActuals({ city: { plan_doc: '1', jobs: '100', rate: '3.6' }, county: { plan_doc: countyDoc } });
    expect(evaluatePlan(plan(), actuals, OPTIONS).units[0]?.score).toBe(expected);
  });
});

describe('point-table properties', () => {
  const stepsPlan = (actual: number, partial: 'floor' | 'ceil' | 'pro_rata') => {
    const p = makePlan({ indicators: [{ id: 'x', weight: '1.5' }], units: [{ id: 'u', targets: { x: '1000' } }] });
    const method: MethodSpec = {
      method: 'steps',
      measure: 'completion',
      partial,
      below: { every: new D(5), points: new D('0.1'), cap: new D('0.5') },
      above: { every: new D(2), points: new D('0.2'), cap: new D('1') },
    };
    const plan = withMethod(p, { x: method });
    return new D(evaluatePlan(plan, makeActuals({ u: { x: String(actual) } }), OPTIONS).units[0]!.score);
  };
  const partial = fc.constantFrom('floor' as const, 'ceil' as const, 'pro_rata' as const);

  it('a higher at_least actual never lowers an item’s points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 500 }), partial, (a, more, p) =>
        stepsPlan(a + more, p).gte(stepsPlan(a, p)),
      ),
    );
  });
  it('an item’s points stay within [floor, cap] (1.5 − 0.5, 1.5 + 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), partial, (a, p) => {
        const s = stepsPlan(a, p);
        return s.gte(1) && s.lte('2.5');
      }),
    );
  });
  it('a section never exceeds its cap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }), (counts) => {
        const [national, provincial, media, articles] = counts.map(String);
        const values = { r1: '70', r2: '80', r3: '60', r4: '80', t1: '100', t2: '100', t3: '100' };
        const unit = evaluatePlan(
          zhenjiang(),
          makeActuals({
            u: { ...values, national: national!, provincial: provincial!, media: media!, articles: articles! },
          }),
          OPTIONS,
        ).units[0]!;
        return (
          unit.sections!.every((s) => s.cap === undefined || new D(s.score).lte(s.cap)) && new D(unit.bonus!).lte(10)
        );
      }),
    );
  });
});
