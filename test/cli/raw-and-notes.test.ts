// The result keeps what the clerk gave beside what was compared, and the clerk's note (issue #14): an auditor reads
// 4.34 given, 4.3 compared at precision 1, and why, without opening the sheet.
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

type Indicator = { id: string; actual: string | null; actual_raw?: string; note?: string };
const indicatorOf = async (unit: string, indicator: string): Promise<Indicator> => {
  const run = await runKaohe(['score', 'plans/city-2010.yaml', '--format', 'json']);
  const result = JSON.parse(run.stdout) as { units: { name: string; indicators: Indicator[] }[] };
  return result.units.find((u) => u.name === unit)!.indicators.find((i) => i.id === indicator)!;
};

describe('raw actuals and notes in the result', () => {
  it.each([
    // plans/city-2010-actuals.csv rows 6, 11, 32: precision 1 rounds 4.34 half-up to 4.3 and 4.35 to 4.4
    ['城关区', 'unemployment_rate', '4.3', '4.34', '四舍五入到一位小数为4.3，恰好达到上限'],
    ['东城区', 'unemployment_rate', '4.4', '4.35', '四舍五入到一位小数为4.4，超过4.3的上限'],
    ['石桥县', 'urban_new_jobs', '2199', undefined, '差1人'],
  ])('%s %s: compared %s, given %s, note %s', async (unit, id, actual, raw, note) => {
    const found = await indicatorOf(unit, id);
    expect([found.actual, found.actual_raw, found.note]).toEqual([actual, raw, note]);
  });

  it('adds neither where rounding changed nothing and the row has no note', async () => {
    const found = await indicatorOf('城关区', 'urban_new_jobs');
    expect(['actual_raw' in found, 'note' in found]).toEqual([false, false]);
  });
});
