// The default `score` format: for a clerk at a terminal. One boxed table per plan, columns as wide
// as their content (CJK counted as two columns), numbers right-aligned with thousands separators.
// A grid wider than the terminal (opts.width) becomes the compact layout: units × the summary columns,
// then each unit's missed indicators under it; opts.wide keeps the full grid whatever the width.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang, Result } from '../model.js';
import { joinBlocks, padCell, planHeading, widthOf } from './format.js';
import type { RenderOptions } from './index.js';
import { label, punctuation } from './labels.js';
import { buildCohortLines, buildRankingTables } from './cohort-rows.js';
import { buildAccountability, buildLegend, buildTotalsLines, buildUnitGrid, type Grid, type GridCell } from './rows.js';
import { buildMissedLines, compactGrid } from './table-compact.js';

/** Returns the table report of each result, one after another. */
export function renderTable(results: Result[], opts: RenderOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  return joinBlocks(results.map((r) => renderPlanTable(r, opts, chalk)));
}

function renderPlanTable(result: Result, opts: RenderOptions, chalk: ChalkInstance): string {
  const { lang } = opts;
  const grid = buildUnitGrid(result, lang);
  let drawn = drawGrid(grid, chalk);
  let missed: string[] = [];
  const tooWide = opts.width !== undefined && widthOf(drawn[0] ?? '') > opts.width;
  if (tooWide && !opts.wide) {
    drawn = drawGrid(compactGrid(grid), chalk);
    missed = [label('compact.hint', lang), '', ...buildMissedLines(result, lang).map((m) => paintMissed(m, chalk)), ''];
  }
  const lines = [chalk.bold(planHeading(result, lang)), ...drawn, ...missed];
  lines.push(renderLegend(lang, chalk), ...buildTotalsLines(result, lang));
  for (const ranking of buildRankingTables(result, lang))
    lines.push('', chalk.bold(ranking.title), ...drawGrid(ranking.grid, chalk));
  const cohort = buildCohortLines(result, lang);
  if (cohort.length > 0) lines.push('', ...cohort);
  const praise = renderAccountability(result, lang, chalk, true);
  if (praise.length > 0) lines.push('', ...praise);
  lines.push('', ...renderAccountability(result, lang, chalk));
  return lines.join('\n');
}

/** Returns the grid's lines, boxed, each exactly as wide as the others. */
function drawGrid(grid: Grid, chalk: ChalkInstance): string[] {
  const all = [grid.header, ...grid.body, ...(grid.footer.length > 0 ? [grid.footer] : [])];
  // reduce, not Math.max(...): a national table has more rows than a call may take arguments
  const widths = grid.header.map((_, i) => all.reduce((w, row) => Math.max(w, widthOf(row[i]?.text ?? '')), 0));
  const rule = (l: string, m: string, r: string): string => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const line = (row: GridCell[]): string =>
    `│ ${row.map((cell, i) => padCell(paint(cell, chalk), widths[i] ?? 0, cell.align)).join(' │ ')} │`;
  return [
    rule('┌', '┬', '┐'),
    line(grid.header),
    rule('├', '┼', '┤'),
    ...grid.body.map(line),
    ...(grid.footer.length > 0 ? [rule('├', '┼', '┤'), line(grid.footer)] : []),
    rule('└', '┴', '┘'),
  ];
}

// Colour says the status (met green, missed red, missing yellow); with colour off chalk adds nothing.
function paint(cell: GridCell, chalk: ChalkInstance): string {
  if (cell.tone === 'met') return chalk.green(cell.text);
  if (cell.tone === 'missed') return chalk.red(cell.text);
  if (cell.tone === 'missing') return chalk.yellow(cell.text);
  return cell.text;
}

// A missed indicator's line in its status colour; a unit's name in bold.
function paintMissed(line: { text: string; tone?: GridCell['tone']; unit?: boolean }, chalk: ChalkInstance): string {
  return line.unit ? chalk.bold(line.text) : paint({ text: line.text, align: 'left', tone: line.tone }, chalk);
}

function renderLegend(lang: Lang, chalk: ChalkInstance): string {
  return `${label('legend', lang)}${punctuation(lang).colon}${buildLegend(lang)
    .map((m) => paint(m, chalk))
    .join('  ')}`;
}

/**
 * Returns the accountability list (问责名单): each unit with a consequence, then its responsible persons; with `praise`,
 * the list of praise and prizes (表扬与奖励) instead, in green, or no lines when no unit has any.
 */
function renderAccountability(result: Result, lang: Lang, chalk: ChalkInstance, praise = false): string[] {
  const p = punctuation(lang);
  const entries = buildAccountability(result, lang, praise);
  const title = chalk.bold(label(praise ? 'praise.title' : 'accountability.title', lang));
  if (entries.length === 0 && praise) return [];
  if (entries.length === 0) return [`${title}${p.colon}${label('accountability.none', lang)}`];
  const paint = praise ? chalk.green : chalk.red;
  return [
    title,
    ...entries.flatMap((e) => {
      const who =
        e.responsible.length === 0
          ? []
          : [`    ${label('accountability.responsible', lang)}${p.colon}${e.responsible.join(p.enumeration)}`];
      return [`  ${chalk.bold(e.name)}${p.colon}${paint(e.consequences.join(p.semicolon))}`, ...who];
    }),
  ];
}
