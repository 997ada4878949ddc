// explain's account of a grade the quota changed, and diff's rank and grade changes, on plans/guangdong-rural-2010.yaml
// (30% × 21 = 6.3 → 6 places; 深圳 95 and 东莞 91.5 reach 优秀 by score but rank 7th and 8th). Texts written from the
// hand-worked result in test/plans/guangdong-rural-2010.md.
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const explain = (unit: string, lang: string) =>
  runKaohe(['explain', 'plans/guangdong-rural-2010.yaml', '--unit', unit, '--lang', lang]);
const gradeLines = (stdout: string) =>
  stdout.split('\n').filter((l) => /^(grade|level|rank|quota|final|降等|达到|全部单位|优秀名额|最终)/.test(l));

describe('explain: one account of score, level qualified for and quota', () => {
  it('深圳: scored 95, qualified for 优秀, over the quota at rank 7 → 达标, said once as the final grade', async () => {
    const r = await explain('深圳市', 'en');
    expect(r.code).toBe(0);
    expect(gradeLines(r.stdout)).toEqual([
      'grade before: score 95 ≥ 90 → 优秀',
      'level qualified for: 优秀 (no downgrade), before the grade quotas',
      'rank 7 of 21 in all units by total 95',
      'quota 优秀: 30% × 21 = 6.3 → 6 (rounded down); 8 units reached 优秀, 6 given it; this unit over the quota: ' +
        'units ranked ahead took the places → 达标 (plans/guangdong-rural-2010.yaml:68:5)',
      'final grade: 达标 — scored 95, qualified for 优秀; the 优秀 quota of 6 (rank 7): over the quota: units ranked ' +
        'ahead took the places → 达标',
    ]);
    expect(r.stdout).not.toContain('grade after');
  });

  it('梅州 (zh): 99, 优秀 within the places', async () => {
    const lines = gradeLines((await explain('梅州市', 'zh')).stdout);
    expect(lines).toContain('达到等次:优秀(不降等),待等次名额确定');
    expect(lines).toContain('最终等次:优秀——得分 99,达到优秀;优秀名额 6 个(排第 1 名):在名额内 → 优秀');
  });
});

describe('diff: rank and grade changes', () => {
  it('广州 corrected from 96.5 to 94: grade 优秀 → 达标, rank 6 → 7; 深圳 达标 → 优秀, rank 7 → 6', async () => {
    const r = await runKaohe([
      'diff',
      'fixtures/cohort/guangdong-rural-2010.json',
      'fixtures/cohort/guangdong-rural-2010-corrected.json',
      '--lang',
      'en',
    ]);
    const rows = r.stdout.split('\n').map((l) => l.split(/\s{2,}/).filter((c) => c !== ''));
    expect(rows).toContainEqual(['广州市', 'score', '96.5', '94', '-2.5']);
    expect(rows).toContainEqual(['grade after', '优秀', '达标']);
    expect(rows).toContainEqual(['rank', '6', '7', '+1']);
    expect(rows).toContainEqual(['深圳市', 'grade after', '达标', '优秀']);
    expect(rows).toContainEqual(['rank', '7', '6', '-1']);
  });
});

describe('explain --previous: history as score reads it', () => {
  const run = (unit: string) =>
    runKaohe([
      'explain',
      'fixtures/cohort/wage-arrears-2018.yaml',
      '--previous',
      'fixtures/cohort/wage-arrears-2017.json',
      '--unit',
      unit,
      '--lang',
      'en',
    ]);

  it('曲靖: C in 2017 and C (68 < 70) in 2018 → both C actions, 约谈主要负责人 among them', async () => {
    const r = await run('qujing');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('last year: C (fixtures/cohort/wage-arrears-2017.json)');
    expect(r.stdout).toContain('applies: 约谈主要负责人、全省通报批评');
  });

  it('昭通: absent in 2017, so no history and only the one-year C action', async () => {
    const r = await run('zhaotong');
    expect(r.stdout).toContain('last year: no result for this unit');
    expect(r.stdout).not.toContain('约谈主要负责人');
    expect(r.stdout).toContain('applies: 约谈分管负责人、限期整改');
  });
});
