import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const inPlans = (ext: string) =>
  readdirSync('plans')
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `plans/${f}`);

describe('kaohe validate', () => {
  it('checks each plan with its own actuals, even when the shell lists them all (plans/*.yaml plans/*.csv)', async () => {
    const run = await runKaohe(['validate', ...inPlans('.yaml'), ...inPlans('.csv')]);
    expect(run.code).toBe(0);
    // plans/ holds eleven plans (five seed plans, three point tables, three cohort plans), each with one actuals
    // file; each file is counted once
    expect(run.stdout).toBe('valid: 11 plans, 11 actuals files, 1 warning\n');
    // the one warning of the bundled plans: Shandong's rural-transfer split is 4万 short on purpose
    expect(run.stderr.match(/warning TARGET_SPLIT_SHORT/g)).toHaveLength(1);
  });

  it('checks an actuals file the plan does not name against the plan given', async () => {
    const run = await runKaohe([
      'validate',
      'fixtures/errors/valid.yaml',
      'fixtures/errors/ACTUALS_UNKNOWN_UNIT.csv',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.files).toEqual([
      { path: 'fixtures/errors/valid.yaml', valid: true },
      { path: 'fixtures/errors/ACTUALS_UNKNOWN_UNIT.csv', valid: false },
    ]);
    expect(report.diagnostics.map((d: { code: string; line: number }) => `${d.code} ${d.line}`)).toEqual([
      'ACTUALS_UNKNOWN_UNIT 3',
    ]);
  });
});

// fixtures/cohort/nantong-2007-missing.csv leaves out 如皋市's 城镇登记失业率 and 港闸区's 城镇新增就业: with
// --allow-missing both are set aside and their groups' prizes held. validate says so as score does (probe2).
describe('validate --allow-missing warns of units set aside, as score does', () => {
  it('gives the same two UNIT_SET_ASIDE warnings at the same places', async () => {
    const args = [
      'plans/nantong-2007.yaml',
      '--actuals',
      'fixtures/cohort/nantong-2007-missing.csv',
      '--allow-missing',
    ];
    const validate = await runKaohe(['validate', ...args]);
    const score = await runKaohe(['score', ...args, '--format', 'json']);
    expect(validate.code).toBe(0);
    const warnings = (text: string) => text.split('\n').filter((l) => l.includes('warning UNIT_SET_ASIDE'));
    expect(warnings(validate.stderr)).toHaveLength(2);
    expect(warnings(validate.stderr)[0]).toContain('如皋市 is set aside');
    expect(warnings(validate.stderr)[1]).toContain('plans/nantong-2007.yaml:41:73: warning UNIT_SET_ASIDE: 港闸区');
    expect(warnings(validate.stderr)).toEqual(warnings(score.stderr));
  });
});
