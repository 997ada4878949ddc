// fixtures/cohort/relative-demo.yaml scored and explained through the command line, against the figures worked by
// hand in test/plans/relative-demo.md (relative_to_best, rank_points, a section normalised by its top scorer, and a
// tie broken by a section's points).
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { runKaohe } from '../helpers/memory-io.js';

const plan = 'fixtures/cohort/relative-demo.yaml';
const scored = runKaohe(['score', plan, '--format', 'json']).then((r) => JSON.parse(r.stdout) as Result);
const byName = async (name: string) => (await scored).units.find((u) => u.name === name)!;

describe('fixtures/cohort/relative-demo.yaml', () => {
  it.each([
    ['甲县', ['10', '2.25', '14', '18'], ['26.25', '15'], '41.25', 1],
    ['乙县', ['10', '3', '13', '12'], ['26', '10'], '36', 2],
    ['丙县', ['10', '1.5', '13', '7.05'], ['24.5', '5.875'], '30.375', 3],
    ['丁县', ['0', '3', '15', '0'], ['18', '0'], '18', 5],
    ['戊县', ['10', '1.875', '11', '9'], ['22.875', '7.5'], '30.375', 4],
  ] as const)('%s: items %j, sections %j, total %s, rank %i', async (name, items, sections, total, rank) => {
    const u = await byName(name);
    expect(u.indicators.map((i) => i.score)).toEqual(items);
    expect(u.sections?.map((s) => s.score)).toEqual(sections);
    expect(u.score).toBe(total);
    expect(u.rank?.position).toBe(rank);
  });

  it('breaks the tie at 30.375 by section 一: 丙县 24.5 before 戊县 22.875', async () => {
    expect((await byName('丙县')).rank?.tie_break).toEqual({
      unit: 'wu',
      section: 'targets',
      by: 'score',
      value: '24.5',
      other_value: '22.875',
    });
  });

  it('explains the arithmetic: value ÷ best × points, the rank below the table, the factor 15 ÷ 18', async () => {
    const r = await runKaohe(['explain', plan, '--unit', '戊县', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('value ÷ best × points = 2 ÷ 3.2 × 3 = 1.875');
    expect(r.stdout).toContain('value 6: rank 5 of 5, 4 below the table: 15 − 4 × 1 = 11');
    expect(r.stdout).toContain('二、加分: 9 = 9, top 18 (甲县) over the cap 15: 9 × 15 ÷ 18 → 7.5');
    expect(r.stdout).toContain('separated by 一、就业指标 (score) 22.875 vs 24.5');
  });

  it('says the best was shared when it was: 乙县 and 丁县 at 3.2', async () => {
    const r = await runKaohe(['explain', plan, '--unit', '乙县', '--indicator', 'job_share', '--lang', 'en']);
    expect(r.stdout).toContain('3.2 is the best of 5, shared by 2 units: full 3 points');
  });
});

describe('a normalised section nobody exceeds, explained', () => {
  it('says no unit went over the cap and keeps the points: 12 → 12', async () => {
    const dir = await import('node:fs/promises');
    const yaml = (await dir.readFile(plan, 'utf8')).replace('actuals: [relative-demo-actuals.csv]', '');
    const csv =
      '单位,城镇新增就业,新增就业人数占比,新增就业增幅,特色工作加分\n甲县,1200,2.4,12,12\n乙县,1000,3.2,9,15\n' +
      '丙县,1100,1.6,9,6\n丁县,900,3.2,15,0\n戊县,1050,2.0,6,9\n';
    const tmp = await dir.mkdtemp('/tmp/kaohe-normalise-');
    await dir.writeFile(`${tmp}/plan.yaml`, yaml);
    await dir.writeFile(`${tmp}/actuals.csv`, csv);
    const r = await runKaohe([
      'explain',
      `${tmp}/plan.yaml`,
      '--actuals',
      `${tmp}/actuals.csv`,
      '--unit',
      '甲县',
      '--lang',
      'en',
    ]);
    await dir.rm(tmp, { recursive: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('二、加分: 12 = 12 (no unit over 15: no normalising) → 12');
  });
});
