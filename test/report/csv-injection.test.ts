// CSV outputs clerks open in Excel or WPS: a cell that would run as a formula (=HYPERLINK(…) as a unit's name) is
// guarded with a leading apostrophe, as OWASP's "CSV Injection" advises; numbers, negative ones too, stay numbers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guardCell } from '../../src/report/csv.js';
import { runKaohe } from '../helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-csv-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINK = '=HYPERLINK("http://example.com/x","点击")';
const plan = join(dir, 'plan.yaml');
writeFileSync(
  plan,
  readFileSync('fixtures/errors/valid.yaml', 'utf8')
    .replace('name: 城关区', `name: '${LINK}'`)
    .replace('name: 东城区', "name: '@SUM(1+1)'")
    .replace('name: 城镇新增就业', "name: '-2+3'"),
);
const actuals = join(dir, 'actuals.csv');
writeFileSync(
  actuals,
  'unit,indicator,value\nchengguan,urban_new_jobs,6184\nchengguan,unemployment_rate,4.2\n' +
    'dongcheng,urban_new_jobs,4890\ndongcheng,unemployment_rate,4.5\n',
);

describe('guardCell', () => {
  it.each([
    [LINK, `'${LINK}`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    // numbers are data: Excel reads them as the numbers they are
    ['-12400', '-12400'],
    ['-12,400', '-12,400'],
    ['+1,200.5', '+1,200.5'],
    ['-0.5', '-0.5'],
    ['城关区', '城关区'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(guardCell(text)).toBe(expected);
  });
});

describe('CSV outputs', () => {
  it('score --format csv guards names and leaves negative numbers alone', async () => {
    const run = await runKaohe(['score', plan, '--actuals', actuals, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://example.com/x"",""点击"")"`);
    expect(run.stdout).toContain("'@SUM(1+1)");
    expect(run.stdout).toContain("'-2+3");
    expect(run.stdout).not.toMatch(/(^|,)"?[=@]/m);
    // 东城区 is 110 persons short of 5,000 at 100 yuan each: -11000, a number, unguarded
    expect(run.stdout).toMatch(/,-11000(,|\n)/);
  });

  it('template --format csv guards them, and the filled template reads back', async () => {
    const template = join(dir, 'template.csv');
    const run = await runKaohe(['template', plan, '--format', 'csv', '--out', template]);
    expect(run.code).toBe(0);
    const text = readFileSync(template, 'utf8');
    expect(text).toContain("'@SUM(1+1)");
    expect(text).not.toMatch(/(^|,)"?[=@]/m);
    const rows = text.replace(/^\uFEFF/, '').split('\r\n');
    const filled = [
      rows[0],
      ...rows
        .slice(1)
        .filter(Boolean)
        .map((r) => `${r.replace(/,+$/, '')},1,1`),
    ].join('\r\n');
    writeFileSync(join(dir, 'filled.csv'), `${filled}\r\n`);
    const check = await runKaohe(['validate', plan, join(dir, 'filled.csv')]);
    expect(check.stderr).not.toContain('UNKNOWN_UNIT');
  });

  it('diff --format csv guards them', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await runKaohe(['score', plan, '--actuals', actuals, '--format', 'json', '--out', a]);
    writeFileSync(actuals, readFileSync(actuals, 'utf8').replace('4890', '5100'));
    await runKaohe(['score', plan, '--actuals', actuals, '--format', 'json', '--out', b]);
    const run = await runKaohe(['diff', a, b, '--format', 'csv']);
    expect(run.stdout).toContain("'@SUM(1+1)");
    expect(run.stdout).not.toMatch(/(^|,)"?[=@]/m);
  });
});
