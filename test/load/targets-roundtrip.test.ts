// Every bundled plan's units moved to a targets sheet (`kaohe template --targets`, CSV and .xlsx) score exactly as
// from the YAML: the same result, byte for byte, apart from the inputs and the places of the targets. The sheet
// carries every field a plan's unit can have (id, name, parent, group, base_grade, the four persons, targets), so
// Nantong's unit groups and their 320,000 yuan of prizes survive the move (probe §4).
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

// A result without what names its files: the inputs and every source position.
const figures = (json: string) =>
  JSON.stringify(JSON.parse(json), (key, value) => (key === 'inputs' || key.endsWith('source') ? undefined : value));

const PLANS = readdirSync('plans').filter((f) => f.endsWith('.yaml'));

// The plan's YAML with its top-level `units:` block replaced by `targets: SHEET`.
function withSheet(yaml: string, sheet: string): string {
  const lines = yaml.split('\n');
  const from = lines.indexOf('units:');
  let to = from + 1;
  while (to < lines.length && !/^[A-Za-z_]/.test(lines[to]!)) to++;
  return [...lines.slice(0, from), `targets: ${sheet}`, ...lines.slice(to)].join('\n');
}

describe('a bundled plan scored from its exported targets sheet', () => {
  it('covers every bundled plan, the cohort ones among them', () => {
    expect(PLANS.length).toBe(11);
    expect(PLANS).toEqual(expect.arrayContaining(['nantong-2007.yaml', 'fuzhou-jx-2010.yaml']));
  });

  for (const plan of PLANS)
    it.each(['csv', 'xlsx'])(`${plan}: the %s sheet scores as the YAML units`, async (format) => {
      const dir = mkdtempSync(join(tmpdir(), 'kaohe-roundtrip-'));
      cpSync('plans', dir, { recursive: true });
      const sheet = `t.${format}`;
      const made = await runKaohe(['template', join('plans', plan), '--targets', '--out', join(dir, sheet)]);
      expect(made.code).toBe(0);
      const sheetPlan = join(dir, 'from-sheet.yaml');
      writeFileSync(sheetPlan, withSheet(readFileSync(join('plans', plan), 'utf8'), sheet));
      const fromSheet = await runKaohe(['score', sheetPlan, '--format', 'json']);
      const fromYaml = await runKaohe(['score', join('plans', plan), '--format', 'json']);
      // The same warnings (Shandong's split short by 4 万人), each at its own place.
      const said = (stderr: string) => stderr.match(/(error|warning) [A-Z_]+: .*/g);
      expect(said(fromSheet.stderr)).toEqual(said(fromYaml.stderr));
      expect(fromSheet.code).toBe(0);
      expect(figures(fromSheet.stdout)).toBe(figures(fromYaml.stdout));
    });
});

// plans/nantong-2007.yaml with its units in `t.csv` (written by the test) instead of its YAML.
function nantongFromSheet(sheet: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-groups-'));
  cpSync('plans', dir, { recursive: true });
  writeFileSync(join(dir, 't.csv'), sheet);
  const path = join(dir, 'from-sheet.yaml');
  writeFileSync(path, withSheet(readFileSync('plans/nantong-2007.yaml', 'utf8'), 't.csv'));
  return path;
}

// Nantong's eight units (plans/nantong-2007.yaml lines 34-41) with their group written as `group(unit)`.
const nantongSheet = (header: string, group: (county: boolean, id: string) => string) =>
  [
    `单位编号,单位名称,${header}城镇新增就业,下岗失业人员再就业,城镇登记失业率`,
    ...[
      ['haian', '海安县', 10000, 3000, 3.5],
      ['rugao', '如皋市', 12000, 3500, 3.5],
      ['rudong', '如东县', 8000, 2000, 3.5],
      ['haimen', '海门市', 9000, 2500, 3.5],
      ['qidong', '启东市', 8500, 2200, 3.5],
      ['tongzhou', '通州市', 11000, 3200, 3.5],
      ['chongchuan', '崇川区', 6000, 1500, 3.0],
      ['gangzha', '港闸区', 3000, 800, 3.0],
    ].map(([id, name, ...t], i) => [id, name, ...(header === '' ? [] : [group(i < 6, String(id))]), ...t].join(',')),
  ].join('\n');

describe('the unit groups in a targets sheet', () => {
  it("writes Nantong's groups as a 分组 column", async () => {
    const run = await runKaohe(['template', 'plans/nantong-2007.yaml', '--targets']);
    const lines = run.stdout.split('\r\n');
    // plans/nantong-2007.yaml: haian is in the county group, chongchuan in the district group.
    expect(lines[0]).toMatch(/^\uFEFF单位编号,单位名称,上级单位,分组,/);
    expect(lines[1]).toMatch(/^haian,海安县,,county,/);
    expect(lines.find((l) => l.startsWith('chongchuan,'))).toMatch(/^chongchuan,崇川区,,district,/);
  });

  it('reads a group by its name (县(市), 区) and pays the prizes: 100,000 + 70,000 + 50,000 + 100,000 yuan', async () => {
    const plan = nantongFromSheet(nantongSheet('分组,', (county) => (county ? '县(市)' : '区')));
    const run = await runKaohe(['score', plan, '--format', 'json']);
    expect(run.stderr).toBe('');
    const prizes = JSON.parse(run.stdout).cohort.prizes as { awards: { unit: string; yuan: string }[] }[];
    // The README's Nantong ranking: 如皋, 海安, 如东 among the counties; 崇川 among the districts.
    expect(prizes.map((p) => p.awards.map((a) => `${a.unit} ${a.yuan}`))).toEqual([
      ['rugao 100000', 'haian 70000', 'rudong 50000'],
      ['chongchuan 100000'],
    ]);
  });

  it('refuses a sheet without groups, at each prize that would award no one', async () => {
    const plan = nantongFromSheet(nantongSheet('', () => ''));
    const run = await runKaohe(['validate', plan]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // plans/nantong-2007.yaml lines 49 and 52 (`group: county`, `group: district` under prizes), 9 lines up: the
    // 9 lines of `units:` are one line of `targets: t.csv` here.
    expect(run.stderr).toContain(
      `${plan}:40:12: error GROUP_NO_UNITS: prize "县(市)一、二、三等奖" names unit group "county", which has no units`,
    );
    expect(run.stderr).toContain(
      `${plan}:43:12: error GROUP_NO_UNITS: prize "区综合工作先进奖" names unit group "district"`,
    );
  });

  it('reads a group name typed with full-width brackets (县（市）) as 县(市), as units and indicators are read', async () => {
    const plan = nantongFromSheet(nantongSheet('分组,', (county) => (county ? '县（市）' : '区')));
    const run = await runKaohe(['score', plan, '--format', 'json']);
    expect(run.stderr).toBe('');
    const prizes = JSON.parse(run.stdout).cohort.prizes as { awards: { unit: string }[] }[];
    expect(prizes[0]!.awards.map((a) => a.unit)).toEqual(['rugao', 'haian', 'rudong']);
  });

  it('refuses a unit whose 分组 cell is empty, at that cell: ranked alone, its prize went to the next (probe2)', async () => {
    const plan = nantongFromSheet(
      nantongSheet('分组,', (county, id) => (id === 'rugao' ? '' : county ? 'county' : 'district')),
    );
    const run = await runKaohe(['score', plan]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // Row 3 (如皋市): "rugao,如皋市," is 5 + 1 + 3 + 1 = 10 code units, so the empty group is column 11.
    expect(run.stderr).toContain(`${join(plan, '..', 't.csv')}:3:11: error UNIT_NO_GROUP: 如皋市 is in no unit group`);
    expect(run.stderr).toContain('1 error, 0 warnings');
  });

  it('refuses an unknown group at its cell', async () => {
    const plan = nantongFromSheet(nantongSheet('分组,', (county) => (county ? 'county' : 'distrct')));
    const run = await runKaohe(['validate', plan]);
    expect(run.code).toBe(2);
    // Row 8 (崇川区): "chongchuan,崇川区," is 10 + 1 + 3 + 1 = 15 code units, so the group is column 16.
    expect(run.stderr).toContain(`${join(plan, '..', 't.csv')}:8:16: error UNKNOWN_GROUP: unit group "distrct"`);
  });
});
