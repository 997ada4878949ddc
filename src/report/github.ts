// GitHub Actions workflow commands: annotations that GitHub pins to the offending line of a pull
// request — every diagnostic at its place, every missed target at the target's line in the plan.
// Pure: the caller prints the lines on stdout, where the runner reads them.
import type { Diagnostic, IndicatorResult, Lang, Result, UnitResult } from '../model.js';
import { parseSource } from '../source.js';
import { sortDiagnostics } from './diagnostics.js';
import type { RenderOptions } from './index.js';
import { label, punctuation } from './labels.js';
import {
  costsPoints,
  describeUnitPoints,
  describeVeto,
  isPointTable,
  isTargetlessItem,
  itemCell,
  pointsText,
} from './points.js';
import { cohortLinesFlat, cohortSuffix } from './cohort-ci.js';

/** A place in a file, as a workflow command's properties name it. */
export interface GithubPlace {
  file: string;
  line?: number;
  col?: number;
}

/**
 * Returns workflow-command lines: one per diagnostic, one per missed (or, in an incomplete unit, missing) indicator,
 * and a notice per plan.
 */
export function renderGithub(results: Result[], diagnostics: readonly Diagnostic[], opts: RenderOptions): string {
  const lines = sortDiagnostics(diagnostics).map((d) => annotateDiagnostic(d, opts.lang));
  for (const result of results) {
    const planFile = result.inputs[0]?.path ?? result.plan.id;
    const points = isPointTable(result);
    for (const unit of result.units) {
      lines.push(...annotateUnit(unit, planFile, opts.lang, { points, ranked: cohortSuffix(result, unit, opts.lang) }));
      if (points) lines.push(...annotatePoints(unit, planFile, opts.lang));
    }
    const totals = label('totals.units', opts.lang, { ...result.totals });
    // The cohort's lines (graded list, quota arithmetic, prizes, 末位) after the totals, one notice (issue #12).
    const cohort = cohortLinesFlat(result, opts.lang).map((l) => `${punctuation(opts.lang).semicolon}${l}`);
    lines.push(
      formatCommand(
        'notice',
        { file: planFile },
        result.plan.id,
        `${result.plan.title}${punctuation(opts.lang).colon}${totals}${cohort.join('')}`,
      ),
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}

function annotateDiagnostic(d: Diagnostic, lang: Lang): string {
  const message = d.message[lang];
  // A spreadsheet cell has no line a reader could open; name the cell in the message instead.
  const text = d.cell === undefined ? message : `${d.cell}: ${message}`;
  const hint = d.hint === undefined ? '' : `\n${label('word.hint', lang)}${punctuation(lang).colon}${d.hint[lang]}`;
  return formatCommand(d.severity, { file: d.file, line: d.line, col: d.col }, d.code, text + hint);
}

// A missed required indicator fails the unit (error); a missed one that does not count toward overall
// (not binding) only warns; in an incomplete unit each missing required actual warns, so it is not lost.
// `ranked` follows the unit's name: its rank, group and grade when the cohort phase ranked it (" (2 of 6, 县(市), 达标)").
function annotateUnit(
  unit: UnitResult,
  planFile: string,
  lang: Lang,
  { points, ranked }: { points: boolean; ranked: string },
): string[] {
  const out: string[] = [];
  for (const ind of unit.indicators) {
    const place = placeOfTarget(ind, planFile);
    if (points && isTargetlessItem(ind) && ind.status !== 'missing') {
      // An event that cost points (每核实一人扣1分) warns at its line in the plan; it has no target to miss.
      const item = label('points.item', lang, { name: ind.name ?? ind.id, cell: itemCell(ind, lang).text });
      if (costsPoints(ind))
        out.push(formatCommand('warning', place, label('github.title.deducted', lang), `${unit.name} ${item}`));
    } else if (ind.status === 'missed') {
      // A point table says the item's points; a group's member has none of its own (the group's line has them).
      const lost = points && ind.group === undefined ? `${punctuation(lang).comma}${pointsText(ind.score, lang)}` : '';
      out.push(
        formatCommand(
          ind.required === false ? 'warning' : 'error',
          place,
          label('status.missed', lang),
          `${unit.name}${ranked} ${describeShortfall(ind, lang)}${lost}`,
        ),
      );
    } else if (ind.status === 'missing' && unit.overall === 'incomplete' && partOfOverall(unit, ind)) {
      const noActual = label('gap.no_actual', lang);
      out.push(
        formatCommand(
          'warning',
          place,
          label('status.missing', lang),
          `${unit.name}${ranked} ${ind.name ?? ind.id}${punctuation(lang).colon}${noActual}`,
        ),
      );
    }
  }
  return out;
}

// A point table's unit: a notice with every item's points, the sections, bonus and total; each fired veto a warning at
// the veto's line in the plan.
function annotatePoints(unit: UnitResult, planFile: string, lang: Lang): string[] {
  const summary = [`${unit.name}${punctuation(lang).colon.trimEnd()}`, ...describeUnitPoints(unit, lang)].join('\n');
  return [
    formatCommand('notice', { file: planFile }, label('points.title', lang), summary),
    ...(unit.vetoes ?? []).map((veto) =>
      formatCommand(
        'warning',
        parseSource(veto.source) ?? { file: planFile },
        label('github.title.veto', lang),
        `${unit.name} ${describeVeto(veto, lang, unit.score_before_veto)}`,
      ),
    ),
  ];
}

/**
 * Returns whether an incomplete unit's missing actual makes it incomplete: a required indicator, or a scored item
 * whose total would be partial without it (`missing_items`: a relative item has no target, so it is not required).
 */
export function partOfOverall(unit: UnitResult, ind: IndicatorResult): boolean {
  return ind.required !== false || (unit.missing_items ?? []).includes(ind.id);
}

/** Returns a missed indicator in words: "城镇新增就业: actual 4712 人, target 5000 人, short 288 人". */
export function describeShortfall(ind: IndicatorResult, lang: Lang): string {
  const p = punctuation(lang);
  const of = (value: string): string => withUnit(value, measureOf(ind), lang);
  const parts = [
    `${label('word.actual', lang)} ${of(ind.actual ?? '-')}`,
    `${label('word.target', lang)} ${of(ind.target)}`,
  ];
  if (ind.surplus !== null) parts.push(describeGap(ind, ind.surplus, of, lang));
  return `${ind.name ?? ind.id}${p.colon}${parts.join(p.comma)}`;
}

// The surplus of a miss is negative in the good direction: under an at_least target the unit is short,
// over an at_most ceiling it is over; approx has no good side, so its sign says which way it strayed.
function describeGap(ind: IndicatorResult, surplus: string, of: (v: string) => string, lang: Lang): string {
  const negative = surplus.startsWith('-');
  const size = of(negative ? surplus.slice(1) : surplus);
  const over = ind.direction === 'at_most' || (ind.direction === 'approx' && !negative);
  if (ind.direction === 'approx') return label(over ? 'gap.over_approx' : 'gap.under_approx', lang, { size });
  return label(over ? 'gap.over' : 'gap.short', lang, { size });
}

// A growth target and its actual are rates in %, whatever the indicator counts.
function measureOf(ind: IndicatorResult): string {
  return ind.over_period === 'growth' ? '%' : (ind.unit ?? '');
}

function withUnit(value: string, unit: string, lang: Lang): string {
  if (value === '-' || unit === '') return value;
  return unit === '%' || lang === 'zh' ? `${value}${unit}` : `${value} ${unit}`;
}

/** Returns where an indicator's target is written: its `target_source` "file:line:col", else the plan file alone. */
export function placeOfTarget(ind: Pick<IndicatorResult, 'target_source'>, planFile: string): GithubPlace {
  return (ind.target_source === undefined ? undefined : parseSource(ind.target_source)) ?? { file: planFile };
}

/** Returns one workflow command: `::error file=F,line=L,col=C,title=T::message`, properties and message escaped. */
export function formatCommand(
  kind: 'error' | 'warning' | 'notice',
  place: GithubPlace,
  title: string,
  message: string,
): string {
  const props: [string, string | number | undefined][] = [
    ['file', place.file],
    ['line', place.line],
    ['col', place.col],
    ['title', title],
  ];
  const shown = props.filter((kv): kv is [string, string | number] => kv[1] !== undefined);
  return `::${kind} ${shown.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

/** Returns a command's message escaped as the runner reads it: % → %25, CR → %0D, LF → %0A. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Returns a command property's value escaped: as data, and also : → %3A and , → %2C (they separate properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
