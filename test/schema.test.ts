// The printed schemas are the contract for other tools: checked here by a separate ajv instance
// (not kaohe's precompiled validators) against every bundled plan and every result kaohe writes.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runKaohe } from './helpers/memory-io.js';

const plans = readdirSync('plans')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `plans/${f}`);

async function compile(which: string) {
  const run = await runKaohe(['schema', which]);
  expect(run.code).toBe(0);
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(run.stdout));
}

describe('kaohe schema', () => {
  it('bundles the five source plans, the three point tables and the three cohort plans to check', () => {
    expect(plans).toHaveLength(11);
  });

  it.each(plans)('the plan schema accepts %s', async (path) => {
    const validate = await compile('plan');
    expect(validate(parse(readFileSync(path, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the plan schema rejects a misspelt direction', async () => {
    const validate = await compile('plan');
    const plan = parse(readFileSync('plans/city-2010.yaml', 'utf8'));
    plan.indicators[0].direction = 'atleast';
    expect(validate(plan)).toBe(false);
  });

  it.each(plans)('the result schema accepts the scored result of %s', async (path) => {
    const validate = await compile('result');
    const run = await runKaohe(['score', path, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the actuals schema accepts a YAML actuals file', async () => {
    const validate = await compile('actuals');
    const doc = {
      kaohe: 1,
      actuals: { year: 2010, values: { 城关区: { urban_new_jobs: 6184, unemployment_rate: '4.2%' } } },
    };
    expect(validate(doc)).toBe(true);
    expect(validate({ kaohe: 1, actuals: { values: { 城关区: { urban_new_jobs: [1] } } } })).toBe(false);
  });
});
