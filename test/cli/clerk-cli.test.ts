// The command line as a clerk meets it: the format follows the --out file's name, --quiet keeps the output asked
// for, and validate says when all is well and checks the sheet given with --actuals.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-clerk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SCORE = ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/complete.csv'];

describe('--out names the format', () => {
  it('--out r.xlsx without --format writes a workbook (a zip: PK)', async () => {
    const out = join(dir, 'r.xlsx');
    const run = await runKaohe([...SCORE, '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.each([
    ['r.csv', /^plan_id,unit_id,/],
    ['r.json', /^\{\n {2}"kaohe": 1,/],
    ['r.md', /^## 错误示例 \(2010\)\n/],
    ['r.txt', /^错误示例 \(2010\)\n┌/],
  ])('--out %s writes what its extension names', async (name, start) => {
    const out = join(dir, name);
    const run = await runKaohe([...SCORE, '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(start);
  });

  it('a --format the extension contradicts is a usage error, and nothing is written', async () => {
    const out = join(dir, 'wrong.xlsx');
    const run = await runKaohe([...SCORE, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `error USAGE: --format csv does not match the file name ${out} (a .xlsx file holds xlsx)`,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('diff follows the extension too: --out d.csv writes CSV', async () => {
    const a = join(dir, 'a.json');
    await runKaohe([...SCORE, '--out', a]);
    const out = join(dir, 'd.csv');
    const run = await runKaohe(['diff', a, a, '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^plan_id,unit_id,unit_name,/);
  });
});

describe('--quiet', () => {
  it('keeps the table on stdout and drops only the warnings', async () => {
    const run = await runKaohe(['score', 'fixtures/errors/TARGET_SPLIT_SHORT.yaml', '--quiet', '--allow-missing']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('┌');
  });
});

describe('validate', () => {
  it('says in one line what it found valid', async () => {
    const run = await runKaohe(['validate', 'fixtures/errors/valid.yaml', 'fixtures/errors/complete.csv']);
    expect(run).toEqual({ code: 0, stdout: 'valid: 1 plan, 1 actuals file, 0 warnings\n', stderr: '' });
  });

  it('says it in Chinese', async () => {
    const run = await runKaohe(['validate', 'plans/city-2010.yaml', '--lang', 'zh']);
    expect(run.stdout).toBe('校验通过:1 个方案,1 个实际数据文件,0 条警告\n');
  });

  it('--actuals checks the sheet given instead of the plan’s own', async () => {
    const plan = 'plans/changchun-2014-2016.yaml';
    const run = await runKaohe(['validate', plan, '--actuals', 'fixtures/errors/complete.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fixtures/errors/complete.csv:2:1: error ACTUALS_UNKNOWN_UNIT: unknown unit "城关区"');
  });
});

describe('explain --as-of', () => {
  it("explains the plan part-way as score --as-of scores it: Chengdu's 140 万人 due 3/5 by 2023", async () => {
    const args = ['explain', 'plans/sichuan-2021-2025.yaml', '--unit', 'chengdu', '--as-of', '2023'];
    const run = await runKaohe(args);
    expect(run.code).toBe(0);
    // 140 × 3 / 5 = 84 万人 due; 30.89 + 31.21 + 31.55 = 93.65 done (plans/sichuan-2021-2025-actuals.csv)
    expect(run.stdout).toContain('due by 2023 (pro rata, 3 of 5 years): 140 × 3 / 5 = 84 万人');
    expect(run.stdout).toContain('sum over the years: 30.89 + 31.21 + 31.55 = 93.65');
    expect(run.stdout).not.toContain('2024:');
  });

  it('refuses a year outside the period', async () => {
    const run = await runKaohe(['explain', 'plans/sichuan-2021-2025.yaml', '--unit', 'chengdu', '--as-of', '2030']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("error USAGE: --as-of 2030 is outside the plan's period 2021–2025");
  });
});
