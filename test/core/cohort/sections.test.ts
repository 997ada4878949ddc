// A section normalised by its top scorer (labour statistics, SCHEMES.md M7: "if no city exceeds 15, actual scores
// stand; otherwise coefficient = 15 ÷ the top city's score, every city × coefficient") and ranks tied on the total
// broken by a section's points, then left equal (1, 1, 3). Expected figures worked by hand in each title.
import { describe, expect, it } from 'vitest';
import { scoreYaml } from './score-yaml.js';

// Two sections of points given directly (direct): 一 (base, 100) and 二 (加分, at most 15, normalised by the top).
const normalisedPlan = (units: string[], normalise = 'normalise: top') =>
  [
    'kaohe: 1',
    'plan: {id: n, title: 折算, period: 2010}',
    'indicators:',
    '  - {id: base, name: 基本分, unit: 分, direction: at_least, weight: 100, scoring: {method: direct}}',
    '  - {id: extra, name: 加分, unit: 分, direction: at_least, weight: 30, scoring: {method: direct}}',
    'sections:',
    '  - {id: one, title: 一、基本工作, items: [base]}',
    `  - {id: two, title: 二、加分, items: [extra], bonus: true, cap: 15, ${normalise}}`,
    'units:',
    ...units.map((u) => `  - {id: ${u}, name: 市${u}, targets: {}}`),
  ].join('\n');

const values = (list: Record<string, [string, string]>) =>
  Object.fromEntries(Object.entries(list).map(([u, [base, extra]]) => [u, { base, extra }]));
const sectionTwo = (r: ReturnType<typeof scoreYaml>) =>
  Object.fromEntries(r.units.map((u) => [u.id, u.sections?.find((s) => s.id === 'two')?.score]));

describe('a section normalised by its top scorer', () => {
  it('no unit exceeds 15 (b equals it): 12, 15, 9 stand unchanged', () => {
    const r = scoreYaml(normalisedPlan(['a', 'b', 'c']), values({ a: ['80', '12'], b: ['80', '15'], c: ['80', '9'] }));
    expect(sectionTwo(r)).toEqual({ a: '12', b: '15', c: '9' });
    expect(r.units.map((u) => u.score)).toEqual(['92', '95', '89']);
    expect(r.units[0]?.sections?.[1]?.normalised).toEqual({
      top: '15',
      top_units: ['b'],
      cap: '15',
      applied: false,
      before: '12',
    });
  });

  it('the top 18 exceeds 15: every unit × 15 ÷ 18 → 15, 12 → 10, 9 → 7.5', () => {
    const r = scoreYaml(normalisedPlan(['a', 'b', 'c']), values({ a: ['80', '18'], b: ['80', '12'], c: ['80', '9'] }));
    expect(sectionTwo(r)).toEqual({ a: '15', b: '10', c: '7.5' });
    expect(r.units.map((u) => u.score)).toEqual(['95', '90', '87.5']);
    expect(r.units[1]?.sections?.[1]?.normalised).toMatchObject({ top: '18', applied: true, before: '12' });
  });

  it('an unending factor: top 17, the other 10 × 15 ÷ 17 = 8.8235…, shown 8.8235', () => {
    const r = scoreYaml(normalisedPlan(['a', 'b']), values({ a: ['80', '17'], b: ['80', '10'] }));
    expect(sectionTwo(r)).toEqual({ a: '15', b: '8.8235' });
  });

  it('without normalise the cap alone holds 18 to 15 and leaves 12 and 9', () => {
    const r = scoreYaml(
      normalisedPlan(['a', 'b', 'c'], 'floor: 0'),
      values({ a: ['80', '18'], b: ['80', '12'], c: ['80', '9'] }),
    );
    expect(sectionTwo(r)).toEqual({ a: '15', b: '12', c: '9' });
  });
});

// Three units all at 90: 一 (60 points) + 二 (40 points), tie-broken by 一's points, then by indicator z's actual.
const tiePlan = (tieBreaks: string, cap = '') =>
  [
    'kaohe: 1',
    'plan: {id: tb, title: 同分, period: 2010}',
    'indicators:',
    '  - {id: p1, name: 第一部分分, unit: 分, direction: at_least, weight: 60, scoring: {method: direct}}',
    '  - {id: p2, name: 第二部分分, unit: 分, direction: at_least, weight: 40, scoring: {method: direct}}',
    '  - {id: z, name: 城镇新增就业, unit: 人, direction: at_least, binding: false}',
    'sections:',
    `  - {id: one, title: 一、就业指标, items: [p1]${cap}}`,
    '  - {id: two, title: 二、政策落实, items: [p2]}',
    'units:',
    ...['a', 'b', 'c'].map((u) => `  - {id: ${u}, name: 市${u}, targets: {z: 100}}`),
    'ranking:',
    `  tie_breaks: ${tieBreaks}`,
  ].join('\n');
const ranksOf = (r: ReturnType<typeof scoreYaml>) => Object.fromEntries(r.units.map((u) => [u.id, u.rank?.position]));

describe('tie-breaks by a section', () => {
  it('broken by 一: c 55 + 35 ranks before a and b at 50 + 40, who stay equal: c 1, a 2, b 2', () => {
    const r = scoreYaml(tiePlan('[{section: one}]'), {
      a: { p1: '50', p2: '40', z: '100' },
      b: { p1: '50', p2: '40', z: '100' },
      c: { p1: '55', p2: '35', z: '100' },
    });
    expect(r.units.map((u) => u.score)).toEqual(['90', '90', '90']);
    expect(ranksOf(r)).toEqual({ a: 2, b: 2, c: 1 });
    expect(r.units[2]?.rank?.tie_break).toEqual({
      unit: 'a',
      section: 'one',
      by: 'score',
      value: '55',
      other_value: '50',
    });
  });

  it('left equal by 一: a and b at 50 share rank 1, c at 45 + 45 is 3rd (1, 1, 3)', () => {
    const r = scoreYaml(tiePlan('[{section: one}]'), {
      a: { p1: '50', p2: '40', z: '100' },
      b: { p1: '50', p2: '40', z: '100' },
      c: { p1: '45', p2: '45', z: '100' },
    });
    expect(ranksOf(r)).toEqual({ a: 1, b: 1, c: 3 });
    expect(r.units[0]?.rank).toMatchObject({ position: 1, shared: true });
  });

  it('then by a named indicator: a and b equal in 一, a 120 persons against b 110 → a 1, b 2, c 3', () => {
    const r = scoreYaml(tiePlan('[{section: one}, {indicator: z}]'), {
      a: { p1: '50', p2: '40', z: '120' },
      b: { p1: '50', p2: '40', z: '110' },
      c: { p1: '45', p2: '45', z: '200' },
    });
    expect(ranksOf(r)).toEqual({ a: 1, b: 2, c: 3 });
    expect(r.units[0]?.rank?.tie_break).toMatchObject({ unit: 'b', indicator: 'z', value: '120', other_value: '110' });
  });

  it('by subtotal reads before the cap: 一 capped at 50, a given 55 and b 50 score 50 each; subtotal 55 > 50', () => {
    const units = { a: { p1: '55', p2: '40', z: '100' }, b: { p1: '50', p2: '40', z: '100' } };
    const values = { ...units, c: { p1: '40', p2: '40', z: '100' } };
    const byScore = scoreYaml(tiePlan('[{section: one}]', ', points: 50'), values);
    expect(ranksOf(byScore)).toEqual({ a: 1, b: 1, c: 3 });
    const bySubtotal = scoreYaml(tiePlan('[{section: one, by: subtotal}]', ', points: 50'), values);
    expect(ranksOf(bySubtotal)).toEqual({ a: 1, b: 2, c: 3 });
  });
});
