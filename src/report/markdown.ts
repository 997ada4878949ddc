// A GitHub-flavoured Markdown report, for a wiki page, a pull request or a printed memo: the same
// unit table as the terminal (rows.ts), the totals, and the accountability list as bullets.
import type { Lang, Result } from '../model.js';
import { joinBlocks, planHeading } from './format.js';
import type { RenderOptions } from './index.js';
import { label, punctuation } from './labels.js';
import { buildCohortLines, buildRankingTables } from './cohort-rows.js';
import { buildAccountability, buildLegend, buildTotalsLines, buildUnitGrid, type Grid, type GridCell } from './rows.js';

/** Returns the Markdown report of each result, one section per plan. */
export function renderMarkdown(results: Result[], opts: RenderOptions): string {
  return joinBlocks(results.map((r) => renderPlanMarkdown(r, opts.lang)));
}

function renderPlanMarkdown(result: Result, lang: Lang): string {
  const p = punctuation(lang);
  const legend = `${label('legend', lang)}${p.colon}${buildLegend(lang)
    .map((c) => escapeInline(c.text))
    .join(' ')}`;
  return [
    `## ${escapeInline(planHeading(result, lang))}`,
    renderGrid(result, lang),
    legend,
    ...buildTotalsLines(result, lang).map(escapeInline),
    ...buildRankingTables(result, lang).map((t) => `### ${escapeInline(t.title)}\n\n${renderCells(t.grid)}`),
    ...buildCohortLines(result, lang).map((l) =>
      l.startsWith('  ') ? `- ${escapeInline(l.trim())}` : escapeInline(l),
    ),
    ...(buildAccountability(result, lang, true).length > 0 ? [renderAccountability(result, lang, true)] : []),
    renderAccountability(result, lang),
  ].join('\n\n');
}

function renderGrid(result: Result, lang: Lang): string {
  return renderCells(buildUnitGrid(result, lang));
}

function renderCells(grid: Grid): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const footer = grid.footer.map((c, i) => (i === 0 ? `**${escapeCell(c.text)}**` : escapeCell(c.text)));
  return [
    row(grid.header.map((c) => escapeCell(c.text))),
    row(grid.header.map((c) => (c.align === 'right' ? '---:' : ':---'))),
    ...grid.body.map((cells) => row(cells.map(showCell))),
    ...(footer.length > 0 ? [row(footer)] : []),
  ].join('\n');
}

// Markdown trims a cell's leading spaces, so the depth indentation becomes non-breaking spaces.
function showCell(cell: GridCell): string {
  const indent = /^ */.exec(cell.text)?.[0].length ?? 0;
  return '&nbsp;'.repeat(indent) + escapeCell(cell.text.slice(indent));
}

// The accountability list (问责名单), or with `praise` the list of praise and prizes (表扬与奖励).
function renderAccountability(result: Result, lang: Lang, praise = false): string {
  const p = punctuation(lang);
  const entries = buildAccountability(result, lang, praise);
  const title = `### ${label(praise ? 'praise.title' : 'accountability.title', lang)}`;
  if (entries.length === 0) return `${title}\n\n${label('accountability.none', lang)}`;
  const bullets = entries.map((e) => {
    const head = `- **${escapeInline(e.name)}**${p.colon}${escapeInline(e.consequences.join(p.semicolon))}`;
    if (e.responsible.length === 0) return head;
    const persons = escapeInline(e.responsible.join(p.enumeration));
    return `${head}\n  - ${label('accountability.responsible', lang)}${p.colon}${persons}`;
  });
  return `${title}\n\n${bullets.join('\n')}`;
}

/** Returns text safe inside a table cell: pipes escaped, line breaks flattened, inline markup escaped. */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Returns text with Markdown's inline markup characters escaped, so a name prints as written. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#]/g, (ch) => `\\${ch}`);
}
