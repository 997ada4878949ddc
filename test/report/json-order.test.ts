// The JSON writer trusts what is built in the schema's key order by construction (a year of `years`, made by one
// function of src/core/fold.ts) and checks everything else. Should a builder drift, these real results would be
// written other than as JSON.stringify of the whole document with every key put in order (orderKeys): each bundled
// plan and the point, cohort and national fixtures, every fold, with and without sources and year statuses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a benchmark script in plain JavaScript, without types
import { buildNational } from '../../bench/generate.mjs';
import type { Context } from '../../src/cli/context.js';
import { nodeIo } from '../../src/cli/io.js';
import { readActuals, readPlan } from '../../src/cli/load-inputs.js';
import { evaluatePlan } from '../../src/core/evaluate.js';
import type { Result } from '../../src/model.js';
import { isInKeyOrder, orderKeys, RESULT_KEY_ORDER, renderJson, renderJsonLines } from '../../src/report/json.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-order-'));
const national = buildNational(30);
writeFileSync(join(dir, `${national.id}.yaml`), national.plan);
writeFileSync(join(dir, `${national.id}-actuals.csv`), national.csv);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLANS = [
  'plans/changchun-2014-2016.yaml',
  'plans/chuzhou-2012.yaml',
  'plans/city-2010.yaml',
  'plans/fuzhou-jx-2010.yaml',
  'plans/guangdong-2010.yaml',
  'plans/guangdong-rural-2010.yaml',
  'plans/henan-2016-2020.yaml',
  'plans/nantong-2007.yaml',
  'plans/shandong-2011-2015.yaml',
  'plans/sichuan-2021-2025.yaml',
  'plans/zhenjiang-full-employment.yaml',
  'fixtures/points/blank-zero.yaml',
  'fixtures/points/demo.yaml',
  'fixtures/points/group-missing.yaml',
  'fixtures/cohort/relative-demo.yaml',
  'fixtures/cohort/relative-missing.yaml',
  'fixtures/cohort/wage-arrears-2017.yaml',
  join(dir, `${national.id}.yaml`),
];

const ctx: Context = {
  io: nodeIo,
  lang: 'en',
  color: false,
  colorOut: false,
  debug: false,
  version: '0.0.0',
  sources: new Map(),
};
const opts = { lang: 'en', color: false } as const;

// The plan scored with its own actuals, missing items and all (evaluatePlan scores what it is given).
async function scored(path: string): Promise<Result> {
  const read = await readPlan(ctx, path);
  expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const actuals = await readActuals(ctx, read.plan!, [], {});
  expect(actuals.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return evaluatePlan(read.plan!.plan, actuals.actuals, { inputs: read.inputs });
}

describe('results written in the schema key order', () => {
  it.each(PLANS)('%s is written as its keys put in order would be', async (path) => {
    const result = await scored(path);
    const inOrder = orderKeys(result, RESULT_KEY_ORDER);
    expect(renderJson([result], opts)).toBe(`${JSON.stringify(inOrder, null, 2)}\n`);
    expect(renderJsonLines([result], opts)).toBe(`${JSON.stringify(inOrder)}\n`);
  });

  // A unit out of order is copied whole before it is written: the core builds an item's `group` and `section` before
  // its later keys, and a plan's groups and sections with their keys in order.
  it.each(PLANS)('%s has every unit built in the schema key order, so none is copied', async (path) => {
    const result = await scored(path);
    const shape = RESULT_KEY_ORDER.children?.units;
    expect(result.units.filter((u) => !isInKeyOrder(u, shape)).map((u) => u.id)).toEqual([]);
  });

  it('has years to trust: every fold, with statuses and sources', async () => {
    const years = (await scored(join(dir, `${national.id}.yaml`))).units.flatMap((u) =>
      u.indicators.flatMap((i) => i.years ?? []),
    );
    // 30 counties and their provinces, 30 indicators over 2021–2025 (bench/generate.mjs)
    expect(years.length).toBeGreaterThan(30 * 30 * 5);
    expect(years.some((y) => y.status !== undefined)).toBe(true);
    expect(years.some((y) => y.source !== undefined)).toBe(true);
  });
});
