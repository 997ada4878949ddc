import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/load/actuals/match.js';
import { makePlan, makeUnit } from './make-plan.js';

describe('createMatcher', () => {
  const matcher = createMatcher(makePlan());
  it.each([
    ['chengguan', 'chengguan'],
    ['城关区', 'chengguan'],
    [' 城关区 ', 'chengguan'],
    ['城　关　区', 'chengguan'],
    ['ＣＨＥＮＧＧＵＡＮ', 'chengguan'], // full-width letters, upper case
    ['东城', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
  ])('finds the unit %j as %s', (text, id) => {
    expect(matcher.unit(text)?.id).toBe(id);
  });

  it('matches only the exact spelling when two units share a loose spelling', () => {
    const plan = makePlan();
    plan.units = [makeUnit('a', '城关 区'), makeUnit('b', '城关区')];
    const m = createMatcher(plan);
    expect([m.unit('城关 区')?.id, m.unit('城关区')?.id, m.unit('城 关区')?.id]).toEqual(['a', 'b', undefined]);
  });

  it.each([
    ['东城', 'did you mean 东城区 (dongcheng)?'],
    ['xichen', 'did you mean 西城区 (xicheng)?'],
    ['朝阳区', "the plan's units: 城关区, 东城区, 西城区"],
  ])('hints for the unknown unit %j: %s', (text, hint) => {
    expect(matcher.unitHint(text).en).toBe(hint);
  });
});
