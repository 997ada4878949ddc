import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

describe('kaohe init', () => {
  it('writes a starter plan that validates and scores', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kaohe-init-')), 'new');
    expect((await runKaohe(['init', dir])).code).toBe(0);
    expect((await runKaohe(['validate', join(dir, 'plan.yaml')])).code).toBe(0);
    const scored = await runKaohe(['score', join(dir, 'plan.yaml'), '--format', 'json']);
    const result = JSON.parse(scored.stdout);
    // 城关区: 6184 − 6000 = 184 persons over, 184 × 100 = 18400 yuan; 东城区: 5000 − 4890 = 110 short, 11000 yuan
    expect(result.totals).toMatchObject({
      met: 1,
      missed: 1,
      reward_yuan: '18400',
      penalty_yuan: '11000',
      net_yuan: '7400',
    });
  });

  it('never overwrites a file that is already there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-init-'));
    writeFileSync(join(dir, 'plan.yaml'), 'mine\n');
    const run = await runKaohe(['init', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('mine\n');
  });
});
