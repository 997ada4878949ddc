// The bundled city plan scored through the command line, against the figures worked by hand in
// test/plans/expected.md (each row there shows its arithmetic).
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { runKaohe } from '../helpers/memory-io.js';

async function score(): Promise<Result> {
  const run = await runKaohe(['score', 'plans/city-2010.yaml', '--format', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Result;
}

// unit, score, overall, reward, penalty, net, award_eligible, base, final, steps_down — expected.md "Summary"
const SUMMARY = [
  ['chengguan', '100', 'met', '18400', '0', '18400', true, '一等', '一等', 0],
  ['dongcheng', '85', 'missed', '0', '0', '0', false, '二等', '三等', 1],
  ['xicheng', '100', 'met', '7300', '0', '7300', true, '一等', '一等', 0],
  ['nanhu', '100', 'met', '12500', '0', '12500', true, '一等', '一等', 0],
  ['beishan', '100', 'met', '4600', '0', '4600', true, '一等', '一等', 0],
  ['qinghe', '45', 'missed', '0', '12400', '-12400', false, '四等', '四等', 0],
  ['shiqiao', '60', 'missed', '0', '100', '-100', false, '三等', '四等', 1],
  ['liulin', '100', 'met', '0', '0', '0', true, '二等', '二等', 0],
] as const;

describe('plans/city-2010.yaml, as worked by hand', () => {
  it.each(SUMMARY)(
    '%s: score %s, %s, reward %s, fine %s, net %s, eligible %s, grade %s → %s',
    async (id, s, overall, reward, penalty, net, eligible, base, final, steps) => {
      const unit = (await score()).units.find((u) => u.id === id)!;
      expect(unit).toMatchObject({
        score: s,
        max_score: '100',
        overall,
        reward_yuan: reward,
        penalty_yuan: penalty,
        net_yuan: net,
        award_eligible: eligible,
      });
      expect(unit.grade).toEqual({ base, final, steps_down: steps });
    },
  );

  it.each([
    // 城关区 4.34 rounds down to 4.3 at precision 1 and meets the 4.3 ceiling: shown rounded, surplus 0
    ['chengguan', 'unemployment_rate', '4.3', '4.3', 'met', '0'],
    // 东城区 4.35 rounds half-up to 4.4 (a float says 4.3) and misses 4.3 by 0.1
    ['dongcheng', 'unemployment_rate', '4.3', '4.4', 'missed', '-0.1'],
    // 柳林县 exactly on target meets, with a surplus of 0
    ['liulin', 'urban_new_jobs', '1800', '1800', 'met', '0'],
    // 石桥县 one person short
    ['shiqiao', 'urban_new_jobs', '2200', '2199', 'missed', '-1'],
    // 青河县 288 short on a non-rule indicator
    ['qinghe', 'rural_labour_transfer', '7500', '7212', 'missed', '-288'],
  ])('%s %s: target %s, actual %s, %s, surplus %s', async (unitId, indicatorId, target, actual, status, surplus) => {
    const ind = (await score()).units.find((u) => u.id === unitId)!.indicators.find((i) => i.id === indicatorId)!;
    expect(ind).toMatchObject({ target, actual, status, surplus });
  });

  it('totals: 5 met, 3 missed, rewards 42800 paid by the city, fines 12500, net 30300', async () => {
    expect((await score()).totals).toEqual({
      units: 8,
      met: 5,
      missed: 3,
      incomplete: 0,
      award_ineligible: 3,
      // the downgrade rule fired for 3 units (青河县 was already at 四等 and did not move)
      downgraded: 3,
      reward_yuan: '42800',
      penalty_yuan: '12500',
      net_yuan: '30300',
    });
  });

  it('fines 东城区 nothing: it met on persons and missed on the unemployment ceiling', async () => {
    const unit = (await score()).units.find((u) => u.id === 'dongcheng')!;
    const perPerson = unit.rules!.find((r) => r.type === 'per_person')!;
    // 188 persons over, but the reward needs overall met: forfeited; no shortfall, so no fine
    expect(perPerson).toMatchObject({ fired: false, persons: 188, reward_yuan: '0', penalty_yuan: '0' });
  });
});
