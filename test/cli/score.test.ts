// `kaohe score` end to end: one golden file per output format (read before accepted), and the
// batch acceptance case of issue #7 (a directory with an invalid plan and a missed unit).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { goldenText, memoryIo, runKaohe } from '../helpers/memory-io.js';

// The full grids of these files are wider than a pipe's 120 columns; they run at COLUMNS=500 so they keep showing the
// full grid (byte for byte as before the compact layout existed). TERMINAL below runs tables at a width it shows.
const WIDE = { COLUMNS: '500' };
const GOLDEN: [string, string[], Record<string, string>?][] = [
  ['score-table-en', ['score', 'plans/city-2010.yaml'], WIDE],
  ['score-table-zh', ['--lang', 'zh', 'score', 'plans/city-2010.yaml'], WIDE],
  ['score-csv-zh', ['--lang', 'zh', 'score', 'plans/city-2010.yaml', '--format', 'csv']],
  ['score-json', ['score', 'plans/city-2010.yaml', '--format', 'json']],
  [
    'score-jsonl-batch',
    ['score', 'fixtures/batch/county-a-2020.yaml', 'fixtures/batch/county-c-2020.yaml', '--format', 'jsonl'],
  ],
  ['score-markdown-zh', ['--lang', 'zh', 'score', 'plans/city-2010.yaml', '--format', 'markdown']],
  ['score-html-en', ['score', 'fixtures/batch/county-c-2020.yaml', '--format', 'html']],
  ['score-junit-batch', ['score', 'fixtures/batch', '--format', 'junit']],
  ['score-github-batch', ['score', 'fixtures/batch', '--format', 'github']],
  ['score-as-of-zh', ['--lang', 'zh', 'score', 'plans/changchun-2014-2016.yaml', '--as-of', '2015'], WIDE],
  ['score-tree-en', ['score', 'fixtures/batch/county-b-2021-2023.yaml'], WIDE],
  // Point tables (issue #11): item points, group and section columns, the bonus, vetoes, in each format.
  ['points-markdown-zh', ['--lang', 'zh', 'score', 'plans/zhenjiang-full-employment.yaml', '--format', 'markdown']],
  ['points-table-en', ['score', 'plans/guangdong-2010.yaml'], WIDE],
  ['points-csv-en', ['score', 'plans/guangdong-2010.yaml', '--format', 'csv']],
  ['points-junit-zh', ['--lang', 'zh', 'score', 'plans/guangdong-2010.yaml', '--format', 'junit']],
  ['points-github-en', ['score', 'plans/zhenjiang-full-employment.yaml', '--format', 'github']],
  ['points-html-en', ['score', 'plans/guangdong-2010.yaml', '--format', 'html']],
  [
    'score-allow-missing-en',
    ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/MISSING_ACTUALS.csv', '--allow-missing'],
    WIDE,
  ],
  ['validate-junit-batch', ['validate', 'fixtures/batch', '--format', 'junit']],
  ['validate-github-batch', ['validate', 'fixtures/batch', '--format', 'github']],
  ['validate-json-batch', ['validate', 'fixtures/batch', '--format', 'json']],
];

describe('kaohe score golden files', () => {
  it.each(GOLDEN)('%s', async (name, args, env) => {
    const run = await runKaohe(args, env);
    await expect(goldenText(args, run)).toMatchFileSnapshot(`../golden/score/${name}.md`);
  });
});

// The table at a terminal's width (COLUMNS, shown in the golden's command line): compact when the full grid is wider.
const TERMINAL: [string, string, string[]][] = [
  ['table-city-zh-80', '80', ['--lang', 'zh', 'score', 'plans/city-2010.yaml']],
  ['table-city-en-200', '200', ['score', 'plans/city-2010.yaml']],
  ['table-city-zh-wide-80', '80', ['--lang', 'zh', 'score', 'plans/city-2010.yaml', '--wide']],
  ['table-changchun-zh-80', '80', ['--lang', 'zh', 'score', 'plans/changchun-2014-2016.yaml']],
  ['table-tree-en-200', '200', ['score', 'fixtures/batch/county-b-2021-2023.yaml']],
  ['table-tree-en-80', '80', ['score', 'fixtures/batch/county-b-2021-2023.yaml']],
  ['table-points-zh-100', '100', ['--lang', 'zh', 'score', 'plans/zhenjiang-full-employment.yaml']],
];

describe('kaohe score tables at a terminal width', () => {
  it.each(TERMINAL)('%s', async (name, columns, args) => {
    const run = await runKaohe(args, { COLUMNS: columns });
    await expect(goldenText(args, run, { COLUMNS: columns })).toMatchFileSnapshot(`../golden/score/${name}.md`);
  });
});

describe('a batch with an invalid plan and a missed unit (issue #7)', () => {
  it('reports the invalid plan with file:line, writes every valid result, exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-batch-'));
    const run = await runKaohe(['score', 'fixtures/batch', '--out-dir', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // county-d-2020.yaml: "direction: atleast" at line 18, column 16
    expect(run.stderr).toContain('fixtures/batch/county-d-2020.yaml:18:16: error SCHEMA');
    expect(readdirSync(dir).sort()).toEqual(['county-a-2020.json', 'county-b-2021-2023.json', 'county-c-2020.json']);
    // 桥头镇 misses: 1420 of 1500 new jobs, 80 short, 8000 yuan (county-c-2020.yaml header)
    const c = JSON.parse(readFileSync(join(dir, 'county-c-2020.json'), 'utf8'));
    expect(c.totals).toMatchObject({ met: 1, missed: 1, penalty_yuan: '8000' });
  });

  it('writes neither of two plans with the same id, and counts that error in the one summary (probe §36)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-same-id-'));
    const args = ['score', 'plans/city-2010.yaml', 'fixtures/targets/city-2010.yaml', 'plans/chuzhou-2012.yaml'];
    const run = await runKaohe([...args, '--out-dir', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['chuzhou-2012.json']);
    expect(run.stderr).toContain('have the same id city-2010: their results would share city-2010.json');
    expect(run.stderr.match(/\d+ errors?, \d+ warnings?/g)).toEqual(['1 error, 0 warnings']);
  });

  it('exits 1 on --fail-on missed when every plan is valid', async () => {
    const args = [
      'score',
      'fixtures/batch/county-a-2020.yaml',
      'fixtures/batch/county-c-2020.yaml',
      '--fail-on',
      'missed',
      '--quiet',
    ];
    const run = await runKaohe(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    // --quiet silences stderr only: the table asked for is written, both plans' headings in it
    expect(run.stdout).toContain('甲县2020年度就业目标责任考核 (2020)');
    expect(run.stdout.match(/Accountability list/g)).toHaveLength(2);
  });

  it('exits 0 on --fail-on missed when no unit misses', async () => {
    expect(
      (await runKaohe(['score', 'fixtures/batch/county-a-2020.yaml', '--fail-on', 'missed,penalty', '--quiet'])).code,
    ).toBe(0);
  });

  it('orders plans by path whatever order they are given in', async () => {
    const run = await runKaohe([
      'score',
      'fixtures/batch/county-c-2020.yaml',
      'fixtures/batch/county-a-2020.yaml',
      '--format',
      'jsonl',
    ]);
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).plan.id),
    ).toEqual(['county-a-2020', 'county-c-2020']);
  });

  it('expands a quoted glob, recursive with **, to the plans it names', async () => {
    const run = await runKaohe(['score', 'fixtures/**/county-?-2021-*.yaml', '--format', 'jsonl']);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).plan.id),
    ).toEqual(['county-b-2021-2023']);
  });
});

describe('progress on a terminal', () => {
  const five = [
    'plans/changchun-2014-2016.yaml',
    'plans/city-2010.yaml',
    'plans/henan-2016-2020.yaml',
    'plans/shandong-2011-2015.yaml',
    'plans/sichuan-2021-2025.yaml',
  ];

  async function runWith(isTTY: boolean, env: Record<string, string> = {}) {
    const io = memoryIo(env);
    io.stderr = { ...io.stderr, isTTY };
    const code = await main(['node', 'kaohe', 'score', ...five, '--format', 'jsonl', '--quiet'], io);
    return { code, stderr: io.err.join('') };
  }

  it('shows a progress line on a terminal for five plans, and clears it', async () => {
    const run = await runWith(true);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('\r[#####                   ] 1/5 plans/changchun-2014-2016.yaml');
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('shows none on a pipe, nor in CI', async () => {
    expect((await runWith(false)).stderr).toBe('');
    expect((await runWith(true, { CI: 'true' })).stderr).toBe('');
  });
});
