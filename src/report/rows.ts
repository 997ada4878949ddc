// The one rows-of-cells form of a result. The table, the CSV and the Markdown all read their values
// from here, so they cannot disagree about a number, a status word or who is accountable.
import type { IndicatorResult, Lang, Result, UnitResult } from '../model.js';
import { listCohortConsequences } from './cohort-rows.js';
import { groupThousands, isPositive } from './format.js';
import { GLYPHS, countWord, label, punctuation, type CsvColumn } from './labels.js';
import {
  isPointTable,
  isTargetlessItem,
  listPointColumns,
  pointCells,
  pointColumnHeader,
  pointItemCell,
  pointsText,
} from './points.js';

/** How a cell is coloured: the status it reports. */
export type Tone = 'met' | 'missed' | 'missing';

/** One cell: its exact text (decimals as given, no separators), whether it is a number, its tone. */
export interface Cell {
  text: string;
  numeric: boolean;
  tone?: Tone;
}

export type IndicatorField = Extract<
  CsvColumn,
  | 'indicator_id'
  | 'indicator_name'
  | 'unit_of_measure'
  | 'direction'
  | 'target'
  | 'actual'
  | 'status'
  | 'surplus'
  | 'indicator_score'
>;
export type UnitField = Extract<
  CsvColumn,
  | 'unit_id'
  | 'unit_name'
  | 'unit_score'
  | 'overall'
  | 'reward_yuan'
  | 'penalty_yuan'
  | 'net_yuan'
  | 'award_eligible'
  | 'grade_base'
  | 'grade_final'
>;
export type IndicatorCells = Record<IndicatorField, Cell>;

/** One unit of a result: its depth under its parents, its own cells, and its indicators' cells by id. */
export interface UnitRow {
  depth: number;
  cells: Record<UnitField, Cell>;
  indicators: Map<string, IndicatorCells>;
}

/** An indicator as a column of the unit table. */
export interface IndicatorColumn {
  id: string;
  name: string;
  unit?: string;
  direction?: 'at_least' | 'at_most' | 'approx';
  /** A point table's item value in points (分值), when above 0. */
  weight?: string;
}

/** A unit with at least one consequence: what befalls it and who answers for it. */
export interface AccountabilityEntry {
  id: string;
  name: string;
  consequences: string[];
  responsible: string[];
}

const OVERALL_TONE: Record<UnitResult['overall'], Tone> = { met: 'met', missed: 'missed', incomplete: 'missing' };
const ROLES = ['head', 'deputy', 'department_head', 'staff'] as const;

const text = (t: string): Cell => ({ text: t, numeric: false });
const num = (t: string | null | undefined): Cell => ({ text: t ?? '', numeric: true });

/** Returns the indicators of a result in order of first appearance (a unit lists only those it has a target for). */
export function listIndicatorColumns(result: Result): IndicatorColumn[] {
  const seen = new Map<string, IndicatorColumn>();
  // A point table's header also says each item's value (分值); an item with no target has no direction to show.
  const points = isPointTable(result);
  for (const unit of result.units) {
    for (const ind of unit.indicators) {
      if (seen.has(ind.id)) continue;
      const column: IndicatorColumn = { id: ind.id, name: ind.name ?? ind.id, unit: ind.unit };
      if (!points || !isTargetlessItem(ind)) column.direction = ind.direction;
      if (points && ind.weight !== undefined && !/^0(\.0*)?$/.test(ind.weight)) column.weight = ind.weight;
      seen.set(ind.id, column);
    }
  }
  return [...seen.values()];
}

/** Returns the cells of one indicator of one unit. */
export function buildIndicatorCells(ind: IndicatorResult, lang: Lang): IndicatorCells {
  // An event or a score given directly has no target: no target or surplus cell, only its count and points, and a
  // status only when its figure is missing (so a missing item never reads as a score of 0).
  const none = isTargetlessItem(ind);
  const status = none && ind.status !== 'missing' ? undefined : ind.status;
  return {
    indicator_id: text(ind.id),
    indicator_name: text(ind.name ?? ind.id),
    unit_of_measure: text(ind.unit ?? ''),
    direction: text(ind.direction && !none ? label(`direction.${ind.direction}`, lang) : ''),
    target: num(none ? '' : ind.target),
    actual: num(ind.actual),
    status: status === undefined ? text('') : { text: label(`status.${status}`, lang), numeric: false, tone: status },
    surplus: num(none ? '' : ind.surplus),
    indicator_score: num(ind.score),
  };
}

/** Returns one row per unit, in the result's order, with every cell in `lang`. */
export function buildUnitRows(result: Result, lang: Lang): UnitRow[] {
  const byId = new Map(result.units.map((u) => [u.id, u]));
  return result.units.map((unit) => buildUnitRow(unit, lang, byId));
}

/**
 * Returns one unit's row (as buildUnitRows gives it): its depth, its own cells, its indicators' cells. `byId` holds
 * the result's units by id, read only when the unit carries no depth (a result written by hand).
 */
export function buildUnitRow(unit: UnitResult, lang: Lang, byId: ReadonlyMap<string, UnitResult>): UnitRow {
  return {
    depth: unit.depth ?? depthOf(unit, byId),
    cells: {
      unit_id: text(unit.id),
      unit_name: text(unit.name),
      unit_score: num(unit.score),
      overall: { text: label(`overall.${unit.overall}`, lang), numeric: false, tone: OVERALL_TONE[unit.overall] },
      reward_yuan: num(unit.reward_yuan),
      penalty_yuan: num(unit.penalty_yuan),
      net_yuan: num(unit.net_yuan),
      award_eligible: unit.award_eligible ? text(label('yes', lang)) : { ...text(label('no', lang)), tone: 'missed' },
      grade_base: text(unit.grade?.base ?? ''),
      grade_final: {
        ...text(unit.grade?.final ?? ''),
        ...(unit.grade && unit.grade.steps_down > 0 ? { tone: 'missed' as const } : {}),
      },
    },
    indicators: new Map(unit.indicators.map((ind) => [ind.id, buildIndicatorCells(ind, lang)])),
  };
}

// A result from the core carries `depth`; one written by hand may not, so walk the parents (guarding a cycle).
function depthOf(unit: UnitResult, byId: ReadonlyMap<string, UnitResult>): number {
  let depth = 0;
  for (let p = unit.parent; p !== undefined && depth < byId.size; p = byId.get(p)?.parent) depth += 1;
  return depth;
}

/** Returns the totals as sentences: the unit counts, the money, and the city-budget line when rewards apply. */
export function buildTotalsLines(result: Result, lang: Lang): string[] {
  const t = result.totals;
  const lines = [
    label('totals.units', lang, { units: t.units, met: t.met, missed: t.missed, incomplete: t.incomplete }),
    label('totals.money', lang, {
      reward: groupThousands(t.reward_yuan),
      penalty: groupThousands(t.penalty_yuan),
      net: groupThousands(t.net_yuan),
    }),
  ];
  if (hasRewards(result)) lines.push(budgetLine(result.plan, lang));
  return lines;
}

// The budget line belongs to plans that reward: a per_person rule in the result, or money actually paid.
function hasRewards(result: Result): boolean {
  return (
    isPositive(result.totals.reward_yuan) || result.units.some((u) => u.rules?.some((r) => r.type === 'per_person'))
  );
}

/**
 * Returns the units with a fine, a withdrawn award, a downgrade, 末位 or a blame action (问责名单), each with its
 * consequences and responsible persons; with `praise`, the units with a prize or a praise action (表扬与奖励) instead.
 */
export function buildAccountability(result: Result, lang: Lang, praise = false): AccountabilityEntry[] {
  const entries: AccountabilityEntry[] = [];
  for (const unit of result.units) {
    const consequences = praise
      ? listCohortConsequences(result, unit, lang, 'praise')
      : [...listConsequences(unit, lang), ...listCohortConsequences(result, unit, lang)];
    if (consequences.length === 0) continue;
    const responsible = ROLES.flatMap((role) => {
      const who = unit.responsible[role];
      return who === undefined ? [] : [`${label(`role.${role}`, lang)} ${who}`];
    });
    entries.push({ id: unit.id, name: unit.name, consequences, responsible });
  }
  return praise ? entries.sort(byPrize(result)) : entries;
}

// 表扬与奖励 in the order the prizes are awarded: by prize (plan order), then place; units with none after, in order.
function byPrize(result: Result): (a: AccountabilityEntry, b: AccountabilityEntry) => number {
  const prizes = (result.cohort?.prizes ?? []).map((p) => p.name);
  const key = new Map(
    result.units.map((u) => {
      const first = (u.prizes ?? [])
        .map((p) => [prizes.indexOf(p.name), p.place] as const)
        .sort((x, y) => x[0] - y[0] || x[1] - y[1])[0];
      return [u.id, first ?? ([Number.MAX_SAFE_INTEGER, 0] as const)];
    }),
  );
  const none = [Number.MAX_SAFE_INTEGER, 0] as const;
  return (a, b) => {
    const [x, y] = [key.get(a.id) ?? none, key.get(b.id) ?? none];
    return x[0] - y[0] || x[1] - y[1];
  };
}

function listConsequences(unit: UnitResult, lang: Lang): string[] {
  const out: string[] = [];
  if (isPositive(unit.penalty_yuan))
    out.push(label('consequence.fine', lang, { yuan: groupThousands(unit.penalty_yuan) }));
  if (!unit.award_eligible) out.push(label('consequence.award_withdrawn', lang));
  // Each veto that fired, by name and plan line (一票否决 弄虚作假, plan.yaml:67:5).
  for (const veto of unit.vetoes ?? [])
    out.push(label('consequence.veto', lang, { name: veto.name ?? `#${veto.rule}`, source: veto.source }));
  const grade = describeDowngrade(unit, lang);
  if (grade !== undefined) out.push(grade);
  return out;
}

// A fired downgrade at the last level moves nothing (steps_down 0) but is still a consequence the clerk must see.
function describeDowngrade(unit: UnitResult, lang: Lang): string | undefined {
  const fired = (unit.rules ?? []).filter((r) => r.type === 'downgrade' && r.fired);
  const steps = unit.grade?.steps_down ?? 0;
  if (steps === 0 && fired.length === 0) return undefined;
  const firedSteps = fired.reduce((sum, r) => sum + (r.steps ?? 1), 0);
  const words = label('consequence.grade_down', lang, { n: countWord(Math.max(steps, firedSteps), lang) });
  if (!unit.grade) return words;
  const { base, final } = unit.grade;
  const where =
    base === final
      ? `${final}${punctuation(lang).comma}${label('consequence.grade_floor', lang)}`
      : `${base} ${GLYPHS.arrow} ${final}`;
  return lang === 'zh' ? `${words}(${where})` : `${words} (${where})`;
}

/** A cell as a grid shows it: display text (numbers already grouped), alignment and tone. */
export interface GridCell {
  text: string;
  align: 'left' | 'right';
  tone?: Tone;
}

export interface Grid {
  header: GridCell[];
  body: GridCell[][];
  footer: GridCell[];
  /** The unit table's item columns after the unit's (indicators, then a point table's groups). */
  items?: number;
  /** The unit table's section columns after the items (a point table's 一、二、加分…). */
  sections?: number;
}

const left = (text: string, tone?: Tone): GridCell => ({ text, align: 'left', tone });
const right = (text: string, tone?: Tone): GridCell => ({ text, align: 'right', tone });
const shown = (cell: Cell): GridCell =>
  cell.numeric ? right(groupThousands(cell.text), cell.tone) : left(cell.text, cell.tone);

/**
 * Returns the unit table of one result as display cells: header, one row per unit (names indented by depth), totals.
 */
export function buildUnitGrid(result: Result, lang: Lang): Grid {
  const columns = listIndicatorColumns(result);
  const points = isPointTable(result);
  const { groups, sections } = points ? listPointColumns(result) : { groups: [], sections: [] };
  const extra = [...groups, ...sections];
  const header = [
    left(label('col.unit', lang)),
    ...columns.map((c) => right(indicatorHeader(c, lang))),
    ...extra.map((c) => right(pointColumnHeader(c, lang))),
    right(label('col.score', lang)),
    left(label('col.overall', lang)),
    right(label('col.reward', lang)),
    right(label('col.penalty', lang)),
    right(label('col.net', lang)),
    left(label('col.award', lang)),
    left(label('col.grade', lang)),
  ];
  const body = buildUnitRows(result, lang).map((row, n) => {
    const unit = result.units[n]!;
    const cells = buildBodyRow(row, columns);
    if (!points) return cells;
    const items = columns.map((c) => pointItemCell(unit, c.id, lang));
    return [cells[0]!, ...items, ...pointCells(unit, groups, sections, lang), ...cells.slice(1 + columns.length)];
  });
  const t = result.totals;
  const counts = `${GLYPHS.met}${t.met} ${GLYPHS.missed}${t.missed} ${GLYPHS.missing}${t.incomplete}`;
  const footer = [
    left(label('totals.label', lang)),
    ...columns.map(() => left('')),
    ...extra.map(() => left('')),
    left(''),
    left(counts),
    right(groupThousands(t.reward_yuan)),
    right(groupThousands(t.penalty_yuan)),
    right(groupThousands(t.net_yuan)),
    left(''),
    left(''),
  ];
  return { header, body, footer, items: columns.length + groups.length, sections: sections.length };
}

/** Returns an indicator's column header: its name, with its unit and direction sign ("城镇新增就业(人,≥)"). */
export function indicatorHeader(column: IndicatorColumn, lang: Lang): string {
  const value = column.weight === undefined ? undefined : pointsText(column.weight, lang);
  const details = [column.unit, column.direction && GLYPHS[column.direction], value].filter((d) => d);
  if (details.length === 0) return column.name;
  return lang === 'zh' ? `${column.name}(${details.join(',')})` : `${column.name} (${details.join(', ')})`;
}

function buildBodyRow(row: UnitRow, columns: IndicatorColumn[]): GridCell[] {
  const c = row.cells;
  const base = c.grade_base.text;
  const final = c.grade_final.text;
  const grade = base === final ? left(base) : left(`${base} ${GLYPHS.arrow} ${final}`, c.grade_final.tone);
  return [
    left('  '.repeat(row.depth) + c.unit_name.text),
    ...columns.map((col) => indicatorCell(row, col.id)),
    shown(c.unit_score),
    shown(c.overall),
    shown(c.reward_yuan),
    shown(c.penalty_yuan),
    shown(c.net_yuan),
    shown(c.award_eligible),
    grade,
  ];
}

// "6,184/6,000 ✓": actual over target and a status mark; a missing actual is "-", an indicator the unit has no target
// for is blank.
function indicatorCell(row: UnitRow, id: string): GridCell {
  const ind = row.indicators.get(id);
  if (!ind) return right('');
  const actual = ind.actual.text === '' ? '-' : groupThousands(ind.actual.text);
  const tone = ind.status.tone ?? 'missing';
  return right(`${actual}/${groupThousands(ind.target.text)} ${GLYPHS[tone]}`, tone);
}

/** Returns the legend of the status marks, one toned cell per status. */
export function buildLegend(lang: Lang): GridCell[] {
  return (['met', 'missed', 'missing'] as const).map((s) => left(`${GLYPHS[s]} ${label(`status.${s}`, lang)}`, s));
}

const KNOWN_BUDGETS = [
  'budget.known.city',
  'budget.known.province',
  'budget.known.county',
  'budget.known.district',
] as const;

// A government's own budget, by the level its name ends with: 某市人民政府 pays from 市财政.
const LEVEL = /([省市县区])人民政府$/u;

/**
 * Returns the line saying where rewards are paid from: the plan's `budget` (市财政 → "the city budget" in English, any
 * other name as written); without one, the budget of the government that issued the plan (某市人民政府 → 市财政, as
 * the city plan's own text says); else the default wording.
 */
export function budgetLine(plan: Pick<Result['plan'], 'budget' | 'issuer'>, lang: Lang): string {
  const level = plan.issuer === undefined ? undefined : LEVEL.exec(plan.issuer)?.[1];
  const budget = plan.budget ?? (level === undefined ? undefined : `${level}财政`);
  if (budget === undefined) return label('budget.default', lang);
  const known = KNOWN_BUDGETS.find((key) => label(key, 'zh') === budget);
  return label('budget.from', lang, { budget: known === undefined ? budget : label(known, lang) });
}
