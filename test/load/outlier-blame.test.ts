// An actual and its target a hundredfold apart (probe §13): the one out of line with its siblings is blamed, and
// both cells are named. plans/city-2010.yaml's 城镇新增就业 targets of the seven other units: 5200, 4800, 4000,
// 3000, 2600, 2200, 1800 (lower median 3000); their actuals: 5388, 4873, 4125, 3046, 2476, 2199, 1800 (3046).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

describe('a hundredfold disagreement between an actual and its target', () => {
  it('blames the target when it alone is out of line (6,000,000 typed for 6000), naming the actual', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-blame-'));
    const yaml = readFileSync('plans/city-2010.yaml', 'utf8');
    writeFileSync(join(dir, 'plan.yaml'), yaml.replace('urban_new_jobs: 6000, ', 'urban_new_jobs: 6000000, '));
    copyFileSync('plans/city-2010-actuals.csv', join(dir, 'city-2010-actuals.csv'));
    const run = await runKaohe(['validate', join(dir, 'plan.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // plans/city-2010.yaml:79:31 is 城关区's urban_new_jobs target; its actual 6184 is row 2, column 20 of the sheet
    // ("城关区,urban_new_jobs," is 3 + 1 + 14 + 1 = 19 code units).
    expect(run.stderr).toContain(
      `${join(dir, 'plan.yaml')}:79:31: error TARGET_IMPLAUSIBLE: the target of 城关区 for 城镇新增就业, 6000000 人, ` +
        "is 100 times or a hundredth of the other units' targets (about 3000 人), while its actual 6184 人 at " +
        `${join(dir, 'city-2010-actuals.csv')}:2:20 is in line with theirs`,
    );
    expect(run.stderr).not.toContain('ACTUALS_IMPLAUSIBLE');
  });

  it('blames the actual when it is out of line (618400 for 6184), naming the target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-blame-'));
    const csv = readFileSync('plans/city-2010-actuals.csv', 'utf8').replace(
      '城关区,urban_new_jobs,6184',
      '城关区,urban_new_jobs,618400',
    );
    writeFileSync(join(dir, 'a.csv'), csv);
    const run = await runKaohe(['validate', 'plans/city-2010.yaml', '--actuals', join(dir, 'a.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${join(dir, 'a.csv')}:2:20: error ACTUALS_IMPLAUSIBLE: 618400 人 is 100 times the target 6000 人 or more: ` +
        'almost surely a slip (the target at plans/city-2010.yaml:79:31)',
    );
  });
});
