// An actual no target uses is said (probe §3): a target lost from a plan or its targets sheet left 东城区's 4.4%
// unread without a word. The bundled plans' actuals, whose every figure is used, get no such warning.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

describe('an actual without a target', () => {
  it('is a warning at its cell, and the run still passes', async () => {
    // fixtures/errors/ACTUALS_NO_TARGET.yaml: 东城区 has no unemployment_rate target; the sheet's row 5 gives 4.4
    // ("东城区,unemployment_rate," is 3 + 1 + 17 + 1 = 22 code units: column 23).
    const run = await runKaohe(['score', 'fixtures/errors/ACTUALS_NO_TARGET.yaml', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'fixtures/errors/ACTUALS_NO_TARGET.csv:5:23: warning ACTUALS_NO_TARGET: 东城区 has no target for 城镇登记失业率',
    );
  });

  it.each(readdirSync('plans').filter((f) => f.endsWith('.yaml')))('is not said of %s', async (plan) => {
    const run = await runKaohe(['validate', `plans/${plan}`]);
    expect(run.stderr).not.toContain('ACTUALS_NO_TARGET');
  });
});
