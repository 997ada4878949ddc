// The plain CSV reader (table-fast.ts) against the general one: each file is read both ways — once as loadActuals
// reads it, once with the fast reader switched off (the grid without its plain text) — and every actual (value, text,
// year, note, place) and every diagnostic must be the same; the values themselves are worked out by hand.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/decimal.js';
import { createCollector } from '../../../src/load/actuals/collect.js';
import { normalizeLineEnds, parseCsvGrid } from '../../../src/load/actuals/csv.js';
import { LineActual } from '../../../src/load/actuals/line-actual.js';
import { readGrid } from '../../../src/load/actuals/table.js';
import { decodeText } from '../../../src/load/decode.js';
import type { Actual, Diagnostic } from '../../../src/model.js';
import { makePlan } from './make-plan.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);

interface Read {
  actuals: Actual[];
  diagnostics: Diagnostic[];
  /** How many actuals the fast reader made (LineActual). */
  fast: number;
}

// Reads a CSV's bytes as loadActuals does; `general` takes the plain text away, so every line goes the general way.
function read(bytes: Uint8Array, general: boolean): Read {
  const out = createCollector('a.csv');
  const decoded = decodeText(bytes, undefined);
  if ('error' in decoded) throw new Error('not decodable');
  const grid = parseCsvGrid(normalizeLineEnds(decoded.text), 'a.csv', out);
  if (grid !== undefined && general) delete grid.plain;
  if (grid !== undefined) readGrid(grid, makePlan(), out);
  const done = out.done();
  const actuals = done.value?.actuals ?? [];
  return { actuals, diagnostics: done.diagnostics, fast: actuals.filter((a) => a instanceof LineActual).length };
}

// An actual as plain data: what every consumer may read of it.
const shown = (a: Actual) => ({
  unit: a.unit,
  indicator: a.indicator,
  year: a.year,
  value: a.value === null ? null : toPlain(a.value),
  text: a.text,
  note: a.note,
  source: { ...a.source },
});

/** Reads the bytes both ways, checks they agree, and returns the fast reading as `unit indicator year value note @line:col` lines. */
function both(bytes: Uint8Array): { rows: string[]; codes: string[]; fast: number } {
  const fast = read(bytes, false);
  const general = read(bytes, true);
  expect(general.fast).toBe(0);
  expect(fast.actuals.map(shown)).toEqual(general.actuals.map(shown));
  expect(fast.diagnostics).toEqual(general.diagnostics);
  return {
    rows: fast.actuals.map((a) => {
      const value = a.value === null ? '∅' : toPlain(a.value);
      return `${a.unit} ${a.indicator} ${a.year ?? '-'} ${value}${a.note ? ` ${a.note}` : ''} @${a.source.line}:${a.source.col}`;
    }),
    codes: fast.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`),
    fast: fast.fast,
  };
}

describe('the plain CSV reader agrees with the general one', () => {
  it('reads ordinary rows, a note column, a blank value, full-width digits, a % sign and 2010年', () => {
    const r = both(
      utf8(
        lines(
          '单位,指标,年份,数值,备注',
          '城关区,城镇新增就业,2010,1.2,',
          '东城区,城镇登记失业率,2010年,３．５%,',
          '西城区,下岗失业人员再就业,2010,,未报送',
          ' chengguan ,职业技能培训,2010,１２３４, 含线上 ',
          '东城区,就业补助资金(万元),2010,80,',
        ),
      ),
    );
    // 城关区,城镇新增就业,2010, is 16 characters: the value is at column 17
    expect(r.rows).toEqual([
      'chengguan urban_new_jobs 2010 1.2 @2:17',
      'dongcheng unemployment_rate 2010 3.5 @3:19',
      'xicheng reemployed 2010 ∅ 未报送 @4:20',
      'chengguan training 2010 1234 含线上 @5:25',
      'dongcheng subsidy 2010 80 @6:21',
    ]);
    expect(r.codes).toEqual([]);
    expect(r.fast).toBe(5);
  });

  it('reads a BOM and CRLF line ends as the same lines and columns', () => {
    // the BOM is no character of the first line; 城关区,reemployed, is 15 characters
    const r = both(utf8('\ufeffunit,indicator,value\r\n城关区,reemployed,7\r\n东城区,reemployed,8\r\n'));
    expect(r.rows).toEqual(['chengguan reemployed - 7 @2:16', 'dongcheng reemployed - 8 @3:16']);
    expect(r.fast).toBe(2);
  });

  it('skips a repeated header, a blank line, a total row and a footnote', () => {
    const r = both(
      utf8(
        lines(
          '单位,指标,数值',
          '城关区,下岗失业人员再就业,5',
          '',
          '单位,指标,数值',
          '东城区,下岗失业人员再就业,6',
          '合计,下岗失业人员再就业,11',
          '注:数据截至年底,,',
        ),
      ),
    );
    expect(r.rows).toEqual(['chengguan reemployed - 5 @2:15', 'dongcheng reemployed - 6 @5:15']);
    expect(r.codes).toEqual([]);
  });

  it('refuses an unquoted thousands separator at the split, and reads a quoted one whole', () => {
    const split = both(utf8(lines('单位,指标,数值', '城关区,下岗失业人员再就业,6,184', '东城区,下岗失业人员再就业,7')));
    expect(split.codes).toEqual(['CSV_SYNTAX 2:15']);
    expect(split.rows).toEqual(['dongcheng reemployed - 7 @3:15']);
    const quoted = both(utf8(lines('单位,指标,数值', '城关区,下岗失业人员再就业,"6,184"')));
    expect(quoted.rows).toEqual(['chengguan reemployed - 6184 @2:15']);
    expect(quoted.fast).toBe(0); // a text with a quote is csv-parse's
  });

  it('reports unknown units and indicators, bad years and values, and duplicates alike', () => {
    const r = both(
      utf8(
        lines(
          'unit,indicator,year,value',
          '南城区,reemployed,2010,1',
          '城关区,新增岗位,2010,2',
          '城关区,reemployed,20x0,3',
          '城关区,reemployed,2010,12abc',
          '城关区,reemployed,2010,4',
          '城关区,reemployed,2010,5',
        ),
      ),
    );
    expect(r.codes).toEqual([
      'ACTUALS_UNKNOWN_UNIT 2:1',
      'ACTUALS_UNKNOWN_INDICATOR 3:5',
      'ACTUALS_YEAR 4:16',
      'ACTUALS_VALUE 5:21',
      'ACTUALS_DUPLICATE 7:21',
    ]);
    // 城关区,reemployed, is 15 characters (reemployed is 10): the year is at column 16, the value at 21
    expect(r.rows).toEqual(['chengguan reemployed 2010 4 @6:21']);
  });

  it('reads a GBK file as its UTF-8 twin', () => {
    const text = lines('单位,指标,数值', '城关区,城镇新增就业,1.5', '西城区,城镇登记失业率,4.2%');
    const r = both(iconv.encode(text, 'gbk'));
    expect(r.rows).toEqual(['chengguan urban_new_jobs - 1.5 @2:12', 'xicheng unemployment_rate - 4.2 @3:13']);
    expect(both(utf8(text)).rows).toEqual(r.rows);
  });
});

// Rows as a sheet may hold them, many repeating the unit, indicator, year or value of the row before (read in place by
// the fast reader), with values of every shape: plain figures with leading and trailing zeros or a point, a sign, a
// separator, %, 万, spaces, full-width digits, words; units and years written in more than one way.
describe('the plain CSV reader on generated sheets', () => {
  const unit = fc.constantFrom('城关区', 'chengguan', ' 东城区', 'dongcheng', '西城区', '单位', '', '南城区');
  const indicator = fc.constantFrom(
    '城镇新增就业',
    'urban_new_jobs',
    '城镇登记失业率',
    'reemployed',
    'training',
    '就业补助资金(万元)',
    '就业补助资金(元)',
    '城镇新增就业(人)',
    '指标',
    'unknown',
  );
  const year = fc.constantFrom('2010', '2010年', ' 2010', '2009', '1900', 'x', '');
  const value = fc.oneof(
    fc.stringMatching(/^[0-9]{1,10}$/),
    fc.stringMatching(/^[04.]{1,4}$/), // 4.3 and 043 alike: the same digits, told apart by where the point is
    fc.stringMatching(/^[0-9]{0,5}\.[0-9]{0,5}$/),
    fc.stringMatching(/^0{1,3}[0-9]{0,3}(\.[0-9]{0,3}0{0,3})?$/),
    fc.constantFrom(
      '',
      ' 5',
      '5 ',
      '-3',
      '+4',
      '1.2%',
      '3万',
      '１２',
      '12a',
      '.',
      '5.',
      '1.2.3',
      '0',
      '0.0',
      '99999999.9',
    ),
  );
  const row = fc.tuple(unit, indicator, year, value).map((r) => r.join(','));
  it('agrees with the general reader on every row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            row,
            row.map((r) => `${r},extra`),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          // rows repeated, as a sheet of one unit's years is
          const body = rows.flatMap((r, i) => (i % 3 === 0 ? [r, r.replace(/,20(09|10)/, ',2010')] : [r]));
          both(utf8(lines('单位,指标,年份,数值', ...body)));
        },
      ),
      { numRuns: 400 },
    );
  });
});

it('tells figures of the same digits apart: 43, 4.3, 043, .43, 0.43, 4.30', () => {
  const values = ['43', '4.3', '043', '.43', '0.43', '4.30', '43.', '0043'];
  const units = ['城关区', '东城区', '西城区'];
  const rows = values.map((v, i) => `${units[i % 3]},reemployed,${2008 + Math.floor(i / 3)},${v}`);
  const r = both(utf8(lines('单位,指标,年份,数值', ...rows)));
  // 43. is no figure (ACTUALS_VALUE at 城关区,reemployed,2010, + 1: column 21), the others are read as written
  expect(r.rows.map((row) => row.split(' ')[3])).toEqual(['43', '4.3', '43', '0.43', '0.43', '4.3', '43']);
  expect(r.codes).toEqual(['ACTUALS_VALUE 8:21']);
});
