// What `kaohe template` must write so that a clerk's filled-in sheet reads back with no edits: the
// wide shape this loader reads, with the names it matches. Pure: the CLI renders it as CSV or .xlsx.
//
// A template must hold: a header row `单位[,年份],<indicator name>(<unit of measure>)…` — Chinese names,
// half-width brackets, `%` for rates — then one row per unit (by name) and, for a multi-year plan,
// per year, every value cell empty (empty reads as missing, never 0). As CSV: UTF-8 with a BOM so
// that Excel and WPS open it right. As .xlsx: values may be typed as numbers or text; a title row
// above the header, a total row (合计) or notes (注:…) below it may be added and are skipped.
import type { Indicator, Plan, Template, TemplateRow } from '../../model.js';

/**
 * Returns the actuals template of a plan: the header, then one empty row per unit (and year, for a multi-year plan).
 */
export function buildTemplate(plan: Plan): Template {
  const years = templateYears(plan);
  const multiYear = years.length > 1;
  const header = ['单位', ...(multiYear ? ['年份'] : []), ...plan.indicators.map((i) => `${i.name}(${i.unit})`)];
  const blanks = plan.indicators.map(() => '');
  const asked = (row: Omit<TemplateRow, 'asked'>): TemplateRow => ({
    ...row,
    asked: plan.indicators.map((indicator) => isAsked(plan, row, indicator)),
  });
  const rows = plan.units.flatMap((unit): TemplateRow[] =>
    multiYear
      ? years.map((year) => asked({ unit, year, cells: [unit.name, String(year), ...blanks] }))
      : [asked({ unit, cells: [unit.name, ...blanks] })],
  );
  return { header, keyColumns: multiYear ? 2 : 1, indicators: plan.indicators, rows };
}

/**
 * Returns the rows of an actuals template for a plan: the header, then one empty row per unit (and year, for a
 * multi-year plan).
 */
export function buildTemplateRows(plan: Plan): string[][] {
  const template = buildTemplate(plan);
  return [template.header, ...template.rows.map((r) => r.cells)];
}

/**
 * Returns whether scoring reads this cell: the unit has a target for the indicator, and the year is in the period (or
 * is the base year of a growth target).
 */
export function isAsked(plan: Plan, row: Pick<TemplateRow, 'unit' | 'year'>, indicator: Indicator): boolean {
  if (!row.unit.targets.has(indicator.id)) return false;
  return row.year === undefined || row.year >= plan.period.from || indicator.overPeriod === 'growth';
}

// A growth target compares the last year with the year before the period, so that year is asked too.
function templateYears(plan: Plan): number[] {
  const { from, to } = plan.period;
  const first = plan.indicators.some((i) => i.overPeriod === 'growth') ? from - 1 : from;
  return Array.from({ length: to - first + 1 }, (_, k) => first + k);
}
