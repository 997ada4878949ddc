// The standing fuzz check inside npm test: a fixed, seeded set of inputs (the same every run, so a failure is
// reproducible by its seed) through the in-memory command line. bench/fuzz.mjs runs the long version (100,000 and
// more) with a watchdog for hangs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';
import { fuzz } from './engine.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Inputs per run: FUZZ_COUNT overrides (a longer local run); the default keeps npm test within its budget. */
const COUNT = Number(process.env.FUZZ_COUNT ?? 400);
const FROM = Number(process.env.FUZZ_FROM ?? 0);

describe('the fuzz checks', () => {
  it.each([
    ['an internal error (exit 3)', { code: 3, stdout: '', stderr: 'kaohe: internal error' }, /^exit 3/],
    ['a stack trace', { code: 2, stdout: '', stderr: 'x\n    at f (src/a.ts:1:2)\n' }, /^stack trace/],
    ['stdout on exit 2', { code: 2, stdout: 'x', stderr: '' }, /^stdout not empty/],
    ['JSON that does not parse', { code: 0, stdout: '{', stderr: '' }, /^output is not json/],
  ])('catch %s', async (_, run, why) => {
    const report = await fuzz({ run: async () => run, dir, from: 1, count: 2 });
    expect(report.failures.map((f) => [f.seed, why.test(f.why)])).toEqual([
      [1, true],
      [2, true],
    ]);
  });
});

describe('fuzzing', () => {
  it(`${COUNT} seeded inputs keep every promise`, { timeout: 600_000 }, async () => {
    const report = await fuzz({ run: (args) => runKaohe(args), dir, from: FROM, count: COUNT });
    expect(report.failures).toEqual([]);
    expect(report.inputs).toBe(COUNT);
  });
});
