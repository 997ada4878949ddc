// --sheet picks a sheet of a workbook; given with only CSV or YAML actuals it was silently ignored (probe §35). It is
// a usage error when no file of the run is a workbook, and nothing when one is.
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

describe('--sheet without a workbook', () => {
  it.each([
    ['score', ['score', 'plans/city-2010.yaml', '--sheet', 'foo']],
    ['validate', ['validate', 'plans/city-2010.yaml', '--sheet', 'foo']],
    ['explain', ['explain', 'plans/city-2010.yaml', '--unit', '城关区', '--sheet', 'foo']],
  ])('is refused by %s, naming the CSV', async (_name, args) => {
    const run = await runKaohe(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'plans/city-2010-actuals.csv:1:1: error USAGE: --sheet foo names a sheet of a workbook, but plans/city-2010-actuals.csv is not one',
    );
  });

  it('is taken when a workbook is among the files, beside the plan’s own CSV', async () => {
    // fixtures/errors/complete.xlsx holds the sheet 2010年 (the ACTUALS_SHEET reproducer's hint names it).
    const run = await runKaohe([
      'validate',
      'plans/city-2010.yaml',
      'fixtures/errors/complete.xlsx',
      '--sheet',
      '2010年',
    ]);
    expect(run.stderr).not.toContain('error USAGE');
  });
});
