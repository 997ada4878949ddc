// The actuals template as a workbook for clerks: sheet 实际完成 (the rows to fill in, read back by
// the actuals loader as its first visible sheet) and sheet 说明 (what the plan asks, how to fill it in).
// Chinese throughout: it is a form for a Chinese labour bureau, and its header is what the loader matches.
import type { Worksheet } from 'exceljs';
import { toPlain } from '../decimal.js';
import type { Indicator, Plan, Template, TargetsTemplate, ToleranceAmount } from '../model.js';
import { label } from './labels.js';
import { loadExcel, numberCell, periodDate, styleHeader, trackWidths, writeWorkbook } from './workbook.js';

/** The name of the sheet a clerk fills in. */
export const TEMPLATE_SHEET = '实际完成';

// Cells that scoring does not read (no target for the unit, or a year that only a growth target asks for).
const NOT_ASKED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;

/**
 * Returns the template as .xlsx bytes: a frozen bold header, unit (and year) columns as text, value columns
 * number-formatted per indicator.
 */
export async function renderTemplateXlsx(plan: Plan, template: Template): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
  const widths = trackWidths(8);
  // Formats go on the columns, not on cells: a cell typed into later takes its column's format, and a
  // national template (2,850 units × 6 years × 30 indicators) need not hold half a million empty cells.
  // Text format keeps a unit name or a year as typed (Excel would turn 2021 into a number, 1-2 into a date).
  for (let c = 1; c <= template.keyColumns; c++) sheet.getColumn(c).numFmt = '@';
  template.indicators.forEach((indicator, i) => {
    sheet.getColumn(template.keyColumns + i + 1).numFmt = templateNumberFormat(indicator);
  });
  sheet.addRow(template.header);
  widths.see(template.header);
  for (const row of template.rows) {
    const names = row.cells.slice(0, template.keyColumns);
    sheet.addRow(names);
    widths.see(names);
  }
  template.rows.forEach((row, r) => {
    row.asked.forEach((asked, i) => {
      if (!asked) sheet.getCell(r + 2, template.keyColumns + i + 1).fill = NOT_ASKED;
    });
  });
  styleHeader(sheet, template.keyColumns);
  widths.apply(sheet);
  addNotes(workbook.addWorksheet('说明'), plan);
  return writeWorkbook(workbook, plan.title, periodDate(plan.period.to));
}

/** Returns the number format of an indicator's value cells: its precision when set, else by its unit of measure. */
export function templateNumberFormat(indicator: Indicator): string {
  const percent = indicator.unit === '%';
  if (indicator.precision !== undefined) {
    const decimals = indicator.precision > 0 ? `.${'0'.repeat(indicator.precision)}` : '';
    return `${percent ? '0' : '#,##0'}${decimals}`;
  }
  // Never a format with %: Excel would store 4.3 as 0.043. Optional places (#) show what was typed
  // beyond the first decimal, so a display never hides a digit that the comparison reads.
  if (percent) return '0.0##';
  if (indicator.unit.startsWith('万')) return '#,##0.0###';
  return '#,##0';
}

function addNotes(sheet: Worksheet, plan: Plan): void {
  const { from, to } = plan.period;
  const widths = trackWidths(8, 80);
  const add = (cells: (string | number)[]) => {
    widths.see(cells.map(String));
    return sheet.addRow(cells);
  };
  const facts: [string, string | undefined][] = [
    ['考核方案', plan.title],
    ['方案编号', plan.id],
    ['发文单位', plan.issuer],
    ['文号', plan.document],
    ['考核期', from === to ? `${from}年` : `${from}—${to}年`],
  ];
  for (const [name, value] of facts) if (value !== undefined) add([name, value]);
  sheet.addRow([]);
  // Long enough to wrap: kept out of the width of column B.
  sheet.addRow([
    '填写说明',
    '在"实际完成"表中每个单位一行(多年方案每年一行),在各指标列填写实际完成数。' +
      '没有数据的单元格请留空:留空表示缺数据,不是 0。灰色单元格不参与考核,无需填写。请勿修改表头和单位名称。',
  ]);
  sheet.addRow([]);
  add(['指标', '计量单位', '方向', '权重', '说明']).font = { bold: true };
  for (const indicator of plan.indicators) {
    const weight = numberCell(toPlain(indicator.weight));
    const row = add([
      indicator.name,
      indicator.unit,
      label(`direction.${indicator.direction}`, 'zh'),
      weight.value,
      describeIndicator(indicator, from),
    ]);
    row.getCell(4).numFmt = weight.numFmt;
  }
  sheet.getColumn(1).font = { bold: true };
  widths.apply(sheet);
}

const OVER_PERIOD = {
  sum: '考核期内累计',
  end: '以期末年度数值考核',
  every_year: '每年均须达到',
  average: '按各年平均值考核',
  growth: '按年均增长率考核',
} as const;

// What a clerk should know about how an indicator is compared, in words.
function describeIndicator(indicator: Indicator, from: number): string {
  const notes: string[] = [];
  if (indicator.overPeriod !== undefined) notes.push(OVER_PERIOD[indicator.overPeriod]);
  if (indicator.overPeriod === 'growth') notes.push(`须填写基年 ${from - 1} 年的数值`);
  if (indicator.precision !== undefined) notes.push(`四舍五入保留 ${indicator.precision} 位小数后比较`);
  const t = indicator.tolerance;
  const amount = (a: ToleranceAmount): string =>
    `${toPlain(a.value)}${a.kind === 'percent' ? '%(按目标值计)' : indicator.unit}`;
  if (t !== undefined && t.kind !== 'sides') notes.push(`允许偏差 ±${amount(t)}`);
  if (t?.kind === 'sides' && t.below) notes.push(`允许低于目标 ${amount(t.below)}`);
  if (t?.kind === 'sides' && t.above) notes.push(`允许高于目标 ${amount(t.above)}`);
  if (!indicator.binding) notes.push('不计入总体目标');
  if (indicator.scoring === 'proportional') notes.push('按完成比例计分');
  return notes.join(';');
}

/** The name of a targets sheet's one worksheet. */
export const TARGETS_SHEET = '目标分解';

/**
 * Returns a targets sheet as .xlsx bytes: a frozen bold header, the key columns as text, each target a number cell
 * showing exactly its written decimals (text when a double would change it).
 */
export async function renderTargetsXlsx(plan: Plan, template: TargetsTemplate): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(TARGETS_SHEET);
  const widths = trackWidths(8);
  for (let c = 1; c <= template.keyColumns; c++) sheet.getColumn(c).numFmt = '@';
  sheet.addRow(template.header);
  widths.see(template.header);
  for (const texts of template.rows) {
    const row = sheet.addRow(texts.slice(0, template.keyColumns));
    texts.forEach((text, i) => {
      if (i < template.keyColumns || text === '') return;
      const { value, numFmt } = numberCell(text);
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.numFmt = numFmt;
    });
    widths.see(texts);
  }
  styleHeader(sheet, template.keyColumns);
  widths.apply(sheet);
  return writeWorkbook(workbook, plan.title, periodDate(plan.period.to));
}
