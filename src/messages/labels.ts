// The catalogue's labels: every word a reporter prints and every phrase several messages share, by label id, in
// both languages. `{name}` placeholders are filled by label() and labelText().
import type { Texts } from './text.js';

/**
 * Every label, by id. The English CSV headers are the snake_case ids on purpose, so scripts can address columns
 * by the same names as the JSON.
 */
export const LABELS = {
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
  'compact.hint': { en: '(every indicator of every unit: add --wide)', zh: '(各单位全部指标:加 --wide)' },
  'html.report': {
    en: 'Assessment report',
    zh: '考核通报',
  },
  'html.summary': {
    en: 'Summary',
    zh: '总体情况',
  },
  'html.charts': {
    en: 'Charts',
    zh: '图表',
  },
  'html.results': {
    en: 'Results by unit',
    zh: '各单位考核结果',
  },
  'html.indicators': {
    en: 'Indicators by unit',
    zh: '各单位指标完成情况',
  },
  'html.indicatorsPart': {
    en: 'indicators {from}–{to} of {all}',
    zh: '指标 {from}–{to}(共 {all} 项)',
  },
  'html.completion': {
    en: 'completion (%)',
    zh: '完成率(%)',
  },
  'html.completionOf': {
    en: '{name}: completion by unit',
    zh: '{name}:各单位完成率',
  },
  'html.completionAtMost': {
    en: 'at or under 100% is met',
    zh: '不高于 100% 为达标',
  },
  'html.completionAtLeast': {
    en: 'at or over 100% is met',
    zh: '不低于 100% 为达标',
  },
  'html.completionApprox': {
    en: 'met within the tolerance around 100%',
    zh: '在 100% 上下允许偏差内为达标',
  },
  'html.gradeChart': {
    en: 'Grade distribution (units per grade)',
    zh: '政绩考核等级分布(单位数)',
  },
  'html.moneyChart': {
    en: 'Money by unit (yuan)',
    zh: '各单位奖罚金额(元)',
  },
  'html.units': {
    en: 'units',
    zh: '单位数',
  },
  'html.moneyAxis': {
    en: '← fines · rewards → (yuan)',
    zh: '← 罚款 · 奖励 →(元)',
  },
  'html.tooMany': {
    en: '{n} units are too many for a bar each: the charts show the {charted} of the top level, the tables show all',
    zh: '单位共 {n} 个,无法逐一绘图:图表显示最高一级的 {charted} 个单位,全部单位见表格',
  },
  'html.targetActual': {
    en: 'actual / target',
    zh: '实际 / 目标',
  },
  'html.issuer': {
    en: 'issued by',
    zh: '发文单位',
  },
  'html.document': {
    en: 'document',
    zh: '文件',
  },
  'html.period': {
    en: 'period',
    zh: '考核期',
  },
  'html.inputs': {
    en: 'inputs',
    zh: '数据来源',
  },
  'html.madeBy': {
    en: 'made by kaohe {version}',
    zh: '由 kaohe {version} 生成',
  },
  'html.diffTitle': {
    en: 'What changed',
    zh: '考核结果变动',
  },
  'html.diffPlans': {
    en: 'What changed between the plans',
    zh: '考核方案变动',
  },
  'xlsx.results': { en: 'Results', zh: '考核结果' },
  'xlsx.target': { en: 'target', zh: '目标' },
  'xlsx.actual': { en: 'actual', zh: '实际' },
  'xlsx.status': { en: 'status', zh: '完成情况' },
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
  'hint.did_you_mean': { en: 'did you mean {name}?', zh: '是否应为 {name}?' },
  'hint.known_names': { en: "the plan's {what}: {names}", zh: '方案中的{what}:{names}' },
  'noun.units': { en: 'units', zh: '责任单位' },
  'noun.indicators': { en: 'indicators', zh: '指标' },
} as const satisfies Texts;
