// The reports of `kaohe diff`: for two results, a table of the changed fields (unit, indicator,
// field, old, new, delta), the money totals and a count of the units left out; for two plans, one
// line per changed setting by path. Table, CSV and Markdown read the same lines (diff-rows.ts).
import type { InputChange, PlanDiff, ResultDiff } from '../core/diff.js';
import { label } from '../messages/index.js';
import type { Lang } from '../model.js';
import { stringifyCsv } from './csv.js';
import { groupThousands, joinBlocks, padCell, widthOf } from './format.js';
import { renderDiffHtml } from './html-diff.js';
import { escapeCell, escapeInline } from './markdown.js';
import {
  DIFF_FORMATS,
  buildDiffLines,
  buildPlanDiffCells,
  changeMark,
  diffWord,
  signed,
  unchangedLine,
  type DiffFormat,
  type DiffLine,
} from './diff-rows.js';

export { DIFF_FORMATS, type DiffFormat };

/** How to render a diff: the language, the two inputs as given, and (CSV) whether to start with a BOM. */
export interface DiffRenderOptions {
  lang: Lang;
  old: string;
  new: string;
  bom?: boolean;
}

/** A diff of either kind. */
export type AnyDiff = ResultDiff | PlanDiff;

/** A pure function from a diff to the text to print; the text ends in "\n". */
export type DiffReporter = (diff: AnyDiff, opts: DiffRenderOptions) => string;

/** Registry: keys feed commander's .choices(). */
export const diffReporters: Record<DiffFormat, DiffReporter> = {
  table: (diff, opts) => (diff.kind === 'results' ? renderResultsTable(diff, opts) : renderPlanLines(diff, opts)),
  csv: renderDiffCsv,
  json: renderDiffJson,
  markdown: (diff, opts) =>
    diff.kind === 'results' ? renderResultsMarkdown(diff, opts) : renderPlanMarkdown(diff, opts),
  html: (diff, opts) => renderDiffHtml(diff, opts),
};

/** Returns a plan's heading in a diff: "2011年度… (city-2010 → city-2011)" when two years' plans are compared. */
export const heading = (p: ResultDiff['plans'][number]): string =>
  `${p.title} (${p.oldId === undefined ? '' : `${p.oldId} → `}${p.id})`;

/** The columns of a results diff table, as keys of DIFF_WORDS. */
export const COLUMNS = ['unit', 'indicator', 'field', 'old', 'new', 'delta'] as const;
/** Returns a value as a diff shows it: thousands grouped, a delta's sign kept ("+10500" → "+10,500"). */
export const show = (text: string): string =>
  text.startsWith('+') ? `+${groupThousands(text.slice(1))}` : groupThousands(text);

/** Returns a diff line's cells: unit, indicator (each marked when added or removed), field, old, new, delta. */
export function cellsOf(line: DiffLine, lang: Lang): string[] {
  const unit =
    line.change === 'total' ? line.unit : `${line.unit}${line.indicator === '' ? changeMark(line.change, lang) : ''}`;
  const indicator = line.indicator === '' ? '' : `${line.indicator}${changeMark(line.change, lang)}`;
  return [unit, indicator, line.label, show(line.old), show(line.new), show(line.delta)];
}

/** Returns the lines after a plan's table: the plan's own change, and how many units were left out unchanged. */
export function planFooter(p: ResultDiff['plans'][number], lang: Lang): string[] {
  if (p.change === 'added') return [diffWord('planAdded', lang)];
  if (p.change === 'removed') return [diffWord('planRemoved', lang)];
  const count = unchangedLine(p.unchangedUnits, lang);
  const inputs = p.inputs.map((i) => inputLine(i, lang));
  if (p.change !== 'unchanged') return [count, ...inputs];
  return [
    lang === 'zh' ? `${diffWord('noChanges', lang)}(${count})` : `${diffWord('noChanges', lang)} (${count})`,
    ...inputs,
  ];
}

// An input whose bytes differ, its sha256 shortened to 12 hex digits (JSON keeps all 64).
function inputLine(i: InputChange, lang: Lang): string {
  const short = (sha: string | null) => (sha === null ? '—' : sha.slice(0, 12));
  const change = label(`diff.input.${i.change}`, lang);
  return label('diff.input', lang, { path: i.path, change, old: short(i.old), new: short(i.new) });
}

function renderResultsTable(diff: ResultDiff, opts: DiffRenderOptions): string {
  const lines = buildDiffLines(diff, opts.lang);
  const blocks = diff.plans.map((p) => {
    const own = lines.filter((l) => l.plan === p.id);
    const body = own.map((l, i) => {
      const cells = cellsOf(l, opts.lang);
      // A unit (and an indicator) is named on its first line only, so each block reads as one group.
      const before = own[i - 1];
      if (before !== undefined && before.unitId === l.unitId && before.change === l.change) cells[0] = '';
      if (
        before !== undefined &&
        before.unitId === l.unitId &&
        before.indicatorId === l.indicatorId &&
        before.change === l.change
      )
        cells[1] = '';
      return cells;
    });
    const table = own.length === 0 ? [] : alignColumns([COLUMNS.map((c) => diffWord(c, opts.lang)), ...body]);
    return [heading(p), ...table, ...planFooter(p, opts.lang)].join('\n');
  });
  return joinBlocks([`${opts.old} → ${opts.new}`, ...blocks]);
}

// Columns padded to their widest cell (CJK counts two), the delta right-aligned, a rule under the header.
function alignColumns(rows: string[][]): string[] {
  // reduce, not Math.max(...): a national diff has more rows than a call may take arguments.
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, widthOf(r[i] ?? '')), 0));
  const line = (r: string[]): string =>
    r
      .map((c, i) => padCell(c, widths[i]!, i === r.length - 1 ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

function renderResultsMarkdown(diff: ResultDiff, opts: DiffRenderOptions): string {
  const lines = buildDiffLines(diff, opts.lang);
  const row = (cells: string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const blocks = diff.plans.map((p) => {
    const own = lines.filter((l) => l.plan === p.id);
    const table =
      own.length === 0
        ? []
        : [
            [
              row(COLUMNS.map((c) => diffWord(c, opts.lang))),
              '| :--- | :--- | :--- | ---: | ---: | ---: |',
              ...own.map((l) => row(cellsOf(l, opts.lang))),
            ].join('\n'),
          ];
    return [`## ${escapeInline(heading(p))}`, ...table, ...planFooter(p, opts.lang).map(escapeInline)].join('\n\n');
  });
  return joinBlocks([escapeInline(`${opts.old} → ${opts.new}`), ...blocks]);
}

function renderPlanLines(diff: PlanDiff, opts: DiffRenderOptions): string {
  const { lang } = opts;
  const lines = diff.changes.map((c) => {
    const where = c.source === undefined ? '' : lang === 'zh' ? `(${c.source})` : `  (${c.source})`;
    // A whole unit, indicator or rule on one side only (`units[x]`) is named; a single setting shows old → new.
    if (c.field.endsWith(']'))
      return `${c.field}: ${[diffWord(c.change, lang), c.old ?? c.new].filter(Boolean).join(' ')}${where}`;
    // Only a number has a delta, and only a number is grouped: a period of 2010 stays 2010.
    const shown = (v: string | null): string => (v === null ? '—' : c.delta === undefined ? v : show(v));
    const delta = c.delta === undefined ? '' : ` (${show(signed(c.delta))})`;
    return `${c.field}: ${shown(c.old)} → ${shown(c.new)}${delta}${where}`;
  });
  return joinBlocks([
    `${opts.old} → ${opts.new}`,
    (lines.length > 0 ? lines : [diffWord('noPlanChanges', lang)]).join('\n'),
  ]);
}

function renderPlanMarkdown(diff: PlanDiff, opts: DiffRenderOptions): string {
  const header = ['path', 'change', 'old', 'new', 'delta', 'source'] as const;
  const row = (cells: string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const cells = buildPlanDiffCells(diff, opts.lang);
  const table = [
    row(header.map((h) => diffWord(h, opts.lang))),
    '| :--- | :--- | ---: | ---: | ---: | :--- |',
    ...cells.map(row),
  ].join('\n');
  return joinBlocks([
    escapeInline(`${opts.old} → ${opts.new}`),
    cells.length > 0 ? table : diffWord('noPlanChanges', opts.lang),
  ]);
}

const CSV_HEADER = [
  'plan_id',
  'unit_id',
  'unit_name',
  'indicator_id',
  'indicator_name',
  'change',
  'field',
  'old',
  'new',
  'delta',
] as const;

/** Returns the diff as CSV: one row per changed field (results) or per changed setting (plans). */
export function renderDiffCsv(diff: AnyDiff, opts: DiffRenderOptions): string {
  const { lang } = opts;
  let records: string[][];
  if (diff.kind === 'plans') {
    records = [
      ['path', 'change', 'old', 'new', 'delta', 'source'].map((h) => (lang === 'en' ? h : diffWord(h as 'path', lang))),
      ...buildPlanDiffCells(diff, lang),
    ];
  } else {
    const word = (change: DiffLine['change']): string => (lang === 'en' ? change : diffWord(change, lang));
    const lines = buildDiffLines(diff, lang).map((l) => [
      l.plan,
      l.unitId,
      l.change === 'total' ? '' : l.unit,
      l.indicatorId,
      l.indicator,
      word(l.change),
      lang === 'en' ? l.field : l.label,
      l.old,
      l.new,
      l.delta,
    ]);
    // A plan on one side only is one row: its id and whether it was added or removed.
    const plans = diff.plans
      .filter((p) => p.change === 'added' || p.change === 'removed')
      .map((p) => [p.id, '', '', '', '', word(p.change as 'added'), '', '', '', '']);
    // An input whose bytes differ is a row of its own: its path in the field, the full sha256 old and new.
    const inputs = diff.plans.flatMap((p) =>
      p.inputs.map((i) => {
        const field = label('diff.csv.sha256', lang, { path: i.path });
        return [p.id, '', '', '', '', word(i.change), field, i.old ?? '', i.new ?? '', ''];
      }),
    );
    records = [CSV_HEADER.map((h) => label(`diff.csv.${h}`, lang)), ...lines, ...plans, ...inputs];
  }
  return (opts.bom ? '\uFEFF' : '') + stringifyCsv(records, { eof: true, record_delimiter: '\n' });
}

/**
 * Returns the diff as JSON for machines: the inputs as given, whether anything differs, then the changes (values as in
 * the results, keys in snake_case like theirs).
 */
export function renderDiffJson(diff: AnyDiff, opts: DiffRenderOptions): string {
  const head = { kaohe: 1, kind: diff.kind, old: opts.old, new: opts.new, differs: diff.differs };
  const body =
    diff.kind === 'plans'
      ? { plans: { old: diff.old, new: diff.new }, changes: diff.changes }
      : {
          plans: diff.plans.map((p) => ({
            id: p.id,
            ...(p.oldId !== undefined && { old_id: p.oldId }),
            title: p.title,
            change: p.change,
            rows: p.rows.map((r) => ({
              change: r.change,
              unit: r.unit,
              unit_name: r.unitName,
              ...(r.indicator !== undefined && { indicator: r.indicator, indicator_name: r.indicatorName }),
              fields: r.fields,
            })),
            totals: p.totals,
            unchanged_units: p.unchangedUnits,
            inputs: p.inputs,
          })),
        };
  return `${JSON.stringify({ ...head, ...body }, null, 2)}\n`;
}
