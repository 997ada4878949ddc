// The audit trail from the command line (issue #6): golden files of `kaohe explain` and `kaohe diff`
// in both languages, and the acceptance case — scoring plans/city-2010.yaml with two versions of its
// actuals, where 石桥县 is corrected from missed to met, and diffing the two results.
//
// Worked by hand for the acceptance case (plans/city-2010.yaml, test/plans/expected.md):
// v1 石桥县: urban_new_jobs 2199 < 2200 and hard_to_employ_jobs 243 < 260 missed; score 20 + 25 + 15 = 60;
//   fine ceil(2200 − 2199) × 100 = 100; award withdrawn; grade 60 ≥ 60 → 三等, down one → 四等.
// v2 (fixtures/audit/city-2010-actuals-v2.csv) 石桥县: 2201 ≥ 2200 and 262 ≥ 260, so all five met; score 100;
//   reward floor(2201 − 2200) × 100 = 100; award kept; grade 100 ≥ 90 → 一等.
// Totals: reward 42800 → 42900 (+100), fines 12500 → 12400 (−100), net 30300 → 30500 (+200).
// (2199 → 2201 alone would leave 石桥县 missed on hard_to_employ_jobs, so both corrections are needed.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenText, runKaohe } from '../helpers/memory-io.js';

const V1 = 'fixtures/audit/city-2010-v1.json';
const V2 = 'fixtures/audit/city-2010-v2.json';
const OTHER_UNITS = ['城关区', '东城区', '西城区', '南湖区', '北山县', '青河县', '柳林县'];

const cases: [name: string, args: string[], exit: number][] = [
  ['explain-fined-en', ['--lang', 'en', 'explain', 'plans/city-2010.yaml', '--unit', '石桥县'], 0],
  ['explain-fined-zh', ['--lang', 'zh', 'explain', 'plans/city-2010.yaml', '--unit', '石桥县'], 0],
  ['explain-forfeited-reward-en', ['--lang', 'en', 'explain', 'plans/city-2010.yaml', '--unit', 'dongcheng'], 0],
  [
    'explain-indicator-zh',
    ['--lang', 'zh', 'explain', 'plans/city-2010.yaml', '--unit', 'shiqiao', '--indicator', '城镇新增就业'],
    0,
  ],
  ['explain-conversion-en', ['--lang', 'en', 'explain', 'fixtures/audit/wan.yaml', '--unit', '甲区'], 0],
  ['explain-conversion-zh', ['--lang', 'zh', 'explain', 'fixtures/audit/wan.yaml', '--unit', 'yi'], 0],
  [
    'explain-json-en',
    [
      '--lang',
      'en',
      'explain',
      'fixtures/audit/wan.yaml',
      '--unit',
      'jia',
      '--indicator',
      'urban_new_jobs',
      '--format',
      'json',
    ],
    0,
  ],
  [
    'explain-missing-en',
    [
      '--lang',
      'en',
      'explain',
      'plans/city-2010.yaml',
      '--unit',
      '石桥县',
      '--actuals',
      'fixtures/audit/city-2010-actuals-partial.csv',
    ],
    0,
  ],
  ['explain-unknown-unit-zh', ['--lang', 'zh', 'explain', 'plans/city-2010.yaml', '--unit', '石桥'], 2],
  [
    'explain-unknown-indicator-en',
    ['--lang', 'en', 'explain', 'plans/city-2010.yaml', '--unit', '石桥县', '--indicator', 'new_jobs'],
    2,
  ],
  ['diff-results-en', ['--lang', 'en', 'diff', V1, V2, '--exit-code'], 1],
  ['diff-results-zh', ['--lang', 'zh', 'diff', V1, V2, '--exit-code'], 1],
  ['diff-results-csv-en', ['--lang', 'en', 'diff', V1, V2, '--format', 'csv'], 0],
  ['diff-results-markdown-zh', ['--lang', 'zh', 'diff', V1, V2, '--format', 'markdown'], 0],
  ['diff-results-json-en', ['--lang', 'en', 'diff', V1, V2, '--format', 'json'], 0],
  ['diff-results-html-zh', ['--lang', 'zh', 'diff', V1, V2, '--format', 'html'], 0],
  // Within 100: score +40, reward +100, fine −100, actual +2/+19, scores +30/+10 go; net +200 and every word stays.
  ['diff-tolerance-en', ['--lang', 'en', 'diff', V1, V2, '--tolerance', '100'], 0],
  ['diff-same-zh', ['--lang', 'zh', 'diff', V1, V1, '--exit-code'], 0],
  [
    'diff-plans-en',
    ['--lang', 'en', 'diff', 'plans/city-2010.yaml', 'fixtures/audit/city-2010-v2.yaml', '--exit-code'],
    1,
  ],
  ['diff-plans-zh', ['--lang', 'zh', 'diff', 'plans/city-2010.yaml', 'fixtures/audit/city-2010-v2.yaml'], 0],
  ['diff-invalid-result-en', ['--lang', 'en', 'diff', 'fixtures/audit/result-invalid.json', V2], 2],
  ['diff-plan-with-result-zh', ['--lang', 'zh', 'diff', 'plans/city-2010.yaml', V1], 2],
  ['diff-bad-tolerance-en', ['--lang', 'en', 'diff', V1, V2, '--tolerance', '-1'], 2],
];

describe('kaohe explain and kaohe diff (golden files)', () => {
  it.each(cases)('%s', async (name, args, exit) => {
    const run = await runKaohe(args);
    expect(run.code).toBe(exit);
    if (exit === 2) expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // never a stack trace
    await expect(goldenText(args, run)).toMatchFileSnapshot(`../golden/audit/${name}.md`);
  });
});

describe('the fixture results', () => {
  it.each([
    [V1, ['score', 'plans/city-2010.yaml', '--format', 'json']],
    [V2, ['score', 'plans/city-2010.yaml', '--actuals', 'fixtures/audit/city-2010-actuals-v2.csv', '--format', 'json']],
  ])('%s is what score writes today', async (file, args) => {
    const run = await runKaohe(args);
    expect(run.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('the acceptance case of issue #6', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-audit-'));
  const [v1, v2] = [join(dir, 'v1.json'), join(dir, 'v2.json')];

  it('scores the plan with both versions of its actuals', async () => {
    expect((await runKaohe(['score', 'plans/city-2010.yaml', '--format', 'json', '--out', v1])).code).toBe(0);
    expect(
      (
        await runKaohe([
          'score',
          'plans/city-2010.yaml',
          '--actuals',
          'fixtures/audit/city-2010-actuals-v2.csv',
          '--format',
          'json',
          '--out',
          v2,
        ])
      ).code,
    ).toBe(0);
  });

  it("shows 石桥县's grade, status and money changing, old and new, and exits 1 under --exit-code", async () => {
    const run = await runKaohe(['--lang', 'en', 'diff', v1, v2, '--format', 'csv', '--exit-code']);
    expect(run.code).toBe(1);
    const rows = run.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const of = (field: string, indicator = '') =>
      rows.filter((r) => r[1] === 'shiqiao' && r[3] === indicator && r[6] === field).map((r) => r.slice(7));
    expect(of('overall')).toEqual([['missed', 'met', '']]);
    expect(of('grade_base')).toEqual([['三等', '一等', '']]);
    expect(of('grade_final')).toEqual([['四等', '一等', '']]);
    expect(of('status', 'urban_new_jobs')).toEqual([['missed', 'met', '']]);
    expect(of('reward_yuan')).toEqual([['0', '100', '+100']]);
    expect(of('penalty_yuan')).toEqual([['100', '0', '-100']]);
    expect(of('net_yuan')).toEqual([['-100', '100', '+200']]);
    expect(rows.filter((r) => r[5] === 'total').map((r) => r.slice(6))).toEqual([
      ['reward_yuan', '42800', '42900', '+100'],
      ['penalty_yuan', '12500', '12400', '-100'],
      ['net_yuan', '30300', '30500', '+200'],
    ]);
  });

  it('mentions no unchanged unit, only counts them', async () => {
    const run = await runKaohe(['--lang', 'zh', 'diff', v1, v2]);
    expect(OTHER_UNITS.filter((name) => run.stdout.includes(name))).toEqual([]);
    expect(run.stdout).toContain('7 个单位无变化');
  });

  it('exits 0 for a result diffed with itself', async () => {
    expect((await runKaohe(['diff', v2, v2, '--exit-code'])).code).toBe(0);
  });
});

describe('kaohe explain for the fined unit of plans/city-2010.yaml', () => {
  it('shows each number of its fine with the file and line it came from', async () => {
    const run = await runKaohe(['--lang', 'en', 'explain', 'plans/city-2010.yaml', '--unit', '石桥县']);
    const fine = run.stdout.split('\n').find((line) => line.startsWith('persons short'));
    // 2,200 is 石桥县's target (plan line 109), 2,199 its actual (CSV line 32), 100 the rate of rule 1 (plan line 132).
    expect(fine).toBe(
      'persons short: ceil(2,200 − 2,199) = 1; fine: 1 × 100 = 100 yuan ' +
        '(rule 1, plans/city-2010.yaml:132:5; target plans/city-2010.yaml:109:31; actual plans/city-2010-actuals.csv:32:20)',
    );
    expect(readFileSync('plans/city-2010.yaml', 'utf8').split('\n')[108]!.slice(30, 34)).toBe('2200');
    expect(readFileSync('plans/city-2010-actuals.csv', 'utf8').split('\n')[31]!.slice(19, 23)).toBe('2199');
    expect(readFileSync('plans/city-2010.yaml', 'utf8').split('\n')[131]!.slice(4)).toBe('type: per_person');
  });
});

describe('kaohe diff on arrays of results (several plans, matched by plan id)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-audit-array-'));
  const v1 = JSON.parse(readFileSync(V1, 'utf8')) as { plan: { id: string }; units: { score: unknown }[] };
  const write = (name: string, value: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
    return path;
  };

  it('matches each plan by id, whatever the order', async () => {
    const other = { ...v1, plan: { ...v1.plan, id: 'city-2010-copy' } };
    const run = await runKaohe(['diff', write('ab.json', [v1, other]), write('ba.json', [other, v1]), '--exit-code']);
    expect(run.code).toBe(0);
  });

  it('points at the mistake inside the second result of an array', async () => {
    const broken = structuredClone(v1);
    broken.plan.id = 'other';
    broken.units[0]!.score = 100;
    const file = write('broken.json', [v1, broken]);
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l, i, all) => l.includes('"score": 100') && all.slice(0, i).some((x) => x.includes('"other"'))) + 1;
    const run = await runKaohe(['--lang', 'en', 'diff', file, V2]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `broken.json:${line}:18: error RESULT_INVALID: [1].units[0].score must be text (got a number)`,
    );
  });

  it('refuses two results of one plan on one side, naming the second', async () => {
    const run = await runKaohe(['--lang', 'en', 'diff', write('twice.json', [v1, v1]), V2]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/twice\.json:\d+:\d+: error RESULT_INVALID: plan "city-2010" appears twice/);
  });
});
