// Targets from a sheet (issue #16, item 1): a plan whose units and targets are a CSV or .xlsx table
// (`targets: FILE`) scores exactly as the same plan with them in its YAML; `kaohe template --targets`
// writes that table; mistakes in it are reported at their cells, as in actuals.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kaohe-targets-'));
// A result without what names its files: the inputs and every source position.
const figures = (json: string) =>
  JSON.stringify(JSON.parse(json), (key, value) => (key === 'inputs' || key.endsWith('source') ? undefined : value));

// plans/city-2010.yaml with its units replaced by `targets: SHEET` and its actuals named from `dir`.
function sheetPlan(dir: string, sheet: string): string {
  const yaml = readFileSync('plans/city-2010.yaml', 'utf8');
  const from = yaml.indexOf('\nunits:\n');
  const to = yaml.indexOf('\noverall:');
  const path = join(dir, 'plan.yaml');
  writeFileSync(path, `${yaml.slice(0, from)}\ntargets: ${sheet}${yaml.slice(to)}`);
  copyFileSync('plans/city-2010-actuals.csv', join(dir, 'city-2010-actuals.csv'));
  return path;
}

describe('a plan with its targets in a sheet', () => {
  it('writes the city plan as a sheet: ids, names, parents, base grade, persons, then the targets as written', async () => {
    const run = await runKaohe(['template', 'plans/city-2010.yaml', '--targets']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    // plans/city-2010.yaml lines 76-80 and 113-118: chengguan's persons and targets, liulin's base grade 二等.
    expect(lines[0]).toBe(
      '\uFEFF单位编号,单位名称,上级单位,基础等次,行政一把手,班子分管成员,具体工作部门负责人,具体工作人员,' +
        '城镇新增就业(人),下岗失业人员再就业(人),就业困难人员就业(人),农村劳动力转移就业(人),城镇登记失业率(%)',
    );
    expect(lines[1]).toBe('chengguan,城关区,,,张某,李某,王某,赵某,6000,2500,800,3000,4.3');
    expect(lines[8]).toBe('liulin,柳林县,,二等,邓某,曹某,彭某,曾某,1800,600,200,6000,4.5');
    expect(lines.length).toBe(10); // a header, 8 units, and the empty text after the last CRLF
  });

  it.each(['csv', 'xlsx'])('scores from a %s sheet exactly as from the YAML units', async (format) => {
    const dir = tempDir();
    const made = await runKaohe(['template', 'plans/city-2010.yaml', '--targets', '--out', join(dir, `t.${format}`)]);
    expect(made.code).toBe(0);
    const fromSheet = await runKaohe(['score', sheetPlan(dir, `t.${format}`), '--format', 'json']);
    expect(fromSheet.stderr).toBe('');
    const fromYaml = await runKaohe(['score', 'plans/city-2010.yaml', '--format', 'json']);
    expect(figures(fromSheet.stdout)).toBe(figures(fromYaml.stdout));
    // test/plans/expected.md: net 30,300 yuan over the eight units.
    expect(JSON.parse(fromSheet.stdout).totals.net_yuan).toBe('30300');
    const inputs = JSON.parse(fromSheet.stdout).inputs.map((i: { path: string }) => i.path);
    expect(inputs).toEqual([join(dir, 'plan.yaml'), join(dir, `t.${format}`), join(dir, 'city-2010-actuals.csv')]);
  });

  it('places a target of the sheet at its cell in the result and in a plan check', async () => {
    const dir = tempDir();
    // 柳林县's jobs target raised to 1800 万人: written in 万人 under a (万人) header, so 18,000,000 persons.
    writeFileSync(
      join(dir, 't.csv'),
      '单位编号,单位名称,城镇新增就业(万人),上级单位\nchengguan,城关区,0.6,\nliulin,柳林县,0.18,nowhere\n',
    );
    const run = await runKaohe(['validate', sheetPlan(dir, 't.csv')]);
    expect(run.code).toBe(2);
    // The parent cell of row 3: "liulin,柳林县,0.18," is 6 + 1 + 3 + 1 + 4 + 1 = 16 code units, so column 17.
    expect(run.stderr).toContain(`${join(dir, 't.csv')}:3:17: error UNKNOWN_PARENT: parent "nowhere" is not a unit`);
  });

  it('reports every mistake of the sheet at its cell, and nothing on stdout', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 't.csv'),
      '单位编号,单位名称,城镇新增就业,失业率\nchengguan,城关区,6千,\nBad,东城区,5200,\nxicheng,,3,\n',
    );
    const run = await runKaohe(['validate', sheetPlan(dir, 't.csv')]);
    expect(run.code).toBe(2);
    const at = (l: number, c: number, code: string) => `${join(dir, 't.csv')}:${l}:${c}: error ${code}`;
    // Row 1 col 25: "单位编号,单位名称,城镇新增就业," is 4+1+4+1+6+1 = 17 code units before it — the header
    // is refused first, and a refused header stops the sheet.
    expect(run.stderr).toContain(`${at(1, 18, 'ACTUALS_UNKNOWN_INDICATOR')}: unknown indicator "失业率"`);
    expect(run.stdout).toBe('');
    writeFileSync(
      join(dir, 't.csv'),
      '单位编号,单位名称,城镇新增就业\nchengguan,城关区,6千\nBad,东城区,5200\nxicheng,,3\n',
    );
    const rows = await runKaohe(['validate', join(dir, 'plan.yaml')]);
    expect(rows.stderr).toContain(`${at(2, 15, 'ACTUALS_VALUE')}: column 3 "城镇新增就业": "6千" is not a number`);
    expect(rows.stderr).toContain(`${at(3, 1, 'TARGETS_SHEET')}: "Bad" is not a unit id`);
    expect(rows.stderr).toContain(`${at(4, 9, 'TARGETS_SHEET')}: unit xicheng has no name`);
    expect(rows.stderr).toContain('3 errors, 0 warnings');
  });

  it('refuses a plan with both units: and targets:, and one with neither', async () => {
    const dir = tempDir();
    const yaml = readFileSync('plans/city-2010.yaml', 'utf8');
    writeFileSync(join(dir, 'both.yaml'), yaml.replace('\noverall:', '\ntargets: t.csv\noverall:'));
    const both = await runKaohe(['validate', join(dir, 'both.yaml')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('error TARGETS_SHEET: a plan gives its units either in units: or in a targets sheet');
    const path = sheetPlan(dir, 'missing.csv');
    const missing = await runKaohe(['validate', path]);
    expect(missing.stderr).toContain(`error TARGETS_SHEET: targets sheet not found: ${join(dir, 'missing.csv')}`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('targets: missing.csv\n', ''));
    const neither = await runKaohe(['validate', path]);
    expect(neither.stderr).toContain(`${path}:1:1: error TARGETS_SHEET: the plan has no units: and no targets sheet`);
  });
});
