// The results workbook as LibreOffice reads it (`soffice --headless --convert-to csv`, the wide results
// sheet being the first): the cached values a clerk sees on opening are kaohe's, and the money formulas are
// live — with a reward changed and LibreOffice told to recalculate on load, the net and the totals follow.
// .ci/run installs LibreOffice (libreoffice-calc-nogui); elsewhere, install it or set SOFFICE_PATH.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';
import { findOnPath } from '../helpers/programs.js';

// A LibreOffice profile of its own that recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0).
const RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let csv: { kept: string[]; edited: string[] };

beforeAll(async () => {
  const soffice = process.env.SOFFICE_PATH || findOnPath(['soffice', 'libreoffice']);
  if (!soffice) throw new Error('no LibreOffice: apt-get install -y libreoffice-calc-nogui (as .ci/run does)');
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-lo-'));
  const kept = join(dir, 'kept.xlsx');
  expect(
    (await runKaohe(['--lang', 'zh', 'score', 'plans/city-2010.yaml', '--format', 'xlsx', '--out', kept])).code,
  ).toBe(0);
  // The clerk's edit: 城关区's reward 18,400 → 18,401, in a copy whose formulas still cache the old figures.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(kept);
  workbook.worksheets[0]!.getCell('S4').value = 18401;
  const edited = join(dir, 'edited.xlsx');
  await workbook.xlsx.writeFile(edited);
  mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
  writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC);
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      dir,
      kept,
      edited,
    ],
    { stdio: 'ignore', timeout: 90000 },
  );
  const lines = (name: string) =>
    readFileSync(join(dir, `${name}.csv`), 'utf8')
      .trim()
      .split('\n');
  csv = { kept: lines('kept'), edited: lines('edited') };
}, 120000);

const row = (lines: string[], name: string): string => lines.find((l) => l.startsWith(`"${name}"`)) ?? '';

describe('the results workbook in LibreOffice', () => {
  // expected.md: rewards 42,800, fines 12,500, net 30,300; 青河县 fined 12,400.
  it("shows kaohe's totals and a unit's row as written", () => {
    expect(row(csv.kept, '合计')).toBe('"合计",,,,,,,,,,,,,,,,,,"42,800","12,500","30,300",,');
    expect(row(csv.kept, '青河县')).toContain('45,"未完成",0,"12,400","-12,400","否","四等"');
  });

  it("recalculates a unit's net and the totals when a clerk changes a reward", () => {
    expect(row(csv.edited, '城关区')).toContain('"18,401",0,"18,401"');
    expect(row(csv.edited, '合计')).toBe('"合计",,,,,,,,,,,,,,,,,,"42,801","12,500","30,301",,');
  });
});
