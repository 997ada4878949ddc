// A targets sheet is read as an actuals sheet is, with the same checks at its cells (probe §3, §5, §13): a target
// merged over two units is refused, not given to the first; a negative target, a rate over 100, a fraction typed
// for a percentage and a fractional count are refused at the target's cell, not blamed on the actuals.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

// fixtures/targets/city-2010.yaml in a directory of its own, with `targets: SHEET` and the city's actuals beside it.
function cityPlan(sheet: string, copyFrom?: string): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-tchecks-'));
  const yaml = readFileSync('fixtures/targets/city-2010.yaml', 'utf8')
    .replace(/^targets: .*$/m, `targets: ${sheet}`)
    .replace('actuals: [../../plans/city-2010-actuals.csv]', 'actuals: [city-2010-actuals.csv]');
  writeFileSync(join(dir, 'plan.yaml'), yaml);
  copyFileSync('plans/city-2010-actuals.csv', join(dir, 'city-2010-actuals.csv'));
  if (copyFrom !== undefined) copyFileSync(copyFrom, join(dir, sheet));
  return { dir, plan: join(dir, 'plan.yaml') };
}

describe('a targets workbook with merged cells', () => {
  it('refuses a target merged over two units (城关区 and 东城区 sharing 4.3), naming the range', async () => {
    // The probe's sheet: template --targets as xlsx, M2:M3 (城镇登记失业率 of 城关区 and 东城区) merged, 4.3 in M2.
    // Read as before, 东城区 had no unemployment target and was paid 18,800 yuan it had not earned.
    const { dir, plan } = cityPlan('t.xlsx', 'fixtures/targets/city-2010-merged.xlsx');
    for (const command of ['validate', 'score']) {
      const run = await runKaohe([command, plan]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`${join(dir, 't.xlsx')}:目标分解!M2: error ACTUALS_MERGED: column M`);
      expect(run.stderr).toContain('the merged cells M2:M3 span the values of more than one unit or indicator');
    }
  });
});
