// Bounded work on hostile inputs: each of these once took from 20 seconds to for ever (a 430-byte header through a
// backtracking regex, a 100,000-digit cell, 32,000 bad rows each splitting the whole file again to show its line).
// No timing here (bench/bounded.mjs measures growth); a return at all within the test timeout is the check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PLAN = 'fixtures/errors/valid.yaml';

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('hostile actuals end quickly with a clear error', () => {
  it('a 430-byte header of a bracket and spaces is an unknown indicator', async () => {
    const path = csv('header.csv', `单位,城镇新增就业(${' '.repeat(428)}\n城关区,1\n`);
    const run = await runKaohe(['validate', PLAN, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ACTUALS_UNKNOWN_INDICATOR');
  });

  it('a 100,000-digit cell is refused: a value has at most 40 digits', async () => {
    const path = csv('digits.csv', `unit,indicator,value\n城关区,urban_new_jobs,${'9'.repeat(100_000)}\n`);
    const run = await runKaohe(['validate', PLAN, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ACTUALS_VALUE');
    expect(run.stderr).toContain('a value has at most 40 digits');
  });

  it('a plan target of 10,000 digits is refused; one of 40 digits is read', async () => {
    const plan = readFileSync(PLAN, 'utf8');
    const long = csv('long.yaml', plan.replace('urban_new_jobs: 6000', `urban_new_jobs: "${'6'.repeat(10_000)}"`));
    const run = await runKaohe(['validate', long]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${long}:21:31: error SCHEMA: a number has at most 40 digits`);
    const fits = csv('fits.yaml', plan.replace('urban_new_jobs: 6000', `urban_new_jobs: ${'6'.repeat(40)}`));
    expect((await runKaohe(['validate', fits])).code).toBe(0);
  });

  it('32,000 bad rows: the first 50 shown, the other 31,950 counted in one line, all counted in the summary', async () => {
    const rows = Array.from({ length: 32_000 }, (_, i) => `城关区,urban_new_jobs,abc${i}`);
    const path = csv('rows.csv', `unit,indicator,value\n${rows.join('\n')}\n`);
    const run = await runKaohe(['validate', PLAN, path]);
    expect(run.code).toBe(2);
    expect(run.stderr.match(/error ACTUALS_VALUE/g)).toHaveLength(50);
    expect(run.stderr).toContain(`… and 31,950 more in ${path} (fix the ones above and run again)\n`);
    expect(run.stderr.endsWith('32000 errors, 0 warnings\n')).toBe(true);
  });

  it('says the same in Chinese', async () => {
    const rows = Array.from({ length: 51 }, (_, i) => `城关区,urban_new_jobs,abc${i}`);
    const path = csv('rows51.csv', `unit,indicator,value\n${rows.join('\n')}\n`);
    const run = await runKaohe(['validate', PLAN, path, '--lang', 'zh']);
    expect(run.stderr).toContain(`……${path} 另有 1 条问题未列出(请先改正以上各条,再运行一次)\n`);
  });
});

describe('a plan the fast reader leaves to yaml', () => {
  // found by the fuzzer (seed 41): a key of 1,300 characters was read fast, then yaml refused it when a schema error
  // needed a position, and the run ended in an internal error
  it('a key longer than YAML allows is a YAML error with its place, not an internal error', async () => {
    const plan = readFileSync(PLAN, 'utf8').replace('indicators:', `ind${'i'.repeat(1300)}cators:`);
    const run = await runKaohe(['validate', csv('long-key.yaml', plan)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error YAML_SYNTAX');
    expect(run.stderr).not.toContain('internal error');
  });
});
