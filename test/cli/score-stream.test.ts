// `kaohe score` a unit at a time (src/cli/score-stream.ts): one plan's json, jsonl or csv written as each unit is scored
// must give the bytes, diagnostics and exit code of the whole result, and a unit without an actual, found after
// megabytes were written, must leave the output as it was (issue #16).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a benchmark script in plain JavaScript, without types
import { buildNational } from '../../bench/generate.mjs';
import { main } from '../../src/cli/main.js';
import { memoryIo, type Run, runKaohe } from '../helpers/memory-io.js';

// The national case with 120 counties (bench/generate.mjs; 151 units, a 5 MB result) with two empty cells: 平顺县
// (c0090, the 121st unit, after 3.9 MB of JSON) for 2024's 失业保险基金支出 and 武峰市 (c0120, the last) for 2025's
// 城镇新增就业.
const dir = mkdtempSync(join(tmpdir(), 'kaohe-stream-missing-'));
const c = buildNational(120);
const plan = join(dir, 'n.yaml');
writeFileSync(plan, c.plan.replace(/^actuals:.*$/m, 'actuals: [n-actuals.csv]'));
const csv = (c.csv as string)
  .replace(/^c0090,fund,2024,.*$/m, 'c0090,fund,2024,')
  .replace(/^c0120,jobs,2025,.*$/m, 'c0120,jobs,2025,');
writeFileSync(join(dir, 'n-actuals.csv'), csv);

/**
 * Runs kaohe in memory with a standard output that can take back what it was given, as a redirected regular file
 * can: the streamed path. `asked` says whether score asked (a json/jsonl run of one plan without a cohort phase).
 */
async function runStreamed(args: readonly string[]): Promise<Run & { asked: boolean }> {
  const io = memoryIo();
  let asked = false;
  io.stdout = {
    write: (data) => void io.out.push(String(data)),
    isTTY: false,
    async writeChunks(chunks) {
      const taken: string[] = [];
      for (const chunk of chunks) taken.push(chunk); // a throw leaves io.out as it was
      io.out.push(...taken);
    },
    revocable: () => {
      asked = true;
      return true;
    },
  };
  const code = await main(['node', 'kaohe', ...args], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join(''), asked };
}

// The bundled plans with a cohort phase (unit groups, ranks, quotas, prizes): their units wait for each other.
const COHORT = new Set(['fuzhou-jx-2010', 'guangdong-rural-2010', 'nantong-2007']);
// The bundled plans scoring points (groups, sections or a point-table method): their CSV has a point table's columns
// when any unit scores points, known once every unit is, so their CSV is held whole.
const POINTS = new Set(['chuzhou-2012', 'guangdong-2010', 'zhenjiang-full-employment']);
const PLANS = readdirSync('plans')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length));

describe('a streamed result is the whole result, byte for byte', () => {
  it.each(PLANS.flatMap((plan) => ['json', 'jsonl', 'csv'].map((format) => [plan, format])))(
    'plans/%s.yaml --format %s',
    async (plan, format) => {
      const args = ['score', `plans/${plan}.yaml`, '--format', format];
      const held = await runKaohe(args);
      const streamed = await runStreamed(args);
      expect(streamed.asked).toBe(!COHORT.has(plan) && !(format === 'csv' && POINTS.has(plan)));
      expect(held.stdout.length).toBeGreaterThan(1000);
      expect(streamed).toEqual({ ...held, asked: streamed.asked });
    },
  );

  it.each([
    // --as-of: Chengdu's 140 万人 over 2021–2025 due 3/5 by 2023 (test/cli/clerk-cli.test.ts)
    [['plans/sichuan-2021-2025.yaml', '--as-of', '2023'], 'as_of', 2023],
    // a multi-level plan: Changchun's districts roll up into the city
    [['plans/changchun-2014-2016.yaml', '--format', 'jsonl'], 'units', 11],
    // an accepted outlier: 0.042% read as a fraction of 4.2% (test/load/plausibility.test.ts), after the totals
    [
      ['fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/ACTUALS_IMPLAUSIBLE.csv', '--accept-outliers'],
      'accepted_outliers',
      1,
    ],
    // --allow-missing: 东城区 has no unemployment rate and misses its 5,000 new jobs with 4,890: missed, not incomplete
    [
      ['fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/MISSING_ACTUALS.csv', '--allow-missing'],
      'missed',
      1,
    ],
  ] as const)('score %j', async (given, key, value) => {
    const extra: readonly string[] = given;
    const args = ['score', ...extra, ...(extra.includes('--format') ? [] : ['--format', 'json'])];
    const held = await runKaohe(args);
    const streamed = await runStreamed(args);
    expect(streamed.asked).toBe(true);
    expect(streamed).toEqual({ ...held, asked: true });
    const first = JSON.parse(extra.includes('jsonl') ? streamed.stdout.split('\n')[0]! : streamed.stdout);
    const found = { as_of: first.plan.as_of, units: first.totals.units, missed: first.totals.missed };
    expect(key === 'accepted_outliers' ? first.accepted_outliers.length : found[key]).toBe(value);
  });

  it('--format csv --bom: the BOM once, before the header; the rows as the whole result gives them', async () => {
    const args = ['score', 'plans/changchun-2014-2016.yaml', '--format', 'csv', '--bom'];
    const held = await runKaohe(args);
    const streamed = await runStreamed(args);
    expect(streamed).toEqual({ ...held, asked: true });
    const lines = streamed.stdout.split('\n');
    expect(lines[0]!.startsWith('\uFEFF')).toBe(true);
    expect(streamed.stdout.lastIndexOf('\uFEFF')).toBe(0);
    // A record per unit × target (plans/changchun-2014-2016.yaml): the city's 14 and ten districts' 12 each = 134
    expect(lines.filter((l) => l.startsWith('changchun-2014-2016,'))).toHaveLength(14 + 10 * 12);
    expect(lines.at(-1)).toBe('');
  });

  it('--out writes the bytes the whole result gives on stdout', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kaohe-stream-'));
    const out = join(folder, 'r.json');
    const held = await runKaohe(['score', 'plans/changchun-2014-2016.yaml', '--format', 'json']);
    const streamed = await runKaohe(['score', 'plans/changchun-2014-2016.yaml', '--out', out]);
    expect([streamed.code, streamed.stdout, streamed.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(held.stdout);
    expect(readdirSync(folder)).toEqual(['r.json']);
  });
});

describe('--out that cannot be written', () => {
  // The whole result's path: an Io that cannot say --out would take back what it was given.
  const runHeld = async (args: readonly string[]): Promise<Run> => {
    const io = memoryIo();
    io.writeIsRevocable = undefined;
    const code = await main(['node', 'kaohe', ...args], io);
    return { code, stdout: io.out.join(''), stderr: io.err.join('') };
  };
  const out = join(dir, 'no-such-folder', 'r.json');
  const base = [
    'score',
    'fixtures/errors/valid.yaml',
    '--actuals',
    'fixtures/errors/MISSING_ACTUALS.csv',
    '--out',
    out,
  ];

  it('with a missing actual: only the MISSING_ACTUALS error, as when the result is held whole', async () => {
    const [held, streamed] = [await runHeld(base), await runKaohe(base)];
    expect(streamed).toEqual(held);
    expect([streamed.code, streamed.stderr.includes('OUTPUT_WRITE')]).toEqual([2, false]);
    expect(streamed.stderr).toContain('error MISSING_ACTUALS: no actual for 东城区 (dongcheng) / 城镇登记失业率');
  });

  it('without one (--allow-missing): the OUTPUT_WRITE error, as when the result is held whole', async () => {
    const args = [...base, '--allow-missing'];
    const [held, streamed] = [await runHeld(args), await runKaohe(args)];
    expect(streamed).toEqual(held);
    expect([streamed.code, streamed.stderr]).toEqual([2, expect.stringContaining('error OUTPUT_WRITE')]);
  });
});

describe('--fail-on from the units as they pass', () => {
  // city-2010: three city units miss, 12,500 yuan of penalties, none incomplete (test/cli/spawn.test.ts).
  it.each([
    ['missed', 1],
    ['penalty', 1],
    ['incomplete', 0],
    ['missed,incomplete', 1],
  ])('plans/city-2010.yaml --fail-on %s exits %i', async (conditions, code) => {
    const run = await runStreamed(['score', 'plans/city-2010.yaml', '--format', 'json', '--fail-on', conditions]);
    expect([run.asked, run.code, JSON.parse(run.stdout).totals.missed]).toEqual([true, code, 3]);
  });

  it('--fail-on incomplete: exits 1 when a unit lacks an actual under --allow-missing, else 0', async () => {
    const args = ['score', plan, '--allow-missing', '--format', 'jsonl'];
    expect((await runStreamed([...args, '--fail-on', 'incomplete'])).code).toBe(1);
    const whole = ['score', 'plans/city-2010.yaml', '--format', 'jsonl', '--fail-on', 'incomplete'];
    expect((await runStreamed(whole)).code).toBe(0);
  });
});

// The national case with 120 counties and two empty cells (above): megabytes are written before the first is found,
// so what was written must be taken back.
describe('a unit without an actual found after megabytes were written (the built command)', () => {
  // TMPDIR: a folder of the test's own, where a pipe's spool is written (and must not stay).
  const spools = mkdtempSync(join(tmpdir(), 'kaohe-spools-'));
  const run = (args: string[], stdout: number | 'pipe', env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['bin/kaohe.js', 'score', plan, '--format', 'json', ...args], {
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', TMPDIR: spools, ...env },
    });
  // The whole result's path (in memory: stdout can take nothing back) checks every unit before writing a byte.
  const whole = runKaohe(['score', plan, '--format', 'json']);
  const lineOf = (row: string) => csv.split('\n').indexOf(row) + 1;

  it('held whole: exit 2, nothing on stdout, both errors at their cells', async () => {
    const held = await whole;
    expect([held.code, held.stdout]).toEqual([2, '']);
    const places = [...held.stderr.matchAll(/n-actuals\.csv:(\d+):17: error MISSING_ACTUALS/g)].map((m) => m[1]);
    expect(places).toEqual([String(lineOf('c0090,fund,2024,')), String(lineOf('c0120,jobs,2025,'))]);
    expect(held.stderr).toContain('2 errors, 0 warnings');
  });

  it('through a pipe (spooled): the same errors, nothing on stdout, no spool left', async () => {
    const r = run([], 'pipe');
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', (await whole).stderr]);
    expect(readdirSync(spools)).toEqual([]);
  });

  // 1<>f (r+: read-write at offset 0 of a longer file) would overwrite bytes no truncation restores: spooled instead.
  it('to a file replaced (>): left empty; appended to (>>) or opened read-write (1<>): left as it was', async () => {
    for (const [flags, before] of [
      ['w', ''],
      ['a', 'kept\n'],
      ['r+', 'read and written\n'],
    ] as const) {
      const path = join(dir, `stdout-${flags}.json`);
      writeFileSync(path, before);
      const fd = openSync(path, flags);
      const r = run([], fd);
      closeSync(fd);
      expect([r.status, r.stderr]).toEqual([2, (await whole).stderr]);
      expect(readFileSync(path, 'utf8')).toBe(before);
    }
  });

  it('--out: the old file untouched, no temporary file left', async () => {
    const out = join(dir, 'old.json');
    writeFileSync(out, '{"old": true}\n');
    const r = run(['--out', out], 'pipe');
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', (await whole).stderr]);
    expect(readFileSync(out, 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("--allow-missing: a file, a pipe and a pipe without a spool give the whole result's bytes", async () => {
    const held = await runKaohe(['score', plan, '--format', 'json', '--allow-missing']);
    const path = join(dir, 'allowed.json');
    const fd = openSync(path, 'w');
    const r = run(['--allow-missing'], fd);
    closeSync(fd);
    const piped = run(['--allow-missing'], 'pipe');
    // a TMPDIR that is not there: the spool cannot be written, so the result is held whole as before
    const unspooled = run(['--allow-missing'], 'pipe', { TMPDIR: join(spools, 'absent') });
    const outcomes = [r, piped, unspooled].map((x) => [x.status, x.stderr]);
    expect(outcomes).toEqual([0, 0, 0].map(() => [0, '']));
    expect([
      readFileSync(path, 'utf8') === held.stdout,
      piped.stdout === held.stdout,
      unspooled.stdout === held.stdout,
    ]).toEqual([true, true, true]);
    expect(readdirSync(spools)).toEqual([]);
    // 151 units; incomplete: the two counties with an empty cell and their provinces (p23, p31), whose sums lack them
    const result = JSON.parse(held.stdout);
    expect(result.totals).toMatchObject({ units: 151, incomplete: 4 });
    const incomplete = result.units.filter((u: { overall: string }) => u.overall === 'incomplete');
    expect(incomplete.map((u: { id: string }) => u.id)).toEqual(['p23', 'p31', 'c0090', 'c0120']);
  });
});

describe('a streamed result interrupted (the built command)', () => {
  const start = (args: string[], stdout: number | 'ignore') =>
    spawn(process.execPath, ['bin/kaohe.js', 'score', plan, '--allow-missing', '--format', 'jsonl', ...args], {
      stdio: ['ignore', stdout, 'ignore'],
    });
  // Waits (without a timed assertion) until `written` says the result is being written, then interrupts the run.
  const interrupt = async (child: ReturnType<typeof spawn>, written: () => boolean) => {
    const exited = once(child, 'exit');
    while (!written() && child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGINT');
    return exited;
  };

  it('SIGINT while the result is being written cuts the redirected file back to what it had', async () => {
    const path = join(dir, 'interrupted.jsonl');
    writeFileSync(path, 'kept\n');
    const fd = openSync(path, 'a');
    const child = start([], fd);
    closeSync(fd);
    const [code, signal] = await interrupt(child, () => statSync(path).size > 'kept\n'.length);
    expect([code, signal]).toEqual([null, 'SIGINT']);
    expect(readFileSync(path, 'utf8')).toBe('kept\n');
  });

  it('SIGINT while --out is being written removes its temporary file and leaves the old one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kaohe-stream-int-'));
    const out = join(folder, 'r.jsonl');
    writeFileSync(out, 'old\n');
    const temps = () => readdirSync(folder).filter((f) => f.endsWith('.tmp'));
    const child = start(['--out', out], 'ignore');
    const [code, signal] = await interrupt(child, () => temps().some((f) => statSync(join(folder, f)).size > 0));
    expect([code, signal]).toEqual([null, 'SIGINT']);
    expect([readFileSync(out, 'utf8'), temps()]).toEqual(['old\n', []]);
  });
});

// A CSV is ~4 KB a county: 350 counties, the empty cell at the 340th's last row, put ~1.4 MB before it, past the 1 MB
// that is buffered before the first write (src/cli/io-write.ts): what was written must be taken back.
describe('a CSV whose unit without an actual comes after megabytes were written (the built command)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kaohe-stream-csv-'));
  const n = buildNational(350);
  const csvPlan = join(folder, 'n.yaml');
  writeFileSync(csvPlan, n.plan.replace(/^actuals:.*$/m, 'actuals: [n-actuals.csv]'));
  const rows = (n.csv as string).replace(/^c0340,jobs,2025,.*$/m, 'c0340,jobs,2025,');
  writeFileSync(join(folder, 'n-actuals.csv'), rows);
  const run = (stdout: number | 'pipe') =>
    spawnSync(process.execPath, ['bin/kaohe.js', 'score', csvPlan, '--format', 'csv'], {
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', TMPDIR: folder },
    });

  it('to a file replaced (>): left empty; through a pipe: nothing; the one error at its cell either way', () => {
    const path = join(folder, 'stdout.csv');
    const fd = openSync(path, 'w');
    const r = run(fd);
    closeSync(fd);
    const line = rows.split('\n').indexOf('c0340,jobs,2025,') + 1;
    expect(r.status).toBe(2);
    expect([...r.stderr.matchAll(/n-actuals\.csv:(\d+):\d+: error MISSING_ACTUALS/g)].map((m) => m[1])).toEqual([
      String(line),
    ]);
    expect(readFileSync(path, 'utf8')).toBe('');
    const piped = run('pipe');
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([2, '', r.stderr]);
    expect(readdirSync(folder).sort()).toEqual(['n-actuals.csv', 'n.yaml', 'stdout.csv']);
  });
});
