// A unit set aside with a relative item missing (fixtures/cohort/relative-provisional.yaml, worked in its header):
// the other units' relative points were read without its value, so the warning says they may change (probe2 N2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const args = ['fixtures/cohort/relative-provisional.yaml', '--allow-missing'];

describe('a unit set aside while a relative item lacks its value', () => {
  it('scores the others without it — 甲县 3 × 4 ÷ 4 + 5 + 5 = 13, 乙县 3 × 2 ÷ 4 + 5 + 6 = 12.5 — and says so', async () => {
    const run = await runKaohe(['score', ...args, '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const score = (name: string) => result.units.find((u: { name: string }) => u.name === name).score;
    expect([score('甲县'), score('乙县')]).toEqual(['13', '12.5']);
    expect(run.stderr).toContain('decided without it: 先进: 甲县 place 1 1,000 yuan');
    expect(run.stderr).toContain(
      "the other units' 新增就业增长率 were compared without its value, and their points may change once it is in",
    );
  });

  it('says it in Chinese too, and validate --allow-missing warns the same', async () => {
    const run = await runKaohe(['--lang', 'zh', 'validate', ...args]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('其余单位的 新增就业增长率 是在缺少该单位数值时比较得出的,数据补齐后得分可能变化');
  });
});

describe('a unit absent from the sheet whose items need no target', () => {
  it("is placed at the unit's own entry in the plan, not at the plan's first line (probe2 N8)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-absent-'));
    const sheet = join(dir, 'a.csv');
    // fixtures/cohort/relative-provisional-actuals.csv without 丁县's row
    writeFileSync(sheet, '单位,新增就业增长率,就业增幅,加分\n甲县,4,3,5\n乙县,2,3,6\n丙县,3,1,0\n');
    const run = await runKaohe(['validate', 'fixtures/cohort/relative-provisional.yaml', '--actuals', sheet]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'fixtures/cohort/relative-provisional.yaml:16:5: error MISSING_ACTUALS: no actual for 丁县 (d) / 新增就业增长率',
    );
  });
});

describe('the CSV of an item with no target', () => {
  it('says missing when its figure is missing, so it never reads as a score of 0 (probe2 N9)', async () => {
    const run = await runKaohe(['score', ...args, '--format', 'csv']);
    const rows = run.stdout.split(/\r?\n/).map((l) => l.split(','));
    const [header] = rows;
    const at = (name: string) => header!.indexOf(name);
    const row = (unit: string, id: string) =>
      rows.find((r) => r[at('unit_name')] === unit && r[at('indicator_id')] === id)!;
    // 丙县's growth is blank in the sheet: missing, 0 points; 甲县's is 4: no status (no target), 3 points
    expect([row('丙县', 'growth')[at('status')], row('丙县', 'growth')[at('indicator_score')]]).toEqual([
      'missing',
      '0',
    ]);
    expect([row('甲县', 'growth')[at('status')], row('甲县', 'growth')[at('indicator_score')]]).toEqual(['', '3']);
  });
});
