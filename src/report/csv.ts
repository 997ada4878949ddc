// CSV for Excel and scripts: one row per unit × indicator with the unit's columns repeated, so a
// clerk can filter and pivot. Values are the same cells the table shows, without separators.
import { type Options, stringify } from 'csv-stringify/sync';
import type { IndicatorResult, Result, UnitResult } from '../model.js';
import type { RenderOptions } from './index.js';
import { cohortLabel } from './cohort-labels.js';
import { CSV_COLUMNS, label, type CsvColumn } from './labels.js';
import { POINT_CSV_COLUMNS, isPointTable, pointCsvCells } from './points.js';
import { buildUnitRows, type Cell, type IndicatorCells } from './rows.js';

/** Returns the results as one CSV table (one header, then every plan's rows), optionally after a BOM. */
export function renderCsv(results: Result[], opts: RenderOptions): string {
  // The cohort's columns follow when any plan of the run has a cohort phase, so other plans' sheets keep their shape.
  const cohort = results.some((r) => r.cohort !== undefined);
  // So do a point table's columns (an item's value, group, section, bonus, vetoes) when any plan scores points.
  const points = results.some(isPointTable);
  const header = [
    ...CSV_COLUMNS.map((c) => label(`csv.${c}`, opts.lang)),
    ...(points ? POINT_CSV_COLUMNS.map((c) => label(`csv.${c}`, opts.lang)) : []),
    ...(cohort ? COHORT_CSV_COLUMNS.map((c) => cohortLabel(`csv.${c}`, opts.lang)) : []),
  ];
  const records = results.flatMap((r) => {
    const own = buildCsvRecords(r, opts);
    if (!cohort && !points) return own;
    // records are units × their indicators (at least one row a unit), in the result's order
    const slots = r.units.flatMap((u): { u: UnitResult; ind?: IndicatorResult }[] =>
      u.indicators.length === 0 ? [{ u }] : u.indicators.map((ind) => ({ u, ind })),
    );
    return own.map((record, i) => [
      ...record,
      ...(points ? pointCsvCells(slots[i]!.u, slots[i]!.ind) : []),
      ...(cohort ? cohortCells(r, slots[i]?.u, opts) : []),
    ]);
  });
  const body = stringifyCsv([header, ...records], { eof: true, record_delimiter: '\n' });
  return (opts.bom ? '\uFEFF' : '') + body;
}

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

/** Returns the CSV records of one result, each a list of texts in CSV_COLUMNS order. */
export function buildCsvRecords(result: Result, opts: RenderOptions): string[][] {
  return buildUnitRows(result, opts.lang).flatMap((row) => {
    // A unit with no applicable indicator still gets one row, so no unit silently drops out of the sheet.
    const indicators: (IndicatorCells | undefined)[] =
      row.indicators.size > 0 ? [...row.indicators.values()] : [undefined];
    return indicators.map((ind) => {
      const cells: Partial<Record<CsvColumn, Cell>> = { ...row.cells, ...ind };
      return CSV_COLUMNS.map((column) => (column === 'plan_id' ? result.plan.id : (cells[column]?.text ?? '')));
    });
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
