// The cohort phase in the HTML report (考核通报): a ranking table per unit group (排名) and the cohort's lines — the
// graded list, each quota's arithmetic (30% × 7 = 2.1 → 2), prizes with the units passed over, 末位 and last year's
// file. The tables and lines are the ones the terminal table and markdown show (cohort-rows.ts), so they agree.
import type { Lang, Result } from '../model.js';
import { buildCohortLines, buildRankingTables } from './cohort-rows.js';
import { escapeHtml as esc } from './html-text.js';
import { cohortLabel } from './cohort-labels.js';
import type { GridCell } from './rows.js';

/** Returns the report's 排名 part: one table per unit group and the cohort's lines; "" when the result has no cohort. */
export function rankingPart(result: Result, lang: Lang): string {
  const tables = buildRankingTables(result, lang);
  if (tables.length === 0) return '';
  const lines = buildCohortLines(result, lang);
  return [
    '<section class="part ranking">',
    `<h2>${esc(cohortLabel('html.ranking', lang))}</h2>`,
    ...tables.flatMap((t) => [`<h3>${esc(t.title)}</h3>`, gridTable(t.grid.header, t.grid.body)]),
    // An indented line (a unit passed over for a prize, a level of the graded list) stays under its heading.
    ...lines.map((l) => (l.startsWith('  ') ? `<p class="sub">${esc(l.trim())}</p>` : `<p>${esc(l)}</p>`)),
    '</section>',
  ].join('\n');
}

function cellOf(cell: GridCell): string {
  const cls = [cell.align === 'right' ? 'n' : '', cell.tone ?? ''].filter(Boolean).join(' ');
  return `<td${cls ? ` class="${cls}"` : ''}>${esc(cell.text)}</td>`;
}

function gridTable(header: readonly GridCell[], body: readonly GridCell[][]): string {
  const head = `<thead><tr>${header.map((h) => `<th>${esc(h.text)}</th>`).join('')}</tr></thead>`;
  const rows = body.map((row) => `<tr>${row.map(cellOf).join('')}</tr>`).join('\n');
  return `<table class="ranks">\n${head}\n<tbody>\n${rows}\n</tbody>\n</table>`;
}
