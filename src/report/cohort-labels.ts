// The words of the cohort phase's reports (ranks, quotas, prizes, 末位, history), in both languages.
// A closed key set over a Record, so a label without its translation fails to compile.
import type { Lang, Msg } from '../model.js';

const COHORT_LABELS = {
  'rank.title': { en: 'Ranking (排名): {group}', zh: '排名:{group}' },
  'rank.all': { en: 'all units', zh: '全部单位' },
  'col.rank': { en: 'rank', zh: '名次' },
  'col.grade': { en: 'grade', zh: '等次' },
  'col.prize': { en: 'prize', zh: '奖项' },
  'col.last_place': { en: '末位', zh: '末位' },
  'col.tie_break': { en: 'tie-break', zh: '同分比较' },
  'tie.text': { en: '{indicator} {value} vs {other} ({unit})', zh: '{indicator} {value} 对 {other}({unit})' },
  'tie.shared': { en: 'equal', zh: '并列' },
  'graded.title': { en: 'Graded list', zh: '等次名单' },
  'graded.line': { en: '{level} ({n}): {units}', zh: '{level}({n}个):{units}' },
  'quota.line': {
    en: 'quota {level}{scope}: {arithmetic}; {candidates} reached it, {granted} given it (edge: {edge})',
    zh: '{level}名额{scope}:{arithmetic};达到 {candidates} 个,评定 {granted} 个(边界并列:{edge})',
  },
  'quota.share': {
    en: '{share}% × {units} = {exact} → {places} ({rounding})',
    zh: '{share}% × {units} = {exact} → {places}({rounding})',
  },
  'quota.count': { en: '{places} of {units} units', zh: '{units} 个单位中 {places} 个' },
  'rounding.down': { en: 'rounded down', zh: '去尾' },
  'rounding.half_up': { en: 'rounded half-up', zh: '四舍五入' },
  'rounding.up': { en: 'rounded up', zh: '进一' },
  'edge.all_in': { en: 'all in', zh: '全部入选' },
  'edge.all_out': { en: 'all out', zh: '全部不入选' },
  'reason.within': { en: 'within the quota', zh: '在名额内' },
  'reason.over': { en: 'over the quota', zh: '超出名额' },
  'reason.gate': { en: 'did not pass the gate', zh: '未过门槛' },
  'reason.edge_in': { en: 'tied at the edge, all in', zh: '边界并列,全部入选' },
  'reason.edge_out': { en: 'tied at the edge, all out', zh: '边界并列,全部不入选' },
  'prizes.total': { en: 'prizes in all: {yuan} yuan', zh: '奖金合计 {yuan} 元' },
  'prize.line': { en: '{name} ({group}): {awards}', zh: '{name}({group}):{awards}' },
  'prize.award': { en: '{unit} place {place}{yuan}', zh: '{unit} 第{place}名{yuan}' },
  'prize.yuan': { en: ' {yuan} yuan', zh: ' {yuan} 元' },
  'prize.none': { en: 'no unit passed the gate', zh: '无单位通过门槛' },
  'prize.passed_over': {
    en: 'passed over (ranked above a winner, did not pass the gate {gate}): {units}',
    zh: '顺延(排名在前但未过门槛 {gate}):{units}',
  },
  'gate.overall_met': { en: 'overall target met', zh: '完成总体目标任务' },
  'gate.award_eligible': { en: 'award eligible', zh: '具备评先资格' },
  'last.line': { en: '末位 ({group}): {units}', zh: '末位({group}):{units}' },
  'last.all_met': { en: 'every unit met its target: no 末位', zh: '全部完成目标任务,不评末位' },
  'previous.line': { en: "last year's result: {path} (sha256 {sha})", zh: '上年结果:{path}(sha256 {sha})' },
  'consequence.prize': { en: '{name} place {place}{yuan}', zh: '获{name}第{place}名{yuan}' },
  'consequence.last_place': { en: '末位 of {group}', zh: '{group}末位' },
  'consequence.kept_out': { en: 'kept out of {level} ({reason}): {to}', zh: '未评{level}({reason}),评为{to}' },
  'csv.unit_group': { en: 'unit_group', zh: '单位组' },
  'csv.rank': { en: 'rank', zh: '名次' },
  'csv.prize_yuan': { en: 'prize_yuan', zh: '奖金(元)' },
  'csv.last_place': { en: 'last_place', zh: '末位' },
  'csv.consequences': { en: 'consequences', zh: '结果运用' },
  'history.none': { en: 'no result last year', zh: '上年无结果' },
  'history.grade': { en: 'last year {grade}', zh: '上年{grade}' },
} as const satisfies Record<string, Msg>;

/** A cohort label id. */
export type CohortLabelKey = keyof typeof COHORT_LABELS;

/** Returns every cohort label id (for the test that each has both languages). */
export function listCohortLabelKeys(): CohortLabelKey[] {
  return Object.keys(COHORT_LABELS) as CohortLabelKey[];
}

/** Returns the cohort label in `lang`, each `{name}` replaced by `vars[name]`. */
export function cohortLabel(key: CohortLabelKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const msg: Msg = COHORT_LABELS[key];
  return msg[lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}
