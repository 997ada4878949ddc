// `diff --format html`: what changed between two results (or two plans) as a printable page in the same
// self-contained shell as the score report — a table per plan of the changed fields, then its totals.
// The lines are diff-rows.ts's, as the terminal's and the Markdown's are, so no format disagrees.
import type { PlanDiff, ResultDiff } from '../core/diff.js';
import type { AnyDiff, DiffRenderOptions } from './diff.js';
import { COLUMNS, cellsOf, heading, planFooter, show } from './diff.js';
import { buildDiffLines, buildPlanDiffCells, diffWord } from './diff-rows.js';
import { htmlPage } from './html-page.js';
import { label } from './labels.js';
import { escapeHtml as esc } from './html-text.js';

/** Returns the diff as one HTML page: a section per plan (results) or one table of changed settings (plans). */
export function renderDiffHtml(diff: AnyDiff, opts: DiffRenderOptions): string {
  const title = label(diff.kind === 'results' ? 'html.diffTitle' : 'html.diffPlans', opts.lang);
  const body = diff.kind === 'results' ? resultsBody(diff, opts) : plansBody(diff, opts);
  return htmlPage(
    title,
    opts.lang,
    [`<h1>${esc(title)}</h1>`, `<p class="meta">${esc(`${opts.old} → ${opts.new}`)}</p>`, body].join('\n'),
  );
}

// Numbers (old, new, delta) right-aligned; the first three columns are words.
function row(cells: string[], numeric: (i: number) => boolean): string {
  return `<tr>${cells.map((c, i) => `<td${numeric(i) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`;
}

function tableOf(header: string[], rows: string[]): string {
  const head = `<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  return `<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function resultsBody(diff: ResultDiff, opts: DiffRenderOptions): string {
  const { lang } = opts;
  const lines = buildDiffLines(diff, lang);
  return diff.plans
    .map((p) => {
      const own = lines.filter((l) => l.plan === p.id);
      const table =
        own.length === 0
          ? ''
          : tableOf(
              COLUMNS.map((c) => diffWord(c, lang)),
              own.map((l) => row(cellsOf(l, lang), (i) => i >= 3)),
            );
      const footer = planFooter(p, lang).map((t) => `<p>${esc(t)}</p>`);
      return ['<section class="part">', `<h2>${esc(heading(p))}</h2>`, table, ...footer, '</section>'].join('\n');
    })
    .join('\n');
}

function plansBody(diff: PlanDiff, opts: DiffRenderOptions): string {
  const { lang } = opts;
  // Only a number has a delta, and only a number is grouped: a period of 2010 stays 2010 (as the terminal shows it).
  const cells = buildPlanDiffCells(diff, lang).map(
    ([path = '', change = '', old = '', now = '', delta = '', source = '']) => {
      const shown = (v: string): string => (delta === '' ? v : show(v));
      return [path, change, shown(old), shown(now), show(delta), source];
    },
  );
  if (cells.length === 0) return `<p>${esc(diffWord('noPlanChanges', lang))}</p>`;
  const header = (['path', 'change', 'old', 'new', 'delta', 'source'] as const).map((h) => diffWord(h, lang));
  return tableOf(
    header,
    cells.map((c) => row(c, (i) => i >= 2 && i <= 4)),
  );
}
