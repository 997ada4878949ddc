// The one rows-of-cells form of a diff, in the user's language: the table, the CSV and the Markdown
// all read from here, so they cannot disagree about a value, a word or a delta.
import type { Change, FieldChange, PlanDiff, ResultDiff } from '../core/diff.js';
import { label, labelIfAny, type PlainLabelKey } from '../messages/index.js';
import type { Lang } from '../model.js';

/** The formats of `kaohe diff`, kept here (no reporter imports) so the command line can list them cheaply. */
export const DIFF_FORMATS = ['table', 'csv', 'json', 'markdown', 'html'] as const;
/** One `kaohe diff --format` value. */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** One changed field as every format shows it: where (plan, unit, indicator), what, old, new and delta. */
export interface DiffLine {
  plan: string;
  unitId: string;
  unit: string;
  indicatorId: string;
  indicator: string;
  change: Change | 'total';
  field: string;
  label: string;
  old: string;
  new: string;
  /** Signed ("+500", "-100"), or '' when the field is not a number or a side is absent. */
  delta: string;
}

// The words a value of these fields reads as: the status and overall words defined once, in the catalogue.
const VALUE_WORDS: Record<string, Record<string, PlainLabelKey>> = {
  overall: { met: 'overall.met', missed: 'overall.missed', incomplete: 'overall.incomplete' },
  status: { met: 'status.met', missed: 'status.missed', missing: 'status.missing' },
  award_eligible: { true: 'yes', false: 'no' },
  last_place: { true: 'yes', false: 'no' },
};

/** A word of the diff reports that is not a field name. */
export type DiffWord = {
  [K in PlainLabelKey]: K extends `diff.${infer W}`
    ? W extends `field.${string}` | `csv.${string}`
      ? never
      : W
    : never;
}[PlainLabelKey];

/** Returns a word of the diff reports in `lang`. */
export function diffWord(key: DiffWord, lang: Lang): string {
  return label(`diff.${key}`, lang);
}

/** Returns "N units unchanged" in `lang`. */
export function unchangedLine(count: number, lang: Lang): string {
  return label(count === 1 ? 'diff.unchanged_one' : 'diff.unchanged', lang, { count });
}

/** Returns a signed delta ("+500", "-100"), or '' when there is none. */
export function signed(delta: string | undefined): string {
  if (delta === undefined) return '';
  return delta.startsWith('-') ? delta : `+${delta}`;
}

function valueText(field: string, value: string | null, lang: Lang): string {
  if (value === null) return '';
  const key = VALUE_WORDS[field]?.[value];
  return key === undefined ? value : label(key, lang);
}

function lineOf(
  plan: string,
  where: Omit<DiffLine, 'plan' | 'field' | 'label' | 'old' | 'new' | 'delta'>,
  f: FieldChange,
  lang: Lang,
): DiffLine {
  const key = where.indicatorId !== '' && f.field === 'score' ? 'indicator.score' : f.field;
  const fieldKey = `diff.field.${key}`;
  // a field name comes with the data: one without a label of its own shows as it is
  return {
    plan,
    ...where,
    field: f.field,
    label: labelIfAny(fieldKey, lang) ?? f.field,
    old: valueText(f.field, f.old, lang),
    new: valueText(f.field, f.new, lang),
    delta: signed(f.delta),
  };
}

/** Returns every changed field of a results diff as lines: per plan, its rows in order, then its totals. */
export function buildDiffLines(diff: ResultDiff, lang: Lang): DiffLine[] {
  return diff.plans.flatMap((p) => [
    ...p.rows.flatMap((row) =>
      row.fields.map((f) =>
        lineOf(
          p.id,
          {
            unitId: row.unit,
            unit: row.unitName,
            indicatorId: row.indicator ?? '',
            indicator: row.indicatorName ?? '',
            change: row.change,
          },
          f,
          lang,
        ),
      ),
    ),
    ...p.totals.map((f) =>
      lineOf(
        p.id,
        { unitId: '', unit: diffWord('total', lang), indicatorId: '', indicator: '', change: 'total' },
        f,
        lang,
      ),
    ),
  ]);
}

/** Returns the label of a row's change as shown next to a unit or indicator that exists on one side only. */
export function changeMark(change: DiffLine['change'], lang: Lang): string {
  if (change !== 'added' && change !== 'removed') return '';
  return lang === 'zh' ? `(${diffWord(change, lang)})` : ` (${diffWord(change, lang)})`;
}

/** Returns a plan diff's changes as cells: path, change word, old, new, signed delta, source. */
export function buildPlanDiffCells(diff: PlanDiff, lang: Lang): string[][] {
  return diff.changes.map((c) => [
    c.field,
    diffWord(c.change, lang),
    c.old ?? '',
    c.new ?? '',
    signed(c.delta),
    c.source ?? '',
  ]);
}
