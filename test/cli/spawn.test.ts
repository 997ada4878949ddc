// A few runs of the built bin/kaohe.js as a real process (npm ci builds it): exit codes, stdout and
// stderr kept apart, no colour on a pipe, the same bytes whatever the time zone or locale.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

function kaohe(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/kaohe.js', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/kaohe.js', () => {
  it('is built (npm ci runs the prepare script), with a code cache this node accepts', async () => {
    expect(existsSync('dist/kaohe.cjs')).toBe(true);
    // @ts-expect-error: bin/ is plain JavaScript, without types
    const { loadBundle, readCache } = await import('../../bin/bundle-loader.js');
    const cache = readCache();
    expect(cache).toBeDefined();
    expect(loadBundle(cache).script.cachedDataRejected).toBe(false);
  });

  it.each([
    ['en', 'en_US.UTF-8'],
    ['zh', 'zh_CN.UTF-8'],
  ])('answers --version and --help (%s) before loading the CLI exactly as the CLI does', async (_, LANG) => {
    for (const args of [['--version'], ['-V'], ['--help'], ['-h']]) {
      const own = await runKaohe(args, { LANG });
      const quick = kaohe(args, { LANG });
      expect(quick.stdout, args[0]).toBe(own.stdout);
      expect(quick.code).toBe(own.code);
    }
  });

  it('reads and writes .xlsx and GBK text with the code cache on (exceljs and iconv-lite required, not imported)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-spawn-'));
    const template = kaohe(['template', 'plans/city-2010.yaml', '--out', join(dir, 't.xlsx')]);
    expect(template.code).toBe(0);
    expect(readFileSync(join(dir, 't.xlsx')).subarray(0, 2).toString()).toBe('PK');
    // fixtures/errors/complete.xlsx holds both units' four figures: a full score, exit 0.
    const scored = kaohe([
      'score',
      'fixtures/errors/valid.yaml',
      '--actuals',
      'fixtures/errors/complete.xlsx',
      '--format',
      'json',
    ]);
    expect(scored.stderr).toBe('');
    expect(JSON.parse(scored.stdout).totals.units).toBe(2);
    writeFileSync(join(dir, 'gbk.csv'), iconv.encode('unit,indicator,value\n城关区,urban_new_jobs,6184\n', 'gbk'));
    const gbk = kaohe(['validate', 'fixtures/errors/valid.yaml', join(dir, 'gbk.csv'), '--encoding', 'gbk']);
    expect(gbk.stderr).not.toContain('ACTUALS_UNKNOWN_UNIT'); // 城关区 decoded from GBK, so it is a unit of the plan
    const result = kaohe(['score', 'plans/city-2010.yaml', '--format', 'xlsx', '--out', join(dir, 'r.xlsx')]);
    expect(result.code).toBe(0);
  });

  it('scores the city plan: exit 0, the table on stdout, nothing on stderr, no colour on a pipe', () => {
    const run = kaohe(['score', 'plans/city-2010.yaml']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // totals worked by hand in test/plans/expected.md: rewards 42,800, fines 12,500, net 30,300
    expect(run.stdout).toContain('rewards 42,800 yuan, fines 12,500 yuan, net 30,300 yuan');
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it('writes the same JSON bytes whatever the time zone and locale', () => {
    const a = kaohe(['score', 'plans/changchun-2014-2016.yaml', '--format', 'json'], { TZ: 'UTC' });
    const b = kaohe(['score', 'plans/changchun-2014-2016.yaml', '--format', 'json'], {
      TZ: 'Asia/Shanghai',
      LC_ALL: 'zh_CN.UTF-8',
    });
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('exits 1 when --fail-on missed matches (three city units miss)', () => {
    expect(kaohe(['score', 'plans/city-2010.yaml', '--fail-on', 'missed', '--quiet']).code).toBe(1);
  });

  it('exits 2 with nothing on stdout and no stack trace on bad input', () => {
    const run = kaohe(['score', 'fixtures/errors/FILE_BINARY.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('FILE_BINARY');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks Chinese under a zh locale', () => {
    const run = kaohe(['validate', 'fixtures/errors/SCHEMA.yaml'], { LANG: 'zh_CN.UTF-8' });
    expect(run.stderr).toContain('是否应为 at_least?');
  });

  it('ends quietly when the reader closes the pipe early (| head)', () => {
    // the Sichuan result is far larger than a pipe's buffer, so kaohe is still writing when head leaves
    const r = spawnSync(
      'bash',
      [
        '-c',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash command line, not a template
        'node bin/kaohe.js score plans/sichuan-2021-2025.yaml --format json | head -c 10 > /dev/null; echo "exit ${PIPESTATUS[0]}" >&2',
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('exit 0\n');
  });
});
