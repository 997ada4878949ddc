// Ranks (1, 1, 3), prizes by rank among the units passing a gate, 末位 unless all met. Worked by hand.
import { describe, expect, it } from 'vitest';
import { planOf, scoreYaml, totals } from './score-yaml.js';

const five = [['a'], ['b'], ['c'], ['d'], ['e']] as const;

describe('ranks', () => {
  it('gives equal totals one rank and skips the next: 90, 85, 85, 80 → 1, 2, 2, 4', () => {
    const r = scoreYaml(planOf(five.slice(0, 4), 'ranking: {}'), totals({ a: '90', b: '85', c: '85', d: '80' }));
    expect(r.units.map((u) => [u.rank?.position, u.rank?.shared])).toEqual([
      [1, false],
      [2, true],
      [2, true],
      [4, false],
    ]);
  });

  it('ranks on exact totals: 100 × 1/3 = 33.333… is above 33.3333333333333, though both show 33.3333', () => {
    const r = scoreYaml(planOf(five.slice(0, 2), 'ranking: {}'), {
      a: { s: '33.3333333333333', t: '100' },
      b: { s: '33.33333333333333333333333333333333333333333333333333333333333', t: '100' },
    });
    expect(r.units.map((u) => u.score)).toEqual(['33.3333', '33.3333']);
    expect(r.units.map((u) => u.rank?.position)).toEqual([2, 1]);
  });
});

describe('prizes', () => {
  const prize = (gate = '') => `prizes:\n  - {name: 一二三等奖, ${gate}yuan: [100000, 70000, 50000]}`;

  it('pays 10万 / 7万 / 5万 to ranks 1-3 and nothing to the 4th', () => {
    const r = scoreYaml(planOf(five, prize()), totals({ a: '99', b: '97', c: '95', d: '90', e: '80' }));
    expect(r.units.map((u) => u.prize_yuan)).toEqual(['100000', '70000', '50000', '0', '0']);
    expect(r.totals.prize_yuan).toBe('220000');
  });

  it('passes the first prize over a rank-1 unit that missed its target: b 10万, c 7万, d 5万; a is passed over', () => {
    const r = scoreYaml(
      planOf(five, prize('gate: overall_met, ')),
      totals({ a: ['99', false], b: '97', c: '95', d: '90', e: '80' }),
    );
    expect(r.units.map((u) => u.prize_yuan)).toEqual(['0', '100000', '70000', '50000', '0']);
    expect(r.units[0]?.rank?.position).toBe(1);
    expect(r.cohort?.prizes[0]?.passed_over).toEqual(['a']);
    expect(r.cohort?.prizes[0]?.awards.map((x) => [x.unit, x.place, x.rank])).toEqual([
      ['b', 1, 2],
      ['c', 2, 3],
      ['d', 3, 4],
    ]);
  });

  it('pays two units equal on the first place the first prize each, and the next unit the third (1, 1, 3)', () => {
    const r = scoreYaml(planOf(five, prize()), totals({ a: '99', b: '99', c: '95', d: '90', e: '80' }));
    expect(r.units.map((u) => u.prize_yuan)).toEqual(['100000', '100000', '50000', '0', '0']);
  });

  it('awards each group apart when the prize names no group', () => {
    const yaml = planOf(
      [
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'y'],
        ['d', 'y'],
      ],
      'unit_groups: [{id: x, name: 县}, {id: y, name: 区}]\nprizes:\n  - {name: 先进, yuan: [1000]}',
    );
    const r = scoreYaml(yaml, totals({ a: '90', b: '95', c: '70', d: '60' }));
    expect(r.units.map((u) => u.prize_yuan)).toEqual(['0', '1000', '1000', '0']);
  });
});

describe('末位', () => {
  const last = (rule: string) =>
    planOf(five, `last_place:\n  - ${rule}\nconsequences:\n  - {action: 通报批评, when: {last_place: true}}`, true);

  it('names no 末位 when every unit of the group met its target (unless: all_met)', () => {
    const r = scoreYaml(last('{unless: all_met}'), totals({ a: '99', b: '97', c: '95', d: '90', e: '80' }));
    expect(r.cohort?.last_place).toEqual([expect.objectContaining({ all_met: true, units: [] })]);
    expect(r.units.every((u) => u.last_place === false && u.consequences?.length === 0)).toBe(true);
  });

  it('names the last unit 末位 when one unit missed, even if the one that missed is not last', () => {
    const r = scoreYaml(last('{}'), totals({ a: ['99', false], b: '97', c: '95', d: '90', e: '80' }));
    expect(r.units.map((u) => u.last_place)).toEqual([false, false, false, false, true]);
    expect(r.units[4]?.consequences?.map((c) => c.action)).toEqual(['通报批评']);
  });

  it('names every unit equal on the last rank (80, 80) and, with count 2, nothing above them', () => {
    const r = scoreYaml(last('{count: 2, unless: never}'), totals({ a: '99', b: '97', c: '95', d: '80', e: '80' }));
    expect(r.units.map((u) => u.last_place)).toEqual([false, false, false, true, true]);
  });

  it('with count 2, names the last and the second last (后两名)', () => {
    const r = scoreYaml(last('{count: 2, unless: never}'), totals({ a: '99', b: '97', c: '95', d: '85', e: '80' }));
    expect(r.units.map((u) => u.last_place)).toEqual([false, false, false, true, true]);
  });
});
