// CSV for Excel and scripts: one row per unit × indicator with the unit's columns repeated, so a
// clerk can filter and pivot. Values are the same cells the table shows, without separators.
import { type Options, stringify } from 'csv-stringify/sync';
import type { ResultStream } from '../core/evaluate.js';
import type { Result, UnitResult } from '../model.js';
import type { RenderOptions } from './index.js';
import { cohortLabel } from './cohort-labels.js';
import { CSV_COLUMNS, label, type CsvColumn } from './labels.js';
import { POINT_CSV_COLUMNS, isPointTable, isPointUnit, pointCsvCells } from './points.js';
import { buildUnitRow, type Cell, type IndicatorCells, type UnitRow } from './rows.js';

/** Returns the results as one CSV table (one header, then every plan's rows), optionally after a BOM. */
export function renderCsv(results: Result[], opts: RenderOptions): string {
  return [...renderCsvChunks(results, opts)].join('');
}

/** A result to write as CSV: whole, or streamed (evaluatePlanStream) from a plan that scores no points. */
export type CsvResult = Result | ResultStream;

/**
 * Returns the text of renderCsv in pieces: the header, then each unit's rows (a national result's table is never held
 * as one string, nor its cells as one list). A streamed result's units are read once, as they are scored; its plan
 * must have no cohort phase and no point-table feature (no point or cohort columns: core's `mayScorePoints`), else this
 * throws (a programmer's error: the caller streams only such plans).
 */
export function* renderCsvChunks(results: readonly CsvResult[], opts: RenderOptions): Generator<string> {
  const whole = results.filter((r): r is Result => !('head' in r));
  // The cohort's columns follow when any plan of the run has a cohort phase, so other plans' sheets keep their shape.
  const cohort = whole.some((r) => r.cohort !== undefined);
  // So do a point table's columns (an item's value, group, section, bonus, vetoes) when any plan scores points.
  const points = whole.some(isPointTable);
  const header = [
    ...CSV_COLUMNS.map((c) => label(`csv.${c}`, opts.lang)),
    ...(points ? POINT_CSV_COLUMNS.map((c) => label(`csv.${c}`, opts.lang)) : []),
    ...(cohort ? COHORT_CSV_COLUMNS.map((c) => cohortLabel(`csv.${c}`, opts.lang)) : []),
  ];
  yield (opts.bom ? '\uFEFF' : '') + stringifyCsv([header], CSV_OPTIONS);
  for (const r of results) {
    const planId = 'head' in r ? r.head.plan.id : r.plan.id;
    const byId = 'head' in r ? NO_UNITS : new Map(r.units.map((u) => [u.id, u]));
    for (const unit of r.units) {
      if ('head' in r && !points && isPointUnit(unit)) throw new Error(`plan ${planId} scores points: not streamed`);
      const records = unitRecords(planId, buildUnitRow(unit, opts.lang, byId)).map((record, i) => [
        ...record,
        ...(points ? pointCsvCells(unit, unit.indicators[i]) : []),
        ...(cohort ? cohortCells(r as Result, unit, opts) : []),
      ]);
      yield stringifyCsv(records, CSV_OPTIONS);
    }
  }
}

// Every record ends in \n: the text of a list of records is the texts of its parts joined.
const CSV_OPTIONS: Options = { eof: true, record_delimiter: '\n' };
const NO_UNITS: ReadonlyMap<string, UnitResult> = new Map();

const COHORT_CSV_COLUMNS = ['unit_group', 'rank', 'prize_yuan', 'last_place', 'consequences'] as const;

// The cohort cells of a unit's records: its group's name, rank, prize money, 末位 and the actions that apply.
function cohortCells(result: Result, unit: Result['units'][number] | undefined, opts: RenderOptions): string[] {
  if (unit === undefined) return COHORT_CSV_COLUMNS.map(() => '');
  const group = result.cohort?.groups.find((g) => g.id === (unit.group ?? ''))?.name ?? '';
  return [
    group,
    unit.rank === undefined ? '' : String(unit.rank.position),
    unit.prize_yuan ?? '',
    unit.last_place === undefined ? '' : label(unit.last_place ? 'yes' : 'no', opts.lang),
    (unit.consequences ?? []).map((c) => c.action).join(';'),
  ];
}

// A unit's records: one per indicator, in its order; a unit with no applicable indicator still gets one row, so no
// unit silently drops out of the sheet.
function unitRecords(planId: string, row: UnitRow): string[][] {
  const indicators: (IndicatorCells | undefined)[] =
    row.indicators.size > 0 ? [...row.indicators.values()] : [undefined];
  const own: Partial<Record<CsvColumn, Cell>> = row.cells;
  // A unit's and an indicator's columns never share a name: each cell is read where it is, never copied into a
  // merged object (a spread of the two for each of a national result's 85,000 records was half of the CSV's time).
  return indicators.map((ind) => {
    const its: Partial<Record<CsvColumn, Cell>> | undefined = ind;
    return CSV_COLUMNS.map((column) => (column === 'plan_id' ? planId : ((its?.[column] ?? own[column])?.text ?? '')));
  });
}

// A cell a spreadsheet would read as a formula: it starts with = + - @, a tab or a carriage return (OWASP, "CSV
// Injection"). A number is the exception: -12400 or +1,200 is data that Excel reads as the number it is, cannot run
// anything, and must stay a number for the clerk's sums and for scripts.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Returns the cell's text made safe to open in Excel or WPS: a text cell that starts as a formula would (=HYPERLINK(…),
 * @SUM(…), -2+3) gets a leading apostrophe, which the spreadsheet shows as text and does not run; every other cell,
 * numbers (negative ones too) included, is returned unchanged.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** Returns records as CSV text (csv-stringify with `options`), every cell passed through guardCell first. */
export function stringifyCsv(records: readonly (readonly string[])[], options: Options): string {
  return stringify(
    records.map((record) => record.map(guardCell)),
    options,
  );
}
