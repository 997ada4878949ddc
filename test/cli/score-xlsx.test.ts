// `kaohe score --format xlsx` (issue #4, item 6) from the command line: a workbook into --out, one per
// plan into --out-dir, bytes into a pipe, never onto a terminal. Expected figures: test/plans/expected.md
// (the hand-worked result of plans/city-2010.yaml with its actuals).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo, runKaohe } from '../helpers/memory-io.js';
import { readWorkbook as read, rowValues, runOnTerminal } from '../helpers/workbook.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kaohe-score-xlsx-'));

describe('kaohe score --format xlsx', () => {
  it("writes the city plan's result into --out, money as number cells", async () => {
    const out = join(tempDir(), 'results.xlsx');
    const run = await runKaohe(['--lang', 'zh', 'score', 'plans/city-2010.yaml', '--format', 'xlsx', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const workbook = await read(readFileSync(out));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['考核结果', '单位', '指标明细', '问责名单']);
    const units = workbook.worksheets[1]!;
    // Row 7 is 青河县 (the 6th unit): score 45, missed, fine 12,400, net −12,400, award withdrawn, 四等 stays 四等.
    expect(rowValues(units, 7)).toEqual([
      'city-2010',
      'qinghe',
      '青河县',
      45,
      '未完成',
      0,
      12400,
      -12400,
      '否',
      '四等',
      '四等',
    ]);
    expect(units.getCell('G7').type).toBe(ExcelJS.ValueType.Number);
    // Row 10, after 8 units: reward 42,800, fines 12,500, net 30,300.
    expect(rowValues(units, 10).slice(5, 8)).toEqual([42800, 12500, 30300]);
    // 5 indicators × 8 units under the header; 3 missed units on the accountability list.
    expect(workbook.worksheets[2]!.rowCount).toBe(41);
    expect(workbook.worksheets[3]!.rowCount).toBe(4);
  });

  it('writes one workbook per plan into --out-dir, named by plan id', async () => {
    const dir = tempDir();
    const run = await runKaohe([
      'score',
      'plans/city-2010.yaml',
      'plans/henan-2016-2020.yaml',
      '--format',
      'xlsx',
      '--out-dir',
      dir,
    ]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['city-2010.xlsx', 'henan-2016-2020.xlsx']);
    const henan = await read(readFileSync(join(dir, 'henan-2016-2020.xlsx')));
    expect(henan.worksheets[1]!.getCell('A2').value).toBe('henan-2016-2020');
  });

  it('writes the workbook into a pipe', async () => {
    const io = memoryIo();
    expect(await main(['node', 'kaohe', 'score', 'plans/city-2010.yaml', '--format', 'xlsx'], io)).toBe(0);
    expect(io.out).toEqual([]);
    expect((await read(io.bytes[0]!)).worksheets).toHaveLength(4);
  });

  it('refuses to write the workbook onto a terminal, before reading anything', async () => {
    const run = await runOnTerminal(['score', 'plans/city-2010.yaml', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.bytes).toEqual([]);
    expect(run.stderr).toContain('USAGE: --format xlsx is binary and is not written to a terminal');
    expect(run.stderr).not.toContain('|'); // no source line: nothing was read
  });

  it('writes nothing when the actuals have errors', async () => {
    const out = join(tempDir(), 'results.xlsx');
    const run = await runKaohe([
      'score',
      'fixtures/errors/valid.yaml',
      '--actuals',
      'fixtures/errors/ACTUALS_VALUE.csv',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
