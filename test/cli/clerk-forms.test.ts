// Issue #4, end to end: the city plan's year of actuals sent in four forms — the bundled long CSV, a
// wide GB18030 CSV with Chinese headers, thousands separators and a full-width number, a wide UTF-8
// CSV with a BOM, and an .xlsx with a formula cell — scores to byte-identical units (once each
// value's own place, which necessarily differs between files, is left out).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CITY_INDICATORS } from '../helpers/city.js';
import { runKaohe } from '../helpers/memory-io.js';

const IDS = CITY_INDICATORS;
const HEADER = [
  '单位',
  '城镇新增就业(人)',
  '下岗失业人员再就业(人)',
  '就业困难人员就业(人)',
  '农村劳动力转移就业(人)',
  '城镇登记失业率(%)',
];

/** The bundled long CSV as unit → indicator → value text. */
function readLong(): Map<string, Map<string, string>> {
  const byUnit = new Map<string, Map<string, string>>();
  for (const line of readFileSync('plans/city-2010-actuals.csv', 'utf8').trim().split('\n').slice(1)) {
    const [unit, indicator, value] = line.split(',');
    if (!byUnit.has(unit!)) byUnit.set(unit!, new Map());
    byUnit.get(unit!)!.set(indicator!, value!);
  }
  return byUnit;
}

const grouped = (text: string) => text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function wideRows(style: (value: string, unit: number, col: number) => string): string[] {
  const rows = [HEADER.join(',')];
  [...readLong()].forEach(([unit, values], u) => {
    rows.push([unit, ...IDS.map((id, c) => style(values.get(id)!, u, c))].join(','));
  });
  return rows;
}

function unitsWithoutPlaces(json: string): unknown {
  const result = JSON.parse(json);
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          // a note (备注) is the form's own, like its places: the wide forms have no note column
          .filter(([k]) => k !== 'actual_source' && k !== 'source' && k !== 'note')
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  return result.units.map((u: { rules?: unknown; indicators: unknown }) => ({ ...u, indicators: strip(u.indicators) }));
}

describe('the same year of actuals in four forms', () => {
  it('scores to the same units from long CSV, wide GB18030 CSV, wide UTF-8-BOM CSV and .xlsx with a formula', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-forms-'));
    // thousands separators quoted, the first unit's urban jobs in full-width digits, CRLF as Windows saves
    const gb = wideRows((v, u, c) =>
      u === 0 && c === 0 ? fullWidth(v) : /^\d{4,}$/.test(v) ? `"${grouped(v)}"` : v,
    ).join('\r\n');
    writeFileSync(join(dir, 'gb18030.csv'), iconv.encode(`${gb}\r\n`, 'gb18030'));
    writeFileSync(join(dir, 'bom.csv'), `\uFEFF${wideRows((v) => v).join('\n')}\n`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2010年');
    ws.addRow(HEADER);
    [...readLong()].forEach(([unit, values], u) => {
      const cells: unknown[] = [unit, ...IDS.map((id) => Number(values.get(id)))];
      // 城关区's urban jobs as a formula whose saved result is the value: 6000 + 184 = 6184
      if (u === 0) cells[1] = { formula: '6000+184', result: 6184 };
      ws.addRow(cells);
    });
    await wb.xlsx.writeFile(join(dir, 'actuals.xlsx'));

    const score = async (actuals: string) => {
      const run = await runKaohe(['score', 'plans/city-2010.yaml', '--actuals', actuals, '--format', 'json']);
      expect(run.stderr).toBe('');
      return unitsWithoutPlaces(run.stdout);
    };
    const long = await score('plans/city-2010-actuals.csv');
    expect(await score(join(dir, 'gb18030.csv'))).toEqual(long);
    expect(await score(join(dir, 'bom.csv'))).toEqual(long);
    expect(await score(join(dir, 'actuals.xlsx'))).toEqual(long);
    // and the figures are the hand-worked ones: 城关区 6184 − 6000 = 184 persons, 18400 yuan
    expect((long as { id: string; reward_yuan: string }[]).find((u) => u.id === 'chengguan')!.reward_yuan).toBe(
      '18400',
    );
  });
});
