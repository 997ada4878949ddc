// What `kaohe template PLAN --targets` writes: the plan's units and their targets as a targets sheet
// that reads back (targets: FILE) to the same units — the header the sheet reader matches first, then one
// row per unit with its targets filled in (empty where a unit has none), so a plan's units can move out
// of its YAML into the table a bureau issues its split as. Pure: the CLI renders it as CSV or .xlsx.
import { toPlain } from '../decimal.js';
import type { Plan, Responsible, TargetsTemplate } from '../model.js';
import { SHEET_HEADERS } from './targets-sheet.js';

const PERSONS: (keyof Responsible)[] = ['head', 'deputy', 'department_head', 'staff'];

/**
 * Returns the targets sheet of a plan: 单位编号, 单位名称, 上级单位 (and 分组, 基础等次 and the responsible persons when any
 * unit has them: every field a plan's unit can have), then 指标名称(计量单位) per indicator; targets as plain decimal
 * text in the indicator's own unit; a unit's group as the group's id.
 */
export function buildTargetsTemplate(plan: Plan): TargetsTemplate {
  const persons = PERSONS.filter((p) => plan.units.some((u) => u.responsible[p] !== undefined));
  const grades = plan.units.some((u) => u.baseGrade !== undefined);
  const groupOf = plan.cohort?.unitGroups ?? new Map<string, string>();
  const groups = plan.units.some((u) => groupOf.has(u.id));
  const keys = [SHEET_HEADERS.id, SHEET_HEADERS.name, SHEET_HEADERS.parent];
  if (groups) keys.push(SHEET_HEADERS.group);
  if (grades) keys.push(SHEET_HEADERS.base_grade);
  for (const p of persons) keys.push(SHEET_HEADERS[p]);
  const header = [...keys, ...plan.indicators.map((i) => `${i.name}(${i.unit})`)];
  const rows = plan.units.map((u) => [
    u.id,
    u.name,
    u.parent ?? '',
    ...(groups ? [groupOf.get(u.id) ?? ''] : []),
    ...(grades ? [u.baseGrade ?? ''] : []),
    ...persons.map((p) => u.responsible[p] ?? ''),
    ...plan.indicators.map((i) => {
      const target = u.targets.get(i.id);
      return target === undefined ? '' : toPlain(target.value);
    }),
  ]);
  return { header, keyColumns: keys.length, rows };
}
