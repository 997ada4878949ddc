// `score --format html`: the printable 考核通报 — one self-contained page (styles inline, charts as inline
// SVG drawn now, no script, no font or image to fetch) that opens from a USB stick on an offline PC and
// prints on A4. Per plan: the summary and the results by unit, the charts, the indicators by unit in
// tables of at most INDICATORS_PER_TABLE columns (so a 15-indicator plan is never clipped), and the
// accountability list. Every value is the result's exact text, grouped as the terminal table groups it.
import type { Lang, Result } from '../model.js';
import { renderChartSvg } from './charts.js';
import { groupThousands, planHeading } from './format.js';
import { buildPlanCharts, chartedUnits, completionText } from './html-charts.js';
import { rankOf, rankText } from './ranks.js';
import { rankingPart } from './html-cohort.js';
import { htmlPage } from './html-page.js';
import { isPointTable, isTargetlessItem, itemCell, pointsText } from './points.js';
import { escapeHtml as esc } from './html-text.js';
import type { RenderOptions } from './index.js';
import { GLYPHS, label, punctuation } from './labels.js';
import {
  buildAccountability,
  buildTotalsLines,
  buildUnitGrid,
  indicatorHeader,
  listIndicatorColumns,
  type GridCell,
} from './rows.js';

/** The most indicator columns one table holds: five fit an A4 page's width beside the unit names. */
export const INDICATORS_PER_TABLE = 5;

/** Returns the HTML report of the results: one page, a section per plan; the text ends in "\n". */
export function renderHtml(results: Result[], opts: RenderOptions): string {
  const { lang } = opts;
  const title =
    results.length === 1 ? `${results[0]!.plan.title} ${label('html.report', lang)}` : label('html.report', lang);
  return htmlPage(title, lang, results.map((r) => renderPlan(r, lang)).join('\n'));
}

function renderPlan(result: Result, lang: Lang): string {
  return [
    `<section class="plan" id="plan-${esc(result.plan.id)}">`,
    summaryPart(result, lang),
    chartsPart(result, lang),
    rankingPart(result, lang),
    indicatorsPart(result, lang),
    ...(buildAccountability(result, lang, true).length > 0 ? [accountabilityPart(result, lang, true)] : []),
    accountabilityPart(result, lang),
    '</section>',
  ]
    .filter((part) => part !== '') // the 排名 part is absent without a cohort
    .join('\n');
}

function summaryPart(result: Result, lang: Lang): string {
  const { plan } = result;
  const p = punctuation(lang);
  const meta = [
    plan.issuer && `${label('html.issuer', lang)}${p.colon}${plan.issuer}`,
    plan.document && `${label('html.document', lang)}${p.colon}${plan.document}`,
  ].filter((t): t is string => Boolean(t));
  const madeBy = label('html.madeBy', lang, { version: result.kaohe_version ?? '' });
  return [
    '<section class="part summary">',
    `<h1>${esc(planHeading(result, lang))}</h1>`,
    meta.length > 0 ? `<p class="meta">${meta.map(esc).join(' · ')}</p>` : '',
    `<h2>${esc(label('html.summary', lang))}</h2>`,
    ...buildTotalsLines(result, lang).map((line) => `<p>${esc(line)}</p>`),
    `<h3>${esc(label('html.results', lang))}</h3>`,
    resultsTable(result, lang),
    `<p class="note">${esc(madeBy)}${p.colon}${result.inputs.map((i) => esc(i.path)).join(p.enumeration)}</p>`,
    '</section>',
  ].join('\n');
}

// The terminal table's summary columns (a point table's groups and sections, score to grade), cell for cell, without
// the indicator columns.
function resultsTable(result: Result, lang: Lang): string {
  const grid = buildUnitGrid(result, lang);
  // The indicators are in the indicators part; a point table's groups and sections stay here with the total.
  const indicators = listIndicatorColumns(result).length;
  // A column no unit fills (no grades, no award rule) is left out rather than printed empty.
  const filled = grid.header.map((_, i) => i === 0 || grid.body.some((row) => row[i]?.text !== ''));
  const keep = (row: GridCell[]): GridCell[] => row.filter((_, i) => filled[i] && (i === 0 || i > indicators));
  // The rank within the unit's group, once the cohort phase ranks (issue #12).
  const ranks = result.units.map(rankOf);
  const ranked = ranks.some((r) => r !== undefined);
  const rankCell = (i: number): string[] => {
    const rank = ranks[i];
    return ranked ? [`<td>${rank === undefined ? '' : esc(rankText(rank, lang))}</td>`] : [];
  };
  return table(
    [...keep(grid.header).map((c) => c.text), ...(ranked ? [label('report.rank', lang)] : [])],
    grid.body.map((row, i) => [...keep(row).map(tdOf), ...rankCell(i)]),
    [...keep(grid.footer).map(tdOf), ...(ranked ? ['<td></td>'] : [])],
  );
}

function tdOf(cell: GridCell, index: number): string {
  const cls = [cell.align === 'right' ? 'n' : '', cell.tone ?? ''].filter(Boolean).join(' ');
  if (index === 0) {
    // The grid indents a child unit by two spaces a level: here a padding (a CJK font's space is a sliver).
    const name = cell.text.trimStart();
    return unitCell(name, (cell.text.length - name.length) / 2);
  }
  return `<td${cls ? ` class="${cls}"` : ''}>${esc(cell.text)}</td>`;
}

/** Returns a unit's name cell, indented by its depth under its parents. */
function unitCell(name: string, depth: number): string {
  return depth > 0 ? `<td style="padding-left:${depth * 1.5 + 0.3}em">${esc(name)}</td>` : `<td>${esc(name)}</td>`;
}

function table(header: string[], body: string[][], footer?: string[], cls?: string): string {
  const head = `<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  const foot = footer ? `<tfoot><tr>${footer.join('')}</tr></tfoot>` : '';
  const rows = body.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}>\n${head}\n${foot}\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function chartsPart(result: Result, lang: Lang): string {
  const charts = buildPlanCharts(result, lang);
  const charted = chartedUnits(result).length;
  const tooMany =
    charted < result.units.length
      ? `<p class="note">${esc(label('html.tooMany', lang, { n: result.units.length, charted }))}</p>`
      : '';
  return [
    '<section class="part charts">',
    `<h2>${esc(label('html.charts', lang))}</h2>`,
    tooMany,
    ...charts.map((spec) => `<figure>${renderChartSvg(spec)}</figure>`),
    '</section>',
  ].join('\n');
}

// Units down, indicators across in tables of INDICATORS_PER_TABLE: "actual / target" over "completion% mark".
function indicatorsPart(result: Result, lang: Lang): string {
  const columns = listIndicatorColumns(result);
  const points = isPointTable(result);
  const unitWord = label('col.unit', lang);
  const tables: string[] = [];
  for (let from = 0; from < columns.length; from += INDICATORS_PER_TABLE) {
    const part = columns.slice(from, from + INDICATORS_PER_TABLE);
    const header = [unitWord, ...part.map((c) => indicatorHeader(c, lang))];
    const body = result.units.map((unit) => {
      const byId = new Map(unit.indicators.map((i) => [i.id, i]));
      return [
        unitCell(unit.name, unit.depth ?? 0),
        ...part.map((c) => {
          const ind = byId.get(c.id);
          if (!ind) return '<td class="n"></td>';
          // A point table's item with no target (an event, a score given) shows its count and points only.
          if (points && isTargetlessItem(ind)) {
            const cell = itemCell(ind, lang);
            return `<td${cell.tone ? ` class="${cell.tone}"` : ''}>${esc(cell.text)}</td>`;
          }
          const actual = ind.actual === null || ind.actual === undefined ? '-' : groupThousands(ind.actual);
          const pct = completionText(ind);
          const earned = points && ind.group === undefined ? ` ${pointsText(ind.score, lang)}` : '';
          const status = `${GLYPHS[ind.status]} ${label(`status.${ind.status}`, lang)}${earned}`;
          const mark = pct === undefined ? status : `${pct}% ${status}`;
          const values = `${actual} / ${groupThousands(ind.target ?? '')}`;
          // Four nodes a cell (a national report has 86,000 of them): the status is the cell's class, no spans.
          return `<td class="${ind.status}">${esc(values)}<br>${esc(mark)}</td>`;
        }),
      ];
    });
    const which = { from: from + 1, to: from + part.length, all: columns.length };
    const caption =
      columns.length > INDICATORS_PER_TABLE ? `<h3>${esc(label('html.indicatorsPart', lang, which))}</h3>` : '';
    tables.push(caption, table(header, body, undefined, 'grid'));
  }
  return [
    '<section class="part indicators">',
    `<h2>${esc(label('html.indicators', lang))}</h2>`,
    `<p class="note">${esc(label('html.targetActual', lang))}</p>`,
    ...tables,
    '</section>',
  ].join('\n');
}

// The accountability list (问责名单), or with `praise` the list of praise and prizes (表扬与奖励).
function accountabilityPart(result: Result, lang: Lang, praise = false): string {
  const p = punctuation(lang);
  const entries = buildAccountability(result, lang, praise);
  const title = `<h2>${esc(label(praise ? 'praise.title' : 'accountability.title', lang))}</h2>`;
  const body =
    entries.length === 0
      ? `<p>${esc(label('accountability.none', lang))}</p>`
      : `<ul class="accountability">\n${entries
          .map((e) => {
            const names = e.responsible.join(p.enumeration);
            const who =
              e.responsible.length === 0
                ? ''
                : `<br>${esc(label('accountability.responsible', lang))}${p.colon}${esc(names)}`;
            return `<li><b>${esc(e.name)}</b>${p.colon}${esc(e.consequences.join(p.semicolon))}${who}</li>`;
          })
          .join('\n')}\n</ul>`;
  return ['<section class="part accountability">', title, body, '</section>'].join('\n');
}
