// The one rows-of-cells form of a diff, in the user's language: the table, the CSV and the Markdown
// all read from here, so they cannot disagree about a value, a word or a delta.
import type { Change, FieldChange, PlanDiff, ResultDiff } from '../core/diff.js';
import type { Lang, Msg } from '../model.js';

/** The formats of `kaohe diff`, kept here (no reporter imports) so the command line can list them cheaply. */
export const DIFF_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
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

const m = (en: string, zh: string): Msg => ({ en, zh });

const FIELD_LABELS: Record<string, Msg> = {
  score: m('score', '得分'),
  overall: m('overall', '总体目标'),
  reward_yuan: m('reward (yuan)', '奖励(元)'),
  penalty_yuan: m('fine (yuan)', '罚款(元)'),
  net_yuan: m('net (yuan)', '净额(元)'),
  award_eligible: m('award eligible', '评先资格'),
  grade_base: m('grade before', '基础等级'),
  grade_final: m('grade after', '最终等级'),
  rank: m('rank', '名次'),
  prize_yuan: m('prize (yuan)', '奖金(元)'),
  last_place: m('末位', '末位'),
  target: m('target', '目标值'),
  actual: m('actual', '实际值'),
  status: m('status', '指标状态'),
  'indicator.score': m('score', '指标得分'),
};

const VALUE_WORDS: Record<string, Record<string, Msg>> = {
  overall: { met: m('met', '完成'), missed: m('missed', '未完成'), incomplete: m('incomplete', '数据不全') },
  status: { met: m('met', '达标'), missed: m('missed', '未达标'), missing: m('missing', '缺数据') },
  award_eligible: { true: m('yes', '是'), false: m('no', '否') },
  last_place: { true: m('yes', '是'), false: m('no', '否') },
};

/** Words of the diff reports that are not field names. */
export const DIFF_WORDS = {
  unit: m('unit', '单位'),
  indicator: m('indicator', '指标'),
  field: m('field', '项目'),
  old: m('old', '原值'),
  new: m('new', '新值'),
  delta: m('delta', '变化'),
  change: m('change', '变动'),
  path: m('path', '位置'),
  source: m('source', '来源'),
  plan: m('plan', '方案'),
  total: m('total', '合计'),
  added: m('added', '新增'),
  removed: m('removed', '删除'),
  changed: m('changed', '变更'),
  planAdded: m('this plan is only in NEW', '该方案仅见于新结果'),
  planRemoved: m('this plan is only in OLD', '该方案仅见于原结果'),
  noChanges: m('no changes', '无变化'),
  noPlanChanges: m('the plans score the same way', '两个方案的考核设置相同'),
} as const;

/** Returns a word of the diff reports in `lang`. */
export function diffWord(key: keyof typeof DIFF_WORDS, lang: Lang): string {
  return DIFF_WORDS[key][lang];
}

/** Returns "N units unchanged" in `lang`. */
export function unchangedLine(count: number, lang: Lang): string {
  return lang === 'zh' ? `${count} 个单位无变化` : `${count} unit${count === 1 ? '' : 's'} unchanged`;
}

/** Returns a signed delta ("+500", "-100"), or '' when there is none. */
export function signed(delta: string | undefined): string {
  if (delta === undefined) return '';
  return delta.startsWith('-') ? delta : `+${delta}`;
}

function valueText(field: string, value: string | null, lang: Lang): string {
  if (value === null) return '';
  return VALUE_WORDS[field]?.[value]?.[lang] ?? value;
}

function lineOf(
  plan: string,
  where: Omit<DiffLine, 'plan' | 'field' | 'label' | 'old' | 'new' | 'delta'>,
  f: FieldChange,
  lang: Lang,
): DiffLine {
  const key = where.indicatorId !== '' && f.field === 'score' ? 'indicator.score' : f.field;
  const label = FIELD_LABELS[key]?.[lang] ?? f.field;
  return {
    plan,
    ...where,
    field: f.field,
    label,
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
