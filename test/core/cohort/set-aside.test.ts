// A unit whose total is partial (a scored item without an actual, --allow-missing) is set aside: no rank, quota place,
// prize, 末位 or grade; the others wait for it (ranking.incomplete: hold, the default) or are ranked without it
// (rank_rest). Probe §6: one empty cell moved 100,000 / 70,000 / 50,000 yuan. Every figure worked by hand.
import { describe, expect, it } from 'vitest';
import { planOf, scoreYaml, totals } from './score-yaml.js';

const five = [['a'], ['b'], ['c'], ['d'], ['e']] as const;
// a 99, b 97, c 95, d 90; e met its target t but has no actual for the 100-point item s: its total (0) is partial.
const values = { ...totals({ a: '99', b: '97', c: '95', d: '90' }), e: { t: '100' } };
const prize = 'prizes:\n  - {name: 一二三等奖, yuan: [100000, 70000, 50000]}';
const policy = (p: string) => `ranking: {incomplete: ${p}}`;
const unit = (r: ReturnType<typeof scoreYaml>, id: string) => r.units.find((u) => u.id === id)!;

describe('a unit with a partial total', () => {
  it('is incomplete, lists the item it lacks, has no grade and no rank, and is set aside with it', () => {
    const r = scoreYaml(planOf(five, prize), values);
    const e = unit(r, 'e');
    expect([e.overall, e.missing_items, e.grade, e.rank, e.prize_yuan]).toEqual([
      'incomplete',
      ['s'],
      null,
      undefined,
      '0',
    ]);
    expect(r.cohort?.set_aside).toEqual([{ unit: 'e', group: '', missing_items: ['s'] }]);
    expect(r.units.map((u) => u.rank?.position)).toEqual([1, 2, 3, 4, undefined]);
    expect(r.totals.incomplete).toBe(1);
  });

  it('holds the prizes of its group (hold, the default): no yuan paid, held by e', () => {
    const r = scoreYaml(planOf(five, prize), values);
    expect(r.units.map((u) => u.prize_yuan)).toEqual(['0', '0', '0', '0', '0']);
    expect(r.cohort?.prizes[0]).toMatchObject({ awards: [], held_by: ['e'] });
    expect(r.totals.prize_yuan).toBe('0');
  });

  it('ranks and pays the others without it under rank_rest: a 10万, b 7万, c 5万', () => {
    const r = scoreYaml(planOf(five, `${policy('rank_rest')}\n${prize}`), values);
    expect(r.units.map((u) => u.prize_yuan)).toEqual(['100000', '70000', '50000', '0', '0']);
    expect(r.totals.prize_yuan).toBe('220000');
  });

  it('holds 末位 under hold; under rank_rest names d (90), since e is not known to have met: not all met', () => {
    const last = 'last_place:\n  - {}';
    const held = scoreYaml(planOf(five, last), values);
    expect(held.cohort?.last_place[0]).toMatchObject({ units: [], all_met: false, held_by: ['e'] });
    expect(held.units.map((u) => u.last_place)).toEqual([false, false, false, false, false]);
    const rest = scoreYaml(planOf(five, `${policy('rank_rest')}\n${last}`), values);
    expect(rest.cohort?.last_place[0]?.units).toEqual(['d']);
  });

  // 优秀 60% of 5 units (e counts: 考评对象总数) = 3 places. Candidates a 99, b 97, c 95, d 90. e could take one place,
  // so under hold only 3 − 1 = 2 are sure: a and b get 优秀, c is held (no grade yet), d is over the 3 places → 良好.
  const quota = 'quotas:\n  - {level: 优秀, share: "60%", rounding: down, edge: all_out}';
  it('grants the sure places of a quota and holds the one e could take (hold)', () => {
    const r = scoreYaml(planOf(five, quota), values);
    expect(r.units.map((u) => u.grade?.final ?? null)).toEqual(['优秀', '优秀', null, '良好', null]);
    expect(unit(r, 'c').quotas).toEqual([{ level: '优秀', granted: false, reason: 'held' }]);
    expect(r.cohort?.quotas[0]).toMatchObject({ units: 5, exact: '3', places: 3, candidates: 4, granted: 2, held: 1 });
  });

  it('grants all 3 places to a, b, c without it (rank_rest); d is over → 良好', () => {
    const r = scoreYaml(planOf(five, `${policy('rank_rest')}\n${quota}`), values);
    expect(r.units.map((u) => u.grade?.final ?? null)).toEqual(['优秀', '优秀', '优秀', '良好', null]);
    expect(r.cohort?.quotas[0]).toMatchObject({ units: 5, places: 3, granted: 3 });
    expect(r.cohort?.quotas[0]).not.toHaveProperty('held');
  });
});
