// What a point table (评分细则) adds to every format: each item's points beside its actual, a column per group of
// indicators and per section (一、二、加分…) with its subtotal, and the lines that sum a unit up (items, groups,
// sections, bonus, total) for the formats that write sentences (junit, github). A plan without a point-table
// feature keeps its cells as they were ("6,184/6,000 ✓"), so the seed plans' reports do not change.
import { D } from '../decimal.js';
import type { MethodName } from '../methods/define-method.js';
import { methodDefinition } from '../methods/index.js';
import type { GroupResult, IndicatorResult, Lang, Result, SectionResult, UnitResult, VetoFired } from '../model.js';
import { groupThousands } from './format.js';
import { GLYPHS, label, punctuation } from './labels.js';
import type { GridCell } from './rows.js';

/** How a cell is coloured (the same tones as rows.ts). */
type Tone = 'met' | 'missed' | 'missing';

/** A group of indicators or a section, as a column of the unit table: id, title and value in points. */
export interface PointColumn {
  id: string;
  name: string;
  points: string;
}

/** Returns whether a result scores points: a section, a group or a point-table method on any item of any unit. */
export function isPointTable(result: Result): boolean {
  return result.units.some(isPointUnit);
}

/** Returns whether a unit's result scores points: a section, a group or a point-table method on any of its items. */
export function isPointUnit(u: UnitResult): boolean {
  return u.sections !== undefined || u.groups !== undefined || u.indicators.some((i) => i.method !== undefined);
}

/** Returns whether an item needs no target (an event counted per unit, points given directly). */
export function isTargetlessItem(ind: Pick<IndicatorResult, 'method'>): boolean {
  return ind.method !== undefined && methodDefinition(ind.method as MethodName).targetless;
}

/** Returns points as a clerk reads them: "2.5分" / "2.5 pt". */
export function pointsText(points: string, lang: Lang): string {
  return label('points.value', lang, { points });
}

/** Returns the groups and the sections of a result, each in order of first appearance. */
export function listPointColumns(result: Result): { groups: PointColumn[]; sections: PointColumn[] } {
  const groups = new Map<string, PointColumn>();
  const sections = new Map<string, PointColumn>();
  for (const unit of result.units) {
    for (const g of unit.groups ?? [])
      if (!groups.has(g.id)) groups.set(g.id, { id: g.id, name: g.name, points: g.points });
    for (const s of unit.sections ?? [])
      if (!sections.has(s.id)) sections.set(s.id, { id: s.id, name: s.title, points: s.points ?? s.cap ?? '' });
  }
  return { groups: [...groups.values()], sections: [...sections.values()] };
}

/** Returns a group's or section's column header: "一、目标任务(24分)" / "一、目标任务 (24 pt)". */
export function pointColumnHeader(column: PointColumn, lang: Lang): string {
  return label('points.header', lang, { name: column.name, points: column.points });
}

/** Returns a section's cell: its score, or "11.5 → 10" when its caps or floor held its subtotal. */
export function sectionCellText(section: SectionResult): string {
  return section.subtotal === section.score ? section.score : `${section.subtotal} ${GLYPHS.arrow} ${section.score}`;
}

/** Returns a group's cell: its points, toned missed when a member was missed, missing when one has no actual. */
export function groupCell(group: GroupResult, lang: Lang): { text: string; tone?: Tone } {
  const tone = group.status === 'met' ? undefined : group.status;
  return { text: pointsText(group.score, lang), ...(tone && { tone }) };
}

/**
 * Returns an item's cell in a point table: "96.2/95 ✓ 2分" (actual over target, mark, points); a group's member
 * without its points ("97.9/98 ✗": the group's column has them); an item with no target "25 → 2.5分" (count or
 * points given, then the points; "58.5分" when the points are those given), toned missed when it cost points; a
 * missing actual "-/95 ?" or "- ?".
 */
export function itemCell(ind: IndicatorResult, lang: Lang): { text: string; tone: Tone | undefined } {
  const actual = ind.actual === null || ind.actual === undefined ? '-' : groupThousands(ind.actual);
  const points = pointsText(ind.score, lang);
  if (isTargetlessItem(ind)) {
    if (ind.status === 'missing') return { text: `${actual} ${GLYPHS.missing}`, tone: 'missing' };
    // Points given directly are the item's points, unless held to its value (70 given → 65分).
    const same = ind.method === 'direct' && ind.actual !== null && new D(ind.actual).eq(ind.score);
    return {
      text: same ? points : `${actual} ${GLYPHS.arrow} ${points}`,
      tone: costsPoints(ind) ? 'missed' : undefined,
    };
  }
  const mark = `${actual}/${groupThousands(ind.target)} ${GLYPHS[ind.status]}`;
  return { text: ind.group === undefined ? `${mark} ${points}` : mark, tone: ind.status };
}

/** Returns whether an event item cost the unit points: counted (status missed) and below its value. */
export function costsPoints(ind: IndicatorResult): boolean {
  return (
    isTargetlessItem(ind) && ind.status === 'missed' && ind.weight !== undefined && new D(ind.score).lt(ind.weight)
  );
}

/**
 * Returns a unit's points in sentences, one a line: each item ("创业成功率: 63/60 ✓ 2分"), each group with its
 * misses, each section (with the cap that held it), the bonus and the total of the most it could score.
 */
export function describeUnitPoints(unit: UnitResult, lang: Lang): string[] {
  const items = unit.indicators.map((ind) =>
    label('points.item', lang, { name: ind.name ?? ind.id, cell: itemCell(ind, lang).text }),
  );
  const groups = (unit.groups ?? []).map((g) =>
    label('points.group', lang, {
      name: g.name,
      score: g.score,
      points: g.points,
      missed: g.missed?.length ?? 0,
      per_miss: g.per_miss ?? '0',
    }),
  );
  const sections = (unit.sections ?? []).map((s) => {
    const vars = { title: s.title, subtotal: s.subtotal, score: s.score, points: s.points ?? '' };
    if (s.subtotal === s.score) return label('points.section', lang, vars);
    // 按最高分折算: scaled by cap ÷ top, not held to a cap (the subtotal may be under it).
    const n = s.normalised;
    if (n?.applied) return label('points.section_normalised', lang, { ...vars, cap: n.cap, top: n.top });
    return label('points.section_capped', lang, vars);
  });
  const bonus = unit.bonus === undefined ? [] : [label('points.bonus', lang, { bonus: unit.bonus })];
  const total = label('points.total', lang, { score: unit.score, max: unit.max_score ?? '' });
  return [...items, ...groups, ...sections, ...bonus, total];
}

/** The columns a point table adds to the CSV and to the sheets of units × items, each a label `csv.<column>`. */
export const POINT_CSV_COLUMNS = [
  'weight',
  'group',
  'group_score',
  'section',
  'section_subtotal',
  'section_score',
  'bonus',
  'max_score',
  'vetoes',
] as const;

/**
 * Returns the point-table cells of one unit × item row, in POINT_CSV_COLUMNS order: the item's value, its group and
 * the group's points, its section (title) with the section's subtotal and points, then the unit's bonus, the most it
 * could score and the vetoes that fired ("弄虚作假 (plan.yaml:169:5)", joined by ";"). Blank where none applies.
 */
export function pointCsvCells(unit: UnitResult, ind: IndicatorResult | undefined): string[] {
  const group = ind?.group === undefined ? undefined : unit.groups?.find((g) => g.id === ind.group);
  const sectionId = ind?.section ?? group?.section;
  const section = sectionId === undefined ? undefined : unit.sections?.find((s) => s.id === sectionId);
  const vetoes = (unit.vetoes ?? []).map((v) => `${v.name ?? `#${v.rule}`} (${v.source})`);
  return [
    ind?.weight ?? '',
    group?.name ?? '',
    group?.score ?? '',
    section?.title ?? '',
    section?.subtotal ?? '',
    section?.score ?? '',
    unit.bonus ?? '',
    unit.max_score ?? '',
    vetoes.join(';'),
  ];
}

/**
 * Returns a fired veto in words: its name, what fired it and what it did ("一票否决 弄虚作假:fraud_cases 次数 1 > 0 →
 * 不得评为优秀、取消评先资格").
 */
export function describeVeto(veto: VetoFired, lang: Lang, scoreBefore?: string): string {
  const condition =
    veto.when === 'overall_missed'
      ? label('explain.veto.overall_missed', lang)
      : veto.when === 'indicator_missed'
        ? label('explain.veto.indicator_missed', lang, { id: veto.indicator ?? '' })
        : veto.count === undefined
          ? label('explain.veto.event', lang, { id: veto.indicator ?? '' })
          : label('explain.veto.event_count', lang, { id: veto.indicator ?? '', count: veto.count });
  const effects = [
    ...(veto.grade === undefined ? [] : [label('explain.veto.grade', lang, { level: veto.grade })]),
    ...(veto.bar === undefined ? [] : [label('explain.veto.bar', lang, { level: veto.bar })]),
    ...(veto.zero_score ? [label('explain.veto.zero_score', lang, { before: scoreBefore ?? '' })] : []),
    ...(veto.withdraw_award ? [label('explain.veto.withdraw_award', lang)] : []),
  ];
  const name = veto.name ?? `#${veto.rule}`;
  const head = label('points.veto', lang, { name });
  return `${head}${punctuation(lang).colon}${condition} ${GLYPHS.arrow} ${effects.join(punctuation(lang).enumeration)}`;
}

/** Returns a point table's item cell for the grid: actual/target, mark and points, or count → points. */
export function pointItemCell(unit: UnitResult, id: string, lang: Lang): GridCell {
  const ind = unit.indicators.find((i) => i.id === id);
  if (!ind) return gridCell('');
  const cell = itemCell(ind, lang);
  return gridCell(cell.text, cell.tone);
}

/** Returns the unit's group and section cells for the grid, in the columns' order (blank where it has none). */
export function pointCells(unit: UnitResult, groups: PointColumn[], sections: PointColumn[], lang: Lang): GridCell[] {
  return [
    ...groups.map((c) => {
      const g = unit.groups?.find((x) => x.id === c.id);
      if (!g) return gridCell('');
      const cell = groupCell(g, lang);
      return gridCell(cell.text, cell.tone);
    }),
    ...sections.map((c) => {
      const s = unit.sections?.find((x) => x.id === c.id);
      return gridCell(s === undefined ? '' : sectionCellText(s));
    }),
  ];
}

// A grid cell of a point column: right-aligned, as numbers are.
const gridCell = (text: string, tone?: Tone): GridCell => ({ text, align: 'right', ...(tone && { tone }) });
