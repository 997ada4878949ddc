// Grade quotas (M11): places from a share or a count, the gate, the fallback, and a tie at the edge
// decided by the tie-breaks, then by the declared edge rule. Expected grades worked by hand in each title.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../src/core/cohort/quota.js';
import { D } from '../../../src/decimal.js';
import type { Quota } from '../../../src/model.js';
import { planOf, scoreYaml, totals } from './score-yaml.js';

const src = { file: 'p.yaml', line: 1, col: 1 };
const quota = (share: string, rounding: Quota['rounding']): Quota => ({
  level: '优秀',
  share: new D(share),
  rounding,
  per: 'all',
  fallback: '良好',
  edge: 'all_in',
  source: src,
});

describe('the places of a quota', () => {
  it.each([
    ['30', 'down', 7, 2, '2.1'],
    ['30', 'half_up', 7, 2, '2.1'],
    ['30', 'up', 7, 3, '2.1'],
    ['25', 'down', 10, 2, '2.5'],
    ['25', 'half_up', 10, 3, '2.5'],
    ['30', 'down', 21, 6, '6.3'],
    ['30', 'up', 21, 7, '6.3'],
    ['30', 'down', 20, 6, '6'],
  ] as const)('%s%% of %i units rounded %s… (%s%% × %i = %s) gives %i', (share, rounding, units, places, exact) => {
    const got = placesOf(quota(share, rounding), units);
    expect(got.places).toBe(places);
    expect(got.exact?.toFixed()).toBe(exact);
  });

  it('gives a count as it is', () => {
    expect(placesOf({ ...quota('0', 'down'), share: undefined, count: 2 }, 7)).toEqual({ places: 2 });
  });
});

const units = [['a'], ['b'], ['c'], ['d'], ['e']] as const;
const gradesOf = (yaml: string, values: Record<string, string | [string, boolean]>) =>
  Object.fromEntries(scoreYaml(yaml, totals(values)).units.map((u) => [u.id, u.grade?.final]));

describe('a tie at the quota edge', () => {
  const edge = (rule: string, tieBreaks = '') =>
    planOf(units, `${tieBreaks}quotas:\n  - {level: 优秀, count: 2, fallback: 良好, edge: ${rule}}`);
  const values = { a: '95', b: '93', c: '93', d: '80', e: '70' };

  it('all in: b and c, equal at 93 on the 2nd place, both take 优秀 (3 in 2 places)', () => {
    const r = scoreYaml(edge('all_in'), totals(values));
    expect(gradesOf(edge('all_in'), values)).toEqual({ a: '优秀', b: '优秀', c: '优秀', d: '良好', e: '达标' });
    expect(r.units.find((u) => u.id === 'c')?.quotas).toEqual([{ level: '优秀', granted: true, reason: 'edge_in' }]);
    expect(r.cohort?.quotas[0]).toMatchObject({ places: 2, candidates: 3, granted: 3 });
  });

  it('all out: neither b nor c takes the 2nd place; both go to 良好 and only a is 优秀', () => {
    const r = scoreYaml(edge('all_out'), totals(values));
    expect(gradesOf(edge('all_out'), values)).toEqual({ a: '优秀', b: '良好', c: '良好', d: '良好', e: '达标' });
    expect(r.units.find((u) => u.id === 'b')?.quotas).toEqual([
      { level: '优秀', granted: false, reason: 'edge_out', to: '良好' },
    ]);
    expect(r.cohort?.quotas[0]).toMatchObject({ places: 2, candidates: 3, granted: 1 });
  });

  it('a tie-break decides first: c has more of t (101 > 100), so c is in and b is over, whatever the edge rule', () => {
    const yaml = edge('all_out', 'ranking: {tie_breaks: [{indicator: t}]}\n');
    const values2 = totals(values);
    values2.c = { s: '93', t: '101' };
    const r = scoreYaml(yaml, values2);
    const grade = (id: string) => r.units.find((u) => u.id === id)?.grade?.final;
    expect([grade('a'), grade('b'), grade('c')]).toEqual(['优秀', '良好', '优秀']);
    expect(r.units.find((u) => u.id === 'b')?.quotas?.[0]?.reason).toBe('over');
  });
});

describe('gates, fallbacks and scopes', () => {
  it('keeps a unit that missed its target out by the gate without using a place: 95 (missed) → 良好; 93 and 91 fill both places', () => {
    const yaml = planOf(units, 'quotas:\n  - {level: 优秀, count: 2, gate: overall_met, edge: all_in}');
    const r = scoreYaml(yaml, totals({ a: ['95', false], b: '93', c: '91', d: '80', e: '70' }));
    expect(r.units.map((u) => u.grade?.final)).toEqual(['良好', '优秀', '优秀', '良好', '达标']);
    expect(r.units[0]?.quotas).toEqual([{ level: '优秀', granted: false, reason: 'gate', to: '良好' }]);
  });

  it("applies the next level's quota to the units sent down to it: 优秀 1 place, 良好 1 place → 95 优秀, 93 良好, the rest 达标", () => {
    const yaml = planOf(
      units,
      'quotas:\n  - {level: 良好, count: 1, edge: all_in}\n  - {level: 优秀, count: 1, edge: all_in}',
    );
    expect(gradesOf(yaml, { a: '95', b: '93', c: '80', d: '76', e: '70' })).toEqual({
      a: '优秀',
      b: '良好',
      c: '达标',
      d: '达标',
      e: '达标',
    });
  });

  it('counts places per group when per: group: 50% of 2 counties = 1, 50% of 3 districts = 1.5 → down 1', () => {
    const yaml = planOf(
      [
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'y'],
        ['d', 'y'],
        ['e', 'y'],
      ],
      'unit_groups: [{id: x, name: 县}, {id: y, name: 区}]\nquotas:\n  - {level: 优秀, share: 50%, rounding: down, per: group, edge: all_in}',
    );
    const r = scoreYaml(yaml, totals({ a: '99', b: '98', c: '97', d: '96', e: '95' }));
    expect(r.units.map((u) => u.grade?.final)).toEqual(['优秀', '良好', '优秀', '良好', '良好']);
    expect(r.cohort?.quotas.map((q) => [q.group, q.units, q.exact, q.places])).toEqual([
      ['x', 2, '1', 1],
      ['y', 3, '1.5', 1],
    ]);
  });
});
