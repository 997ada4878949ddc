// Every word a reporter prints, in both languages. The key set is a closed union and the table a
// Record over it, so a label added without its translation (or a typo in a key) fails to compile.
import type { Lang, Msg } from '../model.js';

export type LabelKey =
  | 'col.unit'
  | 'col.score'
  | 'col.overall'
  | 'col.reward'
  | 'col.penalty'
  | 'col.net'
  | 'col.award'
  | 'col.grade'
  | 'status.met'
  | 'status.missed'
  | 'status.missing'
  | 'overall.met'
  | 'overall.missed'
  | 'overall.incomplete'
  | 'direction.at_least'
  | 'direction.at_most'
  | 'direction.approx'
  | 'yes'
  | 'no'
  | 'consequence.reward'
  | 'consequence.fine'
  | 'consequence.award_withdrawn'
  | 'consequence.grade_down'
  | 'consequence.grade_floor'
  | 'totals.label'
  | 'totals.units'
  | 'totals.money'
  | 'budget.city'
  | 'role.head'
  | 'role.deputy'
  | 'role.department_head'
  | 'role.staff'
  | 'accountability.title'
  | 'accountability.none'
  | 'accountability.responsible'
  | 'heading.as_of'
  | 'legend'
  | 'compact.missed'
  | 'compact.hint'
  | CsvLabelKey;

/** The CSV columns, in their order; each is also a label key `csv.<column>`. */
export const CSV_COLUMNS = [
  'plan_id',
  'unit_id',
  'unit_name',
  'indicator_id',
  'indicator_name',
  'unit_of_measure',
  'direction',
  'target',
  'actual',
  'status',
  'surplus',
  'indicator_score',
  'unit_score',
  'overall',
  'reward_yuan',
  'penalty_yuan',
  'net_yuan',
  'award_eligible',
  'grade_base',
  'grade_final',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvLabelKey = `csv.${CsvColumn}`;

// {name} placeholders are filled by label(); the English CSV headers are the snake_case ids on purpose,
// so scripts can address columns by the same names as the JSON.
const LABELS: Record<LabelKey, Msg> = {
  'col.unit': { en: 'unit', zh: '单位' },
  'col.score': { en: 'score', zh: '得分' },
  'col.overall': { en: 'overall', zh: '总体目标' },
  'col.reward': { en: 'reward (yuan)', zh: '奖励(元)' },
  'col.penalty': { en: 'fine (yuan)', zh: '罚款(元)' },
  'col.net': { en: 'net (yuan)', zh: '净额(元)' },
  'col.award': { en: 'award eligible', zh: '评先资格' },
  'col.grade': { en: 'grade', zh: '政绩考核等级' },
  'status.met': { en: 'met', zh: '达标' },
  'status.missed': { en: 'missed', zh: '未达标' },
  'status.missing': { en: 'missing', zh: '缺数据' },
  'overall.met': { en: 'met', zh: '完成' },
  'overall.missed': { en: 'missed', zh: '未完成' },
  'overall.incomplete': { en: 'incomplete', zh: '数据不全' },
  'direction.at_least': { en: 'at_least', zh: '不低于' },
  'direction.at_most': { en: 'at_most', zh: '不高于' },
  'direction.approx': { en: 'approx', zh: '左右' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  'consequence.reward': { en: 'reward {yuan} yuan', zh: '奖励 {yuan} 元' },
  'consequence.fine': { en: 'fine {yuan} yuan', zh: '罚款 {yuan} 元' },
  'consequence.award_withdrawn': { en: 'award eligibility withdrawn', zh: '取消评先资格' },
  'consequence.grade_down': { en: 'grade down {n}', zh: '政绩考核降{n}等' },
  'consequence.grade_floor': { en: 'already the lowest level', zh: '已是最低等级' },
  'totals.label': { en: 'total', zh: '合计' },
  'totals.units': {
    en: '{units} units: {met} met, {missed} missed, {incomplete} incomplete',
    zh: '共 {units} 个单位:完成 {met} 个,未完成 {missed} 个,数据不全 {incomplete} 个',
  },
  'totals.money': {
    en: 'rewards {reward} yuan, fines {penalty} yuan, net {net} yuan',
    zh: '奖励 {reward} 元,罚款 {penalty} 元,净额 {net} 元',
  },
  'budget.city': { en: 'rewards are paid from the city budget', zh: '奖励资金由市财政列支' },
  'role.head': { en: 'head', zh: '行政一把手' },
  'role.deputy': { en: 'deputy in charge', zh: '班子分管成员' },
  'role.department_head': { en: 'department head', zh: '具体工作部门负责人' },
  'role.staff': { en: 'staff', zh: '具体工作人员' },
  'accountability.title': { en: 'Accountability list', zh: '问责名单' },
  'accountability.none': { en: 'none', zh: '无' },
  'accountability.responsible': { en: 'responsible', zh: '责任人' },
  'heading.as_of': { en: 'as of {year}', zh: '截至 {year} 年' },
  legend: { en: 'legend', zh: '图例' },
  'compact.missed': { en: 'Indicators not met', zh: '未完成指标' },
  'compact.hint': {
    en: '(every indicator of every unit: add --wide)',
    zh: '(各单位全部指标:加 --wide)',
  },
  'csv.plan_id': { en: 'plan_id', zh: '方案编号' },
  'csv.unit_id': { en: 'unit_id', zh: '单位编号' },
  'csv.unit_name': { en: 'unit_name', zh: '单位名称' },
  'csv.indicator_id': { en: 'indicator_id', zh: '指标编号' },
  'csv.indicator_name': { en: 'indicator_name', zh: '指标名称' },
  'csv.unit_of_measure': { en: 'unit_of_measure', zh: '计量单位' },
  'csv.direction': { en: 'direction', zh: '方向' },
  'csv.target': { en: 'target', zh: '目标值' },
  'csv.actual': { en: 'actual', zh: '实际值' },
  'csv.status': { en: 'status', zh: '指标状态' },
  'csv.surplus': { en: 'surplus', zh: '超额' },
  'csv.indicator_score': { en: 'indicator_score', zh: '指标得分' },
  'csv.unit_score': { en: 'unit_score', zh: '单位得分' },
  'csv.overall': { en: 'overall', zh: '总体目标' },
  'csv.reward_yuan': { en: 'reward_yuan', zh: '奖励(元)' },
  'csv.penalty_yuan': { en: 'penalty_yuan', zh: '罚款(元)' },
  'csv.net_yuan': { en: 'net_yuan', zh: '净额(元)' },
  'csv.award_eligible': { en: 'award_eligible', zh: '评先资格' },
  'csv.grade_base': { en: 'grade_base', zh: '基础等级' },
  'csv.grade_final': { en: 'grade_final', zh: '最终等级' },
};

/** Returns every label key (for tests and for checking that each has both languages). */
export function listLabelKeys(): LabelKey[] {
  return Object.keys(LABELS) as LabelKey[];
}

/** Returns the label in `lang`, with each `{name}` placeholder replaced by `vars[name]`. */
export function label(key: LabelKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

/** Glyphs that need no translation: direction signs and status marks. */
export const GLYPHS = {
  at_least: '≥',
  at_most: '≤',
  approx: '≈',
  met: '✓',
  missed: '✗',
  missing: '?',
  arrow: '→',
} as const;

const CHINESE_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Returns a small count as it is said in a grade change: 1 → 一 (降一等), 2 → 两; English keeps digits. */
export function countWord(n: number, lang: Lang): string {
  if (lang === 'zh' && Number.isInteger(n) && n >= 0 && n <= 10) return CHINESE_DIGITS[n] ?? String(n);
  return String(n);
}

/** Returns the punctuation of running text in `lang`: full-width in Chinese, ASCII with spaces in English. */
export function punctuation(lang: Lang): { colon: string; semicolon: string; comma: string; enumeration: string } {
  return lang === 'zh'
    ? { colon: ':', semicolon: ';', comma: ',', enumeration: '、' }
    : { colon: ': ', semicolon: '; ', comma: ', ', enumeration: ', ' };
}
