// The cohort part of a plan's checks: what the clerk reads when a quota or a level is written wrong (probe §32).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/plan.js';

const base = readFileSync('fixtures/errors/QUOTA_FALLBACK.yaml', 'utf8');
const withQuota = (quota: string) =>
  loadPlan(base.replace('  - {level: 达标, count: 2, fallback: 优秀, edge: all_in}', quota), 'p.yaml').diagnostics;

describe('a quota on the last level', () => {
  it('says the last level has nowhere to send the units it keeps out, and how to fix it', () => {
    const [d, ...rest] = withQuota('  - {level: 不达标, count: 1, edge: all_in}');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'QUOTA_FALLBACK', line: 15, col: 13 });
    expect(d!.message.en).toBe(
      '不达标 is the last level: a quota on it has no lower level to send the units it keeps out',
    );
    expect(d!.hint?.zh).toBe('删去 不达标 的名额,或改为对更高等次设名额');
  });

  it('still lists the lower levels when the fallback is higher than the quota level', () => {
    const [d] = withQuota('  - {level: 达标, count: 2, fallback: 优秀, edge: all_in}');
    expect(d!.message.en).toBe('a unit kept out of 达标 must go to a lower level (got 优秀)');
    expect(d!.hint?.en).toBe('one of 不达标');
  });
});

describe('a level no grade has', () => {
  it('suggests the close level, and says how to name one when none is close', () => {
    const [close] = withQuota('  - {level: 达, count: 1, edge: all_in}');
    expect(close!.hint?.en).toBe('did you mean 达标?');
    const [far] = withQuota('  - {level: 甲等, count: 1, edge: all_in}');
    expect(far!.code).toBe('UNKNOWN_LEVEL');
    expect(far!.hint?.en).toBe('name a level exactly as grades.levels writes it');
  });
});
