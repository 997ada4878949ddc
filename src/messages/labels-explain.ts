// The catalogue's phrases of `kaohe explain`: the core says which phrase and with which numbers, the report words it.
import type { Texts } from './text.js';

/** The explain phrases, by id. */
export const EXPLAIN_LABELS = {
  'explain.direction.at_least': { en: 'at least', zh: '不低于' },
  'explain.direction.at_most': { en: 'at most', zh: '不高于' },
  'explain.direction.approx': { en: 'approximately', zh: '左右' },
  'explain.target': {
    en: '{name} ({id}): target {quantity}, {direction}',
    zh: '{name}({id}):目标 {quantity},{direction}',
  },
  'explain.targetless_event': {
    en: '{name} ({id}): an event counted for every unit, no target',
    zh: '{name}({id}):事件计数,适用于每个单位,无目标',
  },
  'explain.targetless_direct': {
    en: '{name} ({id}): points given by the assessment team, no target; at most {weight} points',
    zh: '{name}({id}):考核组直接评分,适用于每个单位,无目标;最高 {weight} 分',
  },
  'explain.due': {
    en: 'due by {year} (pro rata, {done} of {all} years): {sum}',
    zh: '截至 {year} 年应完成(按时间过半、任务过半,{done}/{all} 年):{sum}',
  },
  'explain.actual_rate': {
    en: 'actual: {numerator} / {denominator}: {sum}',
    zh: '实际:{numerator} / {denominator}:{sum}',
  },
  'explain.actual_none': {
    en: 'actual: none, so the indicator is missing{child}',
    zh: '实际:无数据,该指标缺数据{child}',
  },
  'explain.actual_blank_zero': {
    en: 'actual: blank, counted as 0 (missing: zero)',
    zh: '实际:空白,按 0 计(missing: zero)',
  },
  'explain.child_missing': { en: ' (a child unit has no actual)', zh: '(有下级单位缺数据)' },
  'explain.actual_rolled_up': {
    en: "actual: {shown}, the sum of the child units' actuals",
    zh: '实际:{shown},由下级单位汇总',
  },
  'explain.actual': { en: 'actual: {shown}', zh: '实际:{shown}' },
  'explain.conversion': { en: 'written "{written}", read as {shown}', zh: '填写为"{written}",换算为 {shown}' },
  'explain.year_none': { en: '{year}: no actual (missing)', zh: '{year} 年:无数据' },
  'explain.year': { en: '{year}: {shown}{summed}', zh: '{year} 年:{shown}{summed}' },
  'explain.year_summed': { en: ", the sum of the child units' actuals", zh: ',由下级单位汇总' },
  'explain.fold.sum': { en: 'sum over the years: {terms} = {total}', zh: '逐年累计:{terms} = {total}' },
  'explain.fold.average': {
    en: 'average: ({terms}) / {count} = {average}',
    zh: '年均:({terms}) / {count} = {average}',
  },
  'explain.fold.end': { en: 'the value of the last year counts: {actual}', zh: '以末年数值为准:{actual}' },
  'explain.fold.every_year': {
    en: 'every year must meet the target; the worst year is shown: {actual}',
    zh: '每年均须达到目标;取最差年份:{actual}',
  },
  'explain.fold.growth': {
    // A backslash at a line's end continues the text (one literal, so the compiler still reads its placeholders).
    en: 'compound average annual growth from the base year: {actual}% \
(compared exactly: end × 100^n against base × (100 + target)^n)',
    zh: '以基年起算的年均增长率:{actual}%(精确比较:末年 × 100^n 与 基年 × (100 + 目标)^n)',
  },
  'explain.rounding': {
    en: 'rounded half-up to {places} decimal places: target {target}{actual}',
    zh: '四舍五入到 {places} 位小数:目标 {target}{actual}',
  },
  'explain.rounding_one': {
    en: 'rounded half-up to {places} decimal place: target {target}{actual}',
    zh: '四舍五入到 {places} 位小数:目标 {target}{actual}',
  },
  'explain.rounding_actual': { en: '; actual {rounded}', zh: ';实际 {rounded}' },
  'explain.no_comparison': { en: 'no actual to compare: {status}, score 0', zh: '无实际数据可比较:{status},得 0 分' },
  'explain.comparison': { en: '{question}? {answer} → {status}', zh: '{question}?{answer} → {status}' },
  'explain.surplus': { en: 'surplus: {expr} = {surplus}', zh: '超额:{expr} = {surplus}' },
  'explain.score_proportional': {
    en: 'score: {weight} × min({actual} / {target}, 1) = {score}',
    zh: '得分:{weight} × min({actual} / {target}, 1) = {score}',
  },
  'explain.score_met': { en: 'score: met, so the weight {weight}', zh: '得分:达标,得权重分 {weight}' },
  'explain.score_missed': { en: 'score: missed, so 0 of {weight}', zh: '得分:未达标,{weight} 分中得 0 分' },
  'explain.unit_score': { en: 'unit score: {terms} = {score}{max}', zh: '单位得分:{terms} = {score}{max}' },
  'explain.unit_score_max': { en: ' of {max}', zh: '(满分 {max})' },
  'explain.overall': { en: 'overall: {overall} ({why})', zh: '总体目标:{overall}({why})' },
  'explain.overall_met': { en: 'every required indicator is met', zh: '所有计入总体目标的指标均达标' },
  'explain.overall_missed': { en: 'missed: {names}', zh: '未达标:{names}' },
  'explain.overall_incomplete': {
    en: 'no actual for {names}; no rule fires until every required actual is in',
    zh: '{names} 缺数据;数据齐全前不执行任何奖惩规则',
  },
  'explain.rule_incomplete': {
    en: '{type}: does not fire, the unit is incomplete',
    zh: '{type}:不执行,该单位数据不全',
  },
  'explain.award_withdrawn': {
    en: 'overall missed, so award eligibility is withdrawn',
    zh: '总体目标未完成,取消评先资格',
  },
  'explain.award_kept': { en: 'award eligibility kept: the overall target is met', zh: '总体目标完成,保留评先资格' },
  'explain.downgrade': {
    en: 'overall missed, so the grade drops {steps} levels',
    zh: '总体目标未完成,政绩考核降 {steps} 等',
  },
  'explain.downgrade_one': {
    en: 'overall missed, so the grade drops {steps} level',
    zh: '总体目标未完成,政绩考核降 {steps} 等',
  },
  'explain.no_downgrade': { en: 'no downgrade: the overall target is met', zh: '总体目标完成,不降等' },
  'explain.per_person_no_target': {
    en: 'per person on {indicator}: nothing to count, the unit has no target for it',
    zh: '按人计奖罚({indicator}):该单位无此目标,不计',
  },
  'explain.per_person_no_actual': {
    en: 'per person on {indicator}: nothing to count without an actual',
    zh: '按人计奖罚({indicator}):无实际数据,不计',
  },
  'explain.persons_short': { en: 'persons short: ceil({expr}) = {persons}', zh: '少 ceil({expr}) = {persons} 人' },
  'explain.persons_surplus': {
    en: 'surplus persons: floor({expr}) = {persons}',
    zh: '超额 floor({expr}) = {persons} 人',
  },
  'explain.fine': { en: 'fine: {persons} × {rate} = {yuan} yuan', zh: '罚款 {persons} × {rate} = {yuan} 元' },
  'explain.reward': { en: 'reward: {persons} × {rate} = {yuan} yuan', zh: '奖励 {persons} × {rate} = {yuan} 元' },
  'explain.no_money': { en: 'no money', zh: '不奖不罚' },
  'explain.per_person': { en: '{counted}; {money}', zh: '{counted};{money}' },
  'explain.condition_not_met': { en: '{what}: it needs {needs}', zh: '{what}:须{needs}' },
  'explain.no_fine': { en: 'no fine', zh: '不罚款' },
  'explain.no_reward': { en: 'no reward', zh: '不奖励' },
  'explain.needs.overall_met': { en: 'the overall target met', zh: '总体目标完成' },
  'explain.needs.overall_missed': { en: 'the overall target missed', zh: '总体目标未完成' },
  'explain.needs.indicator_met': { en: 'the indicator met', zh: '该指标达标' },
  'explain.needs.indicator_missed': { en: 'the indicator missed', zh: '该指标未达标' },
  'explain.money': {
    en: 'money: reward {reward} − fine {penalty} = net {net} yuan',
    zh: '奖惩:奖励 {reward} 元 − 罚款 {penalty} 元 = 净额 {net} 元',
  },
  'explain.no_grades': { en: 'no grades in the plan', zh: '方案未设等次' },
  'explain.grade_partial': {
    en: 'grade: none — the total is partial (no actual for {items}), and no grade is read from a partial total',
    zh: '等次:无——总分残缺(缺 {items} 的实际数据),不以残缺总分评定等次',
  },
  'explain.grade_given': {
    en: 'grade before: {grade}, given in the plan (base_grade)',
    zh: '降等前等次:{grade}(方案指定 base_grade)',
  },
  'explain.grade_by_score': {
    en: 'grade before: score {comparison} → {grade}',
    zh: '降等前等次:得分 {comparison} → {grade}',
  },
  'explain.grade_down': {
    en: 'grade after: {base} down {steps} → {final}',
    zh: '降等后等次:{base} 降 {steps} 等 → {final}',
  },
  'explain.grade_floor': {
    en: 'grade after: {final}, already the lowest level',
    zh: '降等后等次:{final},已是最低等次',
  },
  'explain.grade_kept': { en: 'grade after: {final} (no downgrade)', zh: '最终等次:{final}(不降等)' },
} as const satisfies Texts;
