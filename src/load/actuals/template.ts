// What `kaohe template` must write so that a clerk's filled-in sheet reads back with no edits: the
// wide shape this loader reads, with the names it matches. Pure: the CLI renders it as CSV or .xlsx.
//
// A template must hold: a header row `单位[,年份],<indicator name>(<unit of measure>)…` — Chinese names,
// half-width brackets, `%` for rates — then one row per unit (by name) and, for a multi-year plan,
// per year, every value cell empty (empty reads as missing, never 0). As CSV: UTF-8 with a BOM so
// that Excel and WPS open it right. As .xlsx: values may be typed as numbers or text; a title row
// above the header, a total row (合计) or notes (注:…) below it may be added and are skipped.
import type { Plan } from '../../model.js';

/** Returns the rows of an actuals template for a plan: the header, then one empty row per unit (and year, for a multi-year plan). */
export function buildTemplateRows(plan: Plan): string[][] {
  const years = templateYears(plan);
  const header = ['单位', ...(years.length > 1 ? ['年份'] : []), ...plan.indicators.map((i) => `${i.name}(${i.unit})`)];
  const blanks = plan.indicators.map(() => '');
  const rows = plan.units.flatMap((u) =>
    years.length > 1 ? years.map((y) => [u.name, String(y), ...blanks]) : [[u.name, ...blanks]]);
  return [header, ...rows];
}

// A growth target compares the last year with the year before the period, so that year is asked too.
function templateYears(plan: Plan): number[] {
  const { from, to } = plan.period;
  const first = plan.indicators.some((i) => i.overPeriod === 'growth') ? from - 1 : from;
  return Array.from({ length: to - first + 1 }, (_, k) => first + k);
}
