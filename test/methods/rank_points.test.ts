// 按名次赋分: nima001/syqdemo "排名1-5名的依次赋予60分、57分、54分、51分、48分", 海盐 "增幅最高的得15分,其余按
// 增幅排名每下降一名,扣1分". Ties share a rank and its points (1, 1, 3). Expected points worked by hand in each title.
import { describe, expect, it } from 'vitest';
import { rankPoints } from '../../src/methods/rank_points.js';
import { D } from '../../src/decimal.js';
import { pointsOf, relativePlan, scoreRelative } from '../core/cohort/relative-plan.js';

const plan = (units: string[], method: string, opts: Parameters<typeof relativePlan>[2] = {}) =>
  relativePlan(
    units.map((u) => [u] as const),
    method,
    opts,
  );
const table = '{method: rank_points, table: [60, 57, 54, 51, 48], step: 1}';

describe('rank_points', () => {
  it('ranks 1–7 with a tie at 2: 9, 8, 8, 7, 6, 5, 4 → 60, 57, 57, 51 (rank 4), 48, 47, 46', () => {
    const yaml = plan(['a', 'b', 'c', 'd', 'e', 'f', 'g'], table, { weight: '60' });
    const r = scoreRelative(yaml, { a: '9', b: '8', c: '8', d: '7', e: '6', f: '5', g: '4' });
    expect(pointsOf(r)).toEqual({ a: '60', b: '57', c: '57', d: '51', e: '48', f: '47', g: '46' });
    expect(r.units.map((u) => u.indicators[0]?.relative?.rank)).toEqual([1, 2, 2, 4, 5, 6, 7]);
  });

  it('海盐: the best 15, each rank below 1 less: 12, 10, 10, 7 → 15, 14, 14, 12 (rank 4: 15 − 3)', () => {
    const yaml = plan(['a', 'b', 'c', 'd'], '{method: rank_points, table: [15], step: 1}', { weight: '15' });
    expect(pointsOf(scoreRelative(yaml, { a: '12', b: '10', c: '10', d: '7' }))).toEqual({
      a: '15',
      b: '14',
      c: '14',
      d: '12',
    });
  });

  it('at_most ranks the lowest first: unemployment 3.1, 2.9, 3.5 → 8, 10, 6', () => {
    const yaml = plan(['a', 'b', 'c'], '{method: rank_points, table: [10, 8, 6]}', {
      weight: '10',
      direction: 'at_most',
    });
    expect(pointsOf(scoreRelative(yaml, { a: '3.1', b: '2.9', c: '3.5' }))).toEqual({ a: '8', b: '10', c: '6' });
  });

  it('without a step a rank below the table earns 0: 9, 8, 7 with [5, 3] → 5, 3, 0', () => {
    const yaml = plan(['a', 'b', 'c'], '{method: rank_points, table: [5, 3]}', { weight: '5' });
    expect(pointsOf(scoreRelative(yaml, { a: '9', b: '8', c: '7' }))).toEqual({ a: '5', b: '3', c: '0' });
  });

  it('the step stops at the floor: [60] step 20 over five ranks → 60, 40, 20, 0, 0 (not −20)', () => {
    const yaml = plan(['a', 'b', 'c', 'd', 'e'], '{method: rank_points, table: [60], step: 20}', { weight: '60' });
    expect(pointsOf(scoreRelative(yaml, { a: '5', b: '4', c: '3', d: '2', e: '1' }))).toEqual({
      a: '60',
      b: '40',
      c: '20',
      d: '0',
      e: '0',
    });
  });

  it('a tie for the first rank: both 60, the next is rank 3 → 54', () => {
    const yaml = plan(['a', 'b', 'c'], table, { weight: '60' });
    expect(pointsOf(scoreRelative(yaml, { a: '7', b: '7', c: '6' }))).toEqual({ a: '60', b: '60', c: '54' });
  });

  it('ranks compare exact values: 0.1 + 0.2 written as 0.3 ties with 0.3, 0.30000000000000004 does not', () => {
    const yaml = plan(['a', 'b', 'c'], table, { weight: '60' });
    const r = scoreRelative(yaml, { a: '0.30000000000000004', b: '0.3', c: '0.3' });
    expect(pointsOf(r)).toEqual({ a: '60', b: '57', c: '57' });
  });

  it('reads its table at the boundary ranks: 5 → 48, 6 → 47 with step 1', () => {
    const spec = { method: 'rank_points' as const, table: ['60', '57', '54', '51', '48'].map((x) => new D(x)) };
    expect(rankPoints({ ...spec, step: new D(1), among: 'all' }, 5).toFixed()).toBe('48');
    expect(rankPoints({ ...spec, step: new D(1), among: 'all' }, 6).toFixed()).toBe('47');
    expect(rankPoints({ ...spec, among: 'all' }, 6).toFixed()).toBe('0');
  });
});
