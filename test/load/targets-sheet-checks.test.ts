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

// The city's targets sheet (fixtures/targets/city-2010-targets.csv) with some cells changed: [row, column, text].
function citySheet(changes: [number, number, string][]): string {
  const lines = readFileSync('fixtures/targets/city-2010-targets.csv', 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  for (const [row, col, text] of changes) {
    const cells = lines[row - 1]!.split(',');
    cells[col - 1] = text;
    lines[row - 1] = cells.join(',');
  }
  return lines.join('\n');
}

describe('the plausibility of a target, at its cell', () => {
  it('refuses a negative rate, a rate over 100, a fractional count and a fraction typed for a percentage', async () => {
    const { dir, plan } = cityPlan('t.csv');
    const header = readFileSync('fixtures/targets/city-2010-targets.csv', 'utf8').split(/\r?\n/)[0]!;
    expect(header.split(',').slice(-5, -4)[0]).toBe('城镇新增就业(人)');
    const cols = header.split(',').length; // 城镇登记失业率(%) is the last column
    writeFileSync(
      join(dir, 't.csv'),
      citySheet([
        [2, cols, '0.043'], // 城关区: 0.043 typed for 4.3 (the others' targets are 4.3 to 4.5)
        [3, cols, '-4.3'], // 东城区
        [4, cols, '450'], // 西城区
        [4, cols - 4, '3000.5'], // 西城区's 城镇新增就业: half a person
      ]),
    );
    const run = await runKaohe(['validate', plan]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const said = run.stderr.match(/^\S+ error TARGET_IMPLAUSIBLE: .*$/gm)!.map((l) => l.replace(`${dir}/`, ''));
    // Columns by hand: "chengguan,城关区,,,张某,李某,王某,赵某,6000,2500,800,3000," is 47 code units, so the rate is
    // column 48 on every row; "xicheng,西城区,,,周某,吴某,徐某,孙某," is 26, so 西城区's 城镇新增就业 is column 27.
    // The others' targets (4.3 … 4.5, and the slips −4.3 and 450): the lower middle one of 7 is 4.5.
    expect(said).toEqual([
      "t.csv:2:48: error TARGET_IMPLAUSIBLE: the target of 城关区 for 城镇登记失业率: a rate of 0.043% where the other units' targets are about 4.5%: a fraction typed for a percentage?",
      't.csv:3:48: error TARGET_IMPLAUSIBLE: the target of 东城区 for 城镇登记失业率: a rate of -4.3% is not between 0 and 100',
      't.csv:4:27: error TARGET_IMPLAUSIBLE: the target of 西城区 for 城镇新增就业: 3000.5 人 is not a whole count (3000.5)',
      't.csv:4:48: error TARGET_IMPLAUSIBLE: the target of 西城区 for 城镇登记失业率: a rate of 450% is not between 0 and 100',
    ]);
    expect(run.stderr).toContain('hint: did you mean 4.3%?');
    // Nothing is blamed on the actuals, which are right.
    expect(run.stderr).not.toContain('city-2010-actuals.csv');
  });

  it('places a target slip in a YAML plan at its line, as in a sheet', async () => {
    const yaml = readFileSync('plans/city-2010.yaml', 'utf8').replace(
      'urban_new_jobs: 6000,',
      'urban_new_jobs: 6000.5,',
    );
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-tchecks-'));
    writeFileSync(join(dir, 'plan.yaml'), yaml);
    copyFileSync('plans/city-2010-actuals.csv', join(dir, 'city-2010-actuals.csv'));
    const run = await runKaohe(['validate', join(dir, 'plan.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /plan\.yaml:\d+:\d+: error TARGET_IMPLAUSIBLE: the target of 城关区 for 城镇新增就业: 6000\.5 人 is not a whole count/,
    );
  });
});

describe('a slip in a target value held by several units', () => {
  it('is told at each place it is written, once where an anchored mapping is written, naming its first holder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-tchecks-'));
    const plan = join(dir, 'plan.yaml');
    writeFileSync(
      plan,
      [
        'kaohe: 1',
        'plan: {id: alias, title: 别名, period: 2010}',
        'indicators:',
        '  - {id: jobs, name: 城镇新增就业, unit: 人, direction: at_least, weight: 60}',
        "  - {id: rate, name: 城镇登记失业率, unit: '%', direction: at_most, weight: 40}",
        'units:',
        '  - {id: a, name: 甲区, targets: &t {jobs: 6000.5, rate: 104.3}}',
        '  - {id: b, name: 乙区, targets: *t}',
        '  - {id: c, name: 丙区, targets: {jobs: 6000.5, rate: 4.4}}',
        '',
      ].join('\n'),
    );
    const run = await runKaohe(['validate', plan]);
    expect(run.code).toBe(2);
    const said = run.stderr.match(/^\S+ error TARGET_IMPLAUSIBLE: .*$/gm)!.map((l) => l.replace(`${dir}/`, ''));
    // 乙区's targets are 甲区's mapping (line 7): its two slips are written once, there; 丙区 wrote 6000.5 again on
    // line 9. Columns by hand: "  - {id: a, name: 甲区, targets: &t {jobs: " is 41 code units, "6000.5, rate: " 14 more;
    // "  - {id: c, name: 丙区, targets: {jobs: " is 38.
    expect(said).toEqual([
      'plan.yaml:7:42: error TARGET_IMPLAUSIBLE: the target of 甲区 for 城镇新增就业: 6000.5 人 is not a whole count (6000.5)',
      'plan.yaml:7:56: error TARGET_IMPLAUSIBLE: the target of 甲区 for 城镇登记失业率: a rate of 104.3% is not between 0 and 100',
      'plan.yaml:9:39: error TARGET_IMPLAUSIBLE: the target of 丙区 for 城镇新增就业: 6000.5 人 is not a whole count (6000.5)',
    ]);
  });
});

describe('validate reports what score would refuse', () => {
  it('a sheet with one figure of 40: 39 MISSING_ACTUALS from validate --actuals, as from score --actuals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-validate-'));
    // The probe's partial sheet: 城关区's urban_new_jobs only; the city plan has 8 units × 5 indicators = 40 targets.
    writeFileSync(join(dir, 'partial.csv'), 'unit,indicator,value\n城关区,urban_new_jobs,6184\n');
    const args = ['plans/city-2010.yaml', '--actuals', join(dir, 'partial.csv')];
    const validate = await runKaohe(['validate', ...args]);
    const score = await runKaohe(['score', ...args]);
    for (const run of [validate, score]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.match(/error MISSING_ACTUALS/g)?.length).toBe(39);
    }
    expect(validate.stderr).toBe(score.stderr);
    const allowed = await runKaohe(['validate', ...args, '--allow-missing']);
    expect(allowed.code).toBe(0);
  });
});
