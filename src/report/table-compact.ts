// The terminal table's compact layout, for a plan whose full grid is wider than the terminal: the
// units with the summary columns only (score, overall, money, grade), and under them each unit's
// missed (or missing) indicators, one line each, so 15 indicators never become 400 columns.
import type { IndicatorResult, Lang, Result } from '../model.js';
import { groupThousands } from './format.js';
import { GLYPHS, label, punctuation } from './labels.js';
import { costsPoints, isPointTable, isTargetlessItem, itemCell } from './points.js';
import { indicatorHeader, listIndicatorColumns, type Grid, type GridCell, type Tone } from './rows.js';

// The grid's columns after the indicators: score, overall, reward, fine, net, award, grade.
const AWARD = 5;
const MONEY = [2, 3, 4];
const GRADE = 6;

/**
 * Returns the unit grid without its item columns (indicators, groups) and the award column (the accountability list
 * says whose award is withdrawn); the money columns go too when every unit's money is 0, the grade column when no
 * unit is graded.
 */
export function compactGrid(grid: Grid): Grid {
  // A point table's section columns stay: they are the unit's summary (一、二、加分…), as the score is.
  const items = grid.items ?? 0;
  const sections = grid.sections ?? 0;
  const tail = (row: GridCell[]): GridCell[] => row.slice(1 + items);
  const empty = (k: number): boolean => grid.body.every((row) => /^0?$/.test(tail(row)[k]?.text.trim() ?? ''));
  const [award, money, grade] = [AWARD + sections, MONEY.map((k) => k + sections), GRADE + sections];
  const drop = new Set([award, ...(money.every(empty) ? money : []), ...(empty(grade) ? [grade] : [])]);
  const keep = (row: GridCell[]): GridCell[] => [row[0]!, ...tail(row).filter((_, k) => !drop.has(k))];
  return { header: keep(grid.header), body: grid.body.map(keep), footer: keep(grid.footer) };
}

/** One line under the compact table: a unit's name, or one of its indicators that is not met. */
export interface MissedLine {
  text: string;
  tone?: Tone;
  unit?: boolean;
}

/**
 * Returns the lines listing each unit's missed and missing indicators: a title, then per unit its name and one
 * indented line per indicator ("城镇登记失业率(%,≤) 4.4/4.3 ✗ 未达标"); "none" when every indicator is met.
 */
export function buildMissedLines(result: Result, lang: Lang): MissedLine[] {
  const p = punctuation(lang);
  const headers = new Map(listIndicatorColumns(result).map((c) => [c.id, indicatorHeader(c, lang)]));
  const points = isPointTable(result);
  const lines: MissedLine[] = [];
  for (const unit of result.units) {
    // In a point table an item with no target is listed only when it cost points (an event deducted).
    const notMet = unit.indicators.filter((i) =>
      points && isTargetlessItem(i) ? costsPoints(i) || i.status === 'missing' : i.status !== 'met',
    );
    if (notMet.length === 0) continue;
    lines.push({ text: `  ${unit.name}`, unit: true });
    for (const ind of notMet) {
      const name = headers.get(ind.id) ?? ind.id;
      lines.push({ text: `    ${name} ${points ? pointLine(ind, lang) : plainLine(ind, lang)}`, tone: ind.status });
    }
  }
  const title = label(points ? 'compact.not_full' : 'compact.missed', lang);
  if (lines.length === 0) return [{ text: `${title}${p.colon}${label('accountability.none', lang)}` }];
  return [{ text: title }, ...lines];
}

// "4.4/4.3 ✗ 未达标": actual over target, mark and status word.
function plainLine(ind: IndicatorResult, lang: Lang): string {
  const actual = ind.actual === null || ind.actual === undefined ? '-' : groupThousands(ind.actual);
  return `${actual}/${groupThousands(ind.target ?? '')} ${GLYPHS[ind.status]} ${label(`status.${ind.status}`, lang)}`;
}

// A point table's line: the item's cell with its points, then the status word, or "扣分" for an event that cost points.
function pointLine(ind: IndicatorResult, lang: Lang): string {
  const said = costsPoints(ind) ? label('points.deducted', lang) : label(`status.${ind.status}`, lang);
  return `${itemCell(ind, lang).text} ${said}`;
}
