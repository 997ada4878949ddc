// `kaohe template` (issue #4, item 5): golden files of the CSV template, the usage errors, and the
// acceptance case — every plan's template, filled in programmatically from the plan's own long actuals
// (text into the CSV; numbers, as a clerk types them, into the .xlsx), scores exactly as those actuals do.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { goldenText, memoryIo, runKaohe } from '../helpers/memory-io.js';
import { runOnTerminal } from '../helpers/workbook.js';

// Every bundled plan (plans/*.yaml), so a new plan is round-tripped without editing this list.
const PLANS = readdirSync('plans')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();
const tempDir = () => mkdtempSync(join(tmpdir(), 'kaohe-template-'));

describe('kaohe template (golden files)', () => {
  const cases: [name: string, args: string[], exit: number][] = [
    ['city-2010-csv', ['template', 'plans/city-2010.yaml', '--format', 'csv'], 0],
    // Three years and the growth base year 2013 for each unit.
    ['changchun-csv', ['template', 'plans/changchun-2014-2016.yaml'], 0],
    ['bad-plan', ['template', 'fixtures/errors/SCHEMA.yaml'], 2],
    ['missing-plan', ['template', 'plans/no-such-plan.yaml'], 2],
    ['bad-format', ['template', 'plans/city-2010.yaml', '--format', 'ods'], 2],
  ];
  it.each(cases)('%s', async (name, args, exit) => {
    const run = await runKaohe(args);
    expect(run.code).toBe(exit);
    if (exit === 2) expect(run.stdout).toBe('');
    await expect(goldenText(args, run)).toMatchFileSnapshot(`../golden/template/${name}.md`);
  });
});

describe('kaohe template output', () => {
  it('writes CSV for Excel on Windows: a BOM, then CRLF after every record', async () => {
    const run = await runKaohe(['template', 'plans/city-2010.yaml']);
    expect(run.stdout.startsWith('\uFEFF单位,城镇新增就业(人),')).toBe(true);
    // A header and 8 units: 9 records, each ended by CR LF and no bare LF anywhere.
    expect(run.stdout.split('\r\n')).toHaveLength(10);
    expect(run.stdout.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses to write a workbook to a terminal, with a USAGE error', async () => {
    const run = await runOnTerminal(['template', 'plans/city-2010.yaml', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.bytes).toEqual([]);
    expect(run.stderr).toContain('USAGE: an .xlsx workbook is binary and is not written to a terminal');
  });

  it('writes CSV onto a terminal: it is text', async () => {
    const run = await runOnTerminal(['template', 'plans/city-2010.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('城关区');
  });

  it('writes a workbook into a pipe (stdout not a terminal)', async () => {
    const io = memoryIo();
    expect(await main(['node', 'kaohe', 'template', 'plans/city-2010.yaml', '--format', 'xlsx'], io)).toBe(0);
    // A zip file starts with PK\3\4.
    expect([...io.bytes[0]!.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('takes the format from an --out name ending in .xlsx', async () => {
    const out = join(tempDir(), 'fill-me.xlsx');
    expect((await runKaohe(['template', 'plans/city-2010.yaml', '--out', out])).code).toBe(0);
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("never writes a blank template over the plan's own actuals", async () => {
    const before = readFileSync('plans/city-2010-actuals.csv');
    const run = await runKaohe(['template', 'plans/city-2010.yaml', '--out', 'plans/city-2010-actuals.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync('plans/city-2010-actuals.csv')).toEqual(before);
  });

  it('gives the same workbook bytes twice', async () => {
    const dir = tempDir();
    for (const name of ['a.xlsx', 'b.xlsx'])
      await runKaohe(['template', 'plans/sichuan-2021-2025.yaml', '--out', join(dir, name)]);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });
});

interface PlanNames {
  units: Map<string, string>;
  indicators: Map<string, string>;
}

// Unit id → name and indicator id → header label, read from the plan's YAML apart from kaohe's loader.
function readNames(plan: string): PlanNames {
  const doc = parseYaml(readFileSync(`plans/${plan}.yaml`, 'utf8')) as {
    units: { id: string; name: string }[];
    indicators: { id: string; name: string; unit: string }[];
  };
  return {
    units: new Map(doc.units.map((u) => [u.id, u.name])),
    indicators: new Map(doc.indicators.map((i) => [i.id, `${i.name}(${i.unit})`])),
  };
}

/** The long actuals of a plan as [row key `unit name|year`, header label, value text]. */
function readLongActuals(plan: string): [string, string, string][] {
  const names = readNames(plan);
  const records = parseCsv(readFileSync(`plans/${plan}-actuals.csv`), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  return records.map((r) => {
    const unit = names.units.get(r.unit!) ?? r.unit!;
    return [`${unit}|${r.year ?? ''}`, names.indicators.get(r.indicator!) ?? r.indicator!, r.value!];
  });
}

// Writes each long actual into the template's cell for its row (unit, year) and column (indicator).
function fillRows(rows: string[][], plan: string): string[][] {
  const [header, ...body] = rows;
  const years = header![1] === '年份';
  const rowOf = new Map(body.map((row, i) => [`${row[0]}|${years ? row[1] : ''}`, i]));
  for (const [key, column, value] of readLongActuals(plan)) {
    const r = rowOf.get(key);
    const c = header!.indexOf(column);
    if (r === undefined || c === -1) throw new Error(`the template has no cell for ${key} ${column}`);
    body[r]![c] = value;
  }
  return [header!, ...body];
}

async function fillCsv(path: string, plan: string): Promise<void> {
  const rows = parseCsv(readFileSync(path), { bom: true, relax_column_count: true }) as string[][];
  writeFileSync(path, stringify(fillRows(rows, plan), { bom: true, record_delimiter: 'windows' }));
}

async function fillXlsx(path: string, plan: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
  );
  const filled = fillRows(
    rows.map((r) => [...r, ...Array(rows[0]!.length - r.length).fill('')]),
    plan,
  );
  filled.forEach((row, r) => {
    row.forEach((text, c) => {
      const cell = sheet.getRow(r + 1).getCell(c + 1);
      // A clerk types figures into the number-formatted cells: they are stored as numbers.
      if (r > 0 && c > 0 && text !== '' && cell.value === null)
        cell.value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    });
  });
  await workbook.xlsx.writeFile(path);
}

// Where a value came from necessarily differs (line of the long CSV, cell of the template), and so do the clerks'
// notes (备注: the bundled actuals have some, a blank template none); all else must not.
function withoutSources(json: string): unknown {
  const result = JSON.parse(json) as { units: unknown[]; totals: unknown };
  return JSON.parse(
    JSON.stringify({ units: result.units, totals: result.totals }, (key, value: unknown) =>
      key === 'source' || key === 'actual_source' || key === 'note' ? undefined : value,
    ),
  );
}

describe('a filled-in template scores with no edits (issue #4)', () => {
  const cases = PLANS.flatMap(
    (plan) =>
      [
        [plan, 'csv', fillCsv],
        [plan, 'xlsx', fillXlsx],
      ] as const,
  );
  it.each(cases)('%s as %s', async (plan, format, fill) => {
    const path = join(tempDir(), `filled.${format}`);
    expect((await runKaohe(['template', `plans/${plan}.yaml`, '--format', format, '--out', path])).code).toBe(0);
    await fill(path, plan);
    const fromTemplate = await runKaohe(['score', `plans/${plan}.yaml`, '--actuals', path, '--format', 'json']);
    const fromLong = await runKaohe(['score', `plans/${plan}.yaml`, '--format', 'json']);
    expect(fromTemplate.stderr).toBe(fromLong.stderr);
    expect(fromTemplate.code).toBe(0);
    expect(withoutSources(fromTemplate.stdout)).toEqual(withoutSources(fromLong.stdout));
  });
});
