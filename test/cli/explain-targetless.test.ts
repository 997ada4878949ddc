// `kaohe explain --indicator` on an item that needs no target (an event counted per unit, points given directly):
// it applies to every unit, so it is explained like any other item — no "has no target" refusal — with the actual's
// cell and the method's arithmetic, and no comparison against a target it does not have. Figures from
// test/plans/guangdong-2010.md and test/plans/zhenjiang-full-employment.md (worked by hand).
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const explain = (plan: string, unit: string, indicator: string) =>
  runKaohe(['explain', `plans/${plan}.yaml`, '--unit', unit, '--indicator', indicator, '--lang', 'en']);

describe('explain --indicator on a targetless item', () => {
  it.each([
    // 梅州市: 2 campaigns × 0.5 = 1, the cap 1 hit exactly (no clamp step)
    ['guangdong-2010', '梅州市', 'publicity_campaigns', ['actual: 2 次', '2 × 0.5 = 1 ('], ['within [']],
    // 韶关市: 3 × 0.5 = 1.5, held to the item's cap of 1
    ['guangdong-2010', '韶关市', 'publicity_campaigns', ['actual: 3 次', '3 × 0.5 = 1.5', 'within [0, 1]: 1'], []],
    // 丹阳市: the team gave 58.5 of 65
    [
      'zhenjiang-full-employment',
      '丹阳市',
      'team_score',
      ['points given by the assessment team, no target; at most 65 points', 'actual: 58.5 分', 'points given: 58.5'],
      [],
    ],
  ])('%s %s %s', async (plan, unit, indicator, present, absent) => {
    const run = await explain(plan, unit, indicator);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const text of present) expect(run.stdout).toContain(text);
    for (const text of absent) expect(run.stdout).not.toContain(text);
    // no comparison against a target of 0, no surplus
    expect(run.stdout).not.toMatch(/target 0|≥ 0\?|surplus/);
  });
});

// The bonus section of Zhenjiang (test/plans/zhenjiang-full-employment.md): the media items' nested cap of 2 acts
// before the section's cap of 10, and explain names it (probe §21: it said "= 4, capped at 10 → 3").
describe('explain names each cap a section subtotal went through', () => {
  it.each([
    // 京口区: 1 + 30 × 0.1 = 4; media 3 held to 2 → 3; under the section's 10 → 3
    ['京口区', 'en', '二、加分考核: 0 + 0 + 1 + 0 + 0 + 3 = 4, 媒体信息 3 held to 2 → 3 ('],
    // 丹阳市: 3 + 4 + 2 + 2.5 = 11.5; media 2.5 held to 2 → 11; capped at 10 → 10
    ['丹阳市', 'en', '二、加分考核: 3 + 4 + 0 + 0 + 2 + 2.5 = 11.5, 媒体信息 2.5 held to 2 → 11, capped at 10 → 10 ('],
    [
      '丹阳市',
      'zh',
      '二、加分考核:3 + 4 + 0 + 0 + 2 + 2.5 = 11.5,其中媒体信息 2.5 分封顶 2 分 → 11 分,封顶 10 分 → 10 分(',
    ],
    // a section no cap acts on: the sum, then its score
    [
      '京口区',
      'en',
      '一、创建考核标准: 57 + 1 + 1 + 2 + 2 + 2 + 1 + 2 + 2 + 1 + 1 + 1 + 3 + 4 + 0 + 3 + 5 = 88 → 88 (',
    ],
  ])('%s (%s)', async (unit, lang, line) => {
    const run = await runKaohe(['explain', 'plans/zhenjiang-full-employment.yaml', '--unit', unit, '--lang', lang]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(line);
  });
});
