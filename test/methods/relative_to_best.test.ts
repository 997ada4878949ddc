// 第1名得满分,其余按比例 (new-urbanisation assessment; 海盐 (增幅实际值/增幅最高值)*10): value ÷ best × points, the
// best among every unit's values. Expected points worked by hand in each title.
import { describe, expect, it } from 'vitest';
import { pointsOf, relativePlan, scoreRelative } from '../core/cohort/relative-plan.js';

const plan = (units: string[], opts: Parameters<typeof relativePlan>[2] = {}, method = '{method: relative_to_best}') =>
  relativePlan(
    units.map((u) => [u] as const),
    method,
    opts,
  );

describe('relative_to_best', () => {
  it('the best earns the full 3, the others in proportion: 4.2 ÷ 5.6 × 3 = 2.25, 2.8 ÷ 5.6 × 3 = 1.5', () => {
    const r = scoreRelative(plan(['a', 'b', 'c']), { a: '5.6', b: '4.2', c: '2.8' });
    expect(pointsOf(r)).toEqual({ a: '3', b: '2.25', c: '1.5' });
    expect(r.units[1]?.indicators[0]?.relative).toEqual({ among: '', best: '5.6', best_units: 1, rank: 2, of: 3 });
  });

  it('a tie for the best: a and b at 5.6 both earn 3; c 4.2 ÷ 5.6 × 3 = 2.25', () => {
    const r = scoreRelative(plan(['a', 'b', 'c']), { a: '5.6', b: '5.6', c: '4.2' });
    expect(pointsOf(r)).toEqual({ a: '3', b: '3', c: '2.25' });
    expect(r.units[0]?.indicators[0]?.relative).toMatchObject({ best_units: 2, rank: 1 });
    expect(r.units[1]?.indicators[0]?.relative).toMatchObject({ best_units: 2, rank: 1 });
  });

  it('an unending quotient: 1 ÷ 3 × 10 = 3.333…, shown 3.3333', () => {
    const r = scoreRelative(plan(['a', 'b'], { weight: '10' }), { a: '3', b: '1' });
    expect(pointsOf(r)).toEqual({ a: '10', b: '3.3333' });
  });

  it('the best at 0: no proportion, the unit holding it earns 3, the one below it 0', () => {
    expect(pointsOf(scoreRelative(plan(['a', 'b']), { a: '0', b: '-1.5' }))).toEqual({ a: '3', b: '0' });
  });

  it('every value below 0 (增幅 all negative): the best −1 still earns 3, −2 earns 0, never 2 ÷ 1 × 3', () => {
    expect(pointsOf(scoreRelative(plan(['a', 'b']), { a: '-1', b: '-2' }))).toEqual({ a: '3', b: '0' });
  });

  it('a negative value under a positive best: −2 ÷ 10 × 10 = −2, held at the floor 0 (or at a declared floor 1)', () => {
    expect(pointsOf(scoreRelative(plan(['a', 'b'], { weight: '10' }), { a: '10', b: '-2' }))).toEqual({
      a: '10',
      b: '0',
    });
    const floored = plan(['a', 'b'], { weight: '10' }, '{method: relative_to_best, floor: 1}');
    expect(pointsOf(scoreRelative(floored, { a: '10', b: '-2' }))).toEqual({ a: '10', b: '1' });
  });

  it('a unit without a value scores 0 and is not compared: a alone is the best of 1', () => {
    const r = scoreRelative(plan(['a', 'b']), { a: '4.2', b: null });
    expect(pointsOf(r)).toEqual({ a: '3', b: '0' });
    expect(r.units[1]?.indicators[0]).toMatchObject({
      status: 'missing',
      relative: { best: '4.2', rank: null, of: 1 },
    });
  });

  it('among: group compares each unit with its own group: a 5.6 / b 2.8 → 3, 1.5; c 4 / d 1 → 3, 0.75', () => {
    const units = [
      ['a', 'g1'],
      ['b', 'g1'],
      ['c', 'g2'],
      ['d', 'g2'],
    ] as const;
    const yaml = relativePlan(units, '{method: relative_to_best, among: group}');
    const r = scoreRelative(yaml, { a: '5.6', b: '2.8', c: '4', d: '1' });
    expect(pointsOf(r)).toEqual({ a: '3', b: '1.5', c: '3', d: '0.75' });
    expect(r.units[3]?.indicators[0]?.relative).toEqual({ among: 'g2', best: '4', best_units: 1, rank: 2, of: 2 });
  });

  it('the item adds to the total: 2.25 of the best 3', () => {
    const r = scoreRelative(plan(['a', 'b']), { a: '5.6', b: '4.2' });
    expect(r.units.map((u) => u.score)).toEqual(['3', '2.25']);
  });
});
