// What a cold start loads, watched in the built bin/kaohe.js (npm ci builds it): a score or a validate runs the main
// bundle alone, from its code cache, and requires nothing from node_modules; ECharts, the xlsx reader's parsers, the
// result validator, the schema texts and the yaml library (for a plan the fast reader cannot take, or a mistake to
// place) come in their chunks (scripts/bundle.mjs) only when needed, each from a code cache V8 accepts, and exceljs
// only when a workbook is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-startup-'));
const hook = join(dir, 'hook.cjs');
// At exit: the scripts bin/bundle-loader.js ran (and whether V8 took each one's cache), and the packages whose files
// Node's require() loaded.
writeFileSync(
  hook,
  `process.on('exit', () => {
  const { loaded } = require(${JSON.stringify(resolve('bin/bundle-loader.js'))});
  const scripts = [...loaded].map(([name, { script }]) => [name, script.cachedDataRejected]);
  const names = Object.keys(require.cache).flatMap((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1] ?? []);
  const found = { scripts: Object.fromEntries(scripts), packages: [...new Set(names)].sort() };
  require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify(found) + '\\n');
});
`,
);

/** Runs bin/kaohe.js; returns its exit code and what it loaded: script name → cache rejected, and packages. */
function loads(args: string[]): { code: number | null; scripts: Record<string, boolean>; packages: string[] } {
  const r = spawnSync(process.execPath, ['--require', hook, 'bin/kaohe.js', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' },
  });
  const line = /\nLOADED (.*)\n/.exec(r.stderr)?.[1];
  if (!line) throw new Error(`no LOADED line: ${r.stderr}`);
  return { code: r.status, ...JSON.parse(line) };
}

describe('a cold start loads', () => {
  it.each([
    [['score', 'plans/city-2010.yaml']],
    [['score', 'plans/city-2010.yaml', '--format', 'json']],
    [['validate', 'plans/city-2010.yaml']],
  ])('%j: the main bundle from its cache, no chunk, no package from node_modules', (args) => {
    const run = loads(args);
    expect(run.scripts).toEqual({ kaohe: false });
    expect(run.packages).toEqual([]);
  });

  it('the yaml library in its chunk, from its cache, when a mistake in a plan is to be placed', () => {
    // the plans are read by src/load/yaml-fast.ts; yaml's Document is parsed for an error's line and column
    const run = loads(['validate', 'fixtures/errors/SCHEMA.yaml']);
    expect(run.code).toBe(2);
    expect(run.scripts).toEqual({ kaohe: false, yaml: false });
    expect(run.packages).toEqual([]);
  });

  it('ECharts in its chunk, from its cache, for the HTML report only', () => {
    const run = loads(['score', 'plans/city-2010.yaml', '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.scripts).toEqual({ kaohe: false, echarts: false });
    expect(run.packages).toEqual([]);
  });

  it("the xlsx reader's zip and XML parsers in their chunk, from its cache, for a workbook of actuals", () => {
    const run = loads(['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/complete.xlsx']);
    expect(run.code).toBe(0);
    expect(run.scripts).toEqual({ kaohe: false, 'xlsx-read': false });
    expect(run.packages).toEqual([]);
  });

  it('the result validator in its chunk for diff; the schema texts in theirs for schema', () => {
    const old = 'fixtures/audit/city-2010-v1.json';
    expect(loads(['diff', old, 'fixtures/audit/city-2010-v2.json']).scripts).toEqual({
      kaohe: false,
      'validate-result': false,
    });
    expect(loads(['schema', 'result']).scripts).toEqual({ kaohe: false, 'schema-texts': false });
  });

  it('exceljs from node_modules when a workbook is written', () => {
    const run = loads(['score', 'plans/city-2010.yaml', '--format', 'xlsx', '--out', join(dir, 'r.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.packages).toContain('exceljs');
    expect(run.packages).not.toContain('echarts');
  });
});
