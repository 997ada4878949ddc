// A rate worked out from two counts (rate_of) is checked as a typed rate (probe §14): Chuzhou's 参保率 of 天长市 is
// 411600 ÷ 420000 × 100 = 98% (plans/chuzhou-2012-actuals.csv rows 5 and 6); its denominator typed 100 times too
// small (4116) gave 10000% "met", and a 0 was reported as a missing rate at the plan.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

// Chuzhou's actuals with 天长市's nonfarm_population (row 6) written as `value`.
function withDenominator(value: string): string {
  const text = readFileSync('plans/chuzhou-2012-actuals.csv', 'utf8').replace(
    '天长市,nonfarm_population,420000,',
    `天长市,nonfarm_population,${value},`,
  );
  const path = join(mkdtempSync(join(tmpdir(), 'kaohe-rate-')), 'a.csv');
  writeFileSync(path, text);
  return path;
}

describe('a rate computed from two counts', () => {
  it('refuses 411600 ÷ 4116 × 100 = 10000% at the denominator, naming the numerator', async () => {
    const path = withDenominator('4116');
    const run = await runKaohe(['score', 'plans/chuzhou-2012.yaml', '--actuals', path, '--accept-outliers']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // "天长市,nonfarm_population," is 3 + 1 + 18 + 1 = 23 code units: the value is column 24.
    expect(run.stderr).toContain(
      `${path}:6:24: error ACTUALS_IMPLAUSIBLE: 城镇基本医疗保险参保率 = 411600 ÷ 4116 × 100 = 10000%, above 100`,
    );
    // "天长市,medical_insured," is 3 + 1 + 15 + 1 = 20: the numerator is row 5 column 21.
    expect(run.stderr).toContain(`城镇职工和城镇居民医保任务完成数 at ${path}:5:21`);
  });

  it('refuses a denominator of 0 at its cell, not as a missing rate at the plan', async () => {
    const path = withDenominator('0');
    const run = await runKaohe(['score', 'plans/chuzhou-2012.yaml', '--actuals', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${path}:6:24: error ACTUALS_IMPLAUSIBLE: 上年度非农业户口人数 is 0, so 城镇基本医疗保险参保率`,
    );
    expect(run.stderr).not.toContain('MISSING_ACTUALS');
  });

  it('accepts the bundled figures: 411600 ÷ 420000 × 100 = 98%', async () => {
    const run = await runKaohe(['score', 'plans/chuzhou-2012.yaml', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\nchuzhou-2012,tianchang,天长市,medical_insurance_rate,城镇基本医疗保险参保率,%,at_least,98,98,met,/,
    );
  });
});
