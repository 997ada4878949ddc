// The catalogue's phrases of point tables (评分细则) in `kaohe explain` and the reports: vetoes, gates, methods,
// groups and sections. The core says which phrase and with which numbers; src/report words it.
import type { Texts } from './text.js';

/** The point-table phrases, by id. */
export const POINT_LABELS = {
  'consequence.veto': { en: 'veto {name} ({source})', zh: '一票否决 {name}({source})' },
  'explain.grade_gated': {
    en: "grade before: score {comparison} → {reached}, but the unit fails that level's gate → {grade}",
    zh: '降等前等次:得分 {comparison} → {reached},但未满足该等次的门槛 → {grade}',
  },
  'explain.veto_idle': { en: 'veto{name} ({condition}): does not fire', zh: '一票否决{name}({condition}):未触发' },
  'explain.veto_fired': {
    en: 'veto{name} fires: {condition} → {effects}',
    zh: '一票否决{name}触发:{condition} → {effects}',
  },
  'explain.veto_name': { en: ' "{name}"', zh: '“{name}”' },
  'explain.veto.overall_missed': { en: 'the overall target missed', zh: '总体目标未完成' },
  'explain.veto.indicator_missed': { en: '{id} missed', zh: '{id} 未完成' },
  'explain.veto.event': { en: '{id} counted more than 0', zh: '{id} 次数大于 0' },
  'explain.veto.event_count': { en: '{id} counted {count} > 0', zh: '{id} 次数 {count} > 0' },
  'explain.veto.grade': { en: 'grade at best {level}', zh: '等次最高为{level}' },
  'explain.veto.bar': { en: 'barred from {level}', zh: '不得评为{level}' },
  'explain.veto.zero_score': { en: 'score set to 0 (was {before})', zh: '总分记 0 分(原 {before} 分)' },
  'explain.veto.withdraw_award': { en: 'award eligibility withdrawn', zh: '取消评先资格' },
  'explain.join': { en: '{first}, {rest}', zh: '{first}、{rest}' },
  'explain.m.missing': { en: 'no actual: 0 points', zh: '无实际数据:0 分' },
  'explain.m.pass_fail': { en: '{status}: {points} of {weight}', zh: '{status}:得 {points} 分(满分 {weight})' },
  'explain.m.proportional': {
    en: 'in proportion: {weight} × {actual} ÷ {target} = {points}',
    zh: '按完成比例:{weight} × {actual} ÷ {target} = {points}',
  },
  'explain.m.no_rate': { en: 'no rate to read (target 0): {points} points', zh: '目标为 0,无完成率可计:{points} 分' },
  'explain.m.completion': {
    en: 'completion {actual} ÷ {target} × 100 = {rate}%',
    zh: '完成率 {actual} ÷ {target} × 100 = {rate}%',
  },
  'explain.m.on_target': { en: 'exactly on target: {points} points', zh: '恰好完成目标:{points} 分' },
  'explain.m.no_side': {
    en: 'beyond the target, which earns nothing more here: {points} points',
    zh: '超额不加分:{points} 分',
  },
  'explain.m.steps_below': {
    en: '{gap} points below → {steps} step(s) of {every} ({partial}) × {each} → −{change}{capped} → {points}/{weight}',
    zh: '低 {gap} 个百分点 → {steps} 个阶梯(每 {every} 个,{partial})× {each} → 扣 {change}{capped} → {points}/{weight} 分',
  },
  'explain.m.steps_above': {
    en: '{gap} points above → {steps} step(s) of {every} ({partial}) × {each} → +{change}{capped} → {points}/{weight}+',
    zh: '高 {gap} 个百分点 → {steps} 个阶梯(每 {every} 个,{partial})× {each} → 加 {change}{capped} → {points} 分,基础 {weight}',
  },
  'explain.m.partial.floor': { en: 'whole steps only', zh: '只计整阶梯' },
  'explain.m.partial.ceil': { en: 'a part counts whole', zh: '不足一个阶梯按一个计' },
  'explain.m.partial.pro_rata': { en: 'a part pro rata', zh: '不足一个阶梯按比例计' },
  'explain.m.side_capped': { en: ' (at most {cap})', zh: '(最多 {cap} 分)' },
  'explain.m.on.completion': {
    en: 'completion {actual} ÷ {target} × 100 = {x}%',
    zh: '完成率 {actual} ÷ {target} × 100 = {x}%',
  },
  'explain.m.on.shortfall': {
    en: 'shortfall ({target} − {actual}) ÷ {target} × 100 = {x}%',
    zh: '差额 ({target} − {actual}) ÷ {target} × 100 = {x}%',
  },
  'explain.m.on.value': { en: 'value {x}', zh: '数值 {x}' },
  'explain.m.band_points': { en: 'in band {band} → {points} points', zh: '落在 {band} 档 → {points} 分' },
  'explain.m.band_deduct': {
    en: 'in band {band} → −{deduct} → {points} of {weight}',
    zh: '落在 {band} 档 → 扣 {deduct} 分 → 得 {points} 分(满分 {weight})',
  },
  'explain.m.zero_from': { en: 'count {count} ≥ {from}: 0 points', zh: '次数 {count} ≥ {from}:不得分' },
  'explain.m.count_add': { en: '{count} × {each} = {points}', zh: '{count} 次 × {each} 分 = {points} 分' },
  'explain.m.count_deduct': {
    en: '{weight} − {count} × {each} = {points}',
    zh: '{weight} − {count} 次 × {each} 分 = {points} 分',
  },
  'explain.m.direct': { en: 'points given: {points}', zh: '考核评分:{points} 分' },
  'explain.m.efficacy': {
    en: 'd = 60 + 40 × ({x} − {u}) ÷ ({s} − {u}) = {d}, taken {coefficient} → {weight} × it ÷ 100 = {points}',
    zh: '功效系数 60 + 40 × ({x} − {u}) ÷ ({s} − {u}) = {d},计 {coefficient} → {weight} × 系数 ÷ 100 = {points}',
  },
  'explain.m.clamped': { en: 'within [{floor}, {cap}]: {points}', zh: '限于 [{floor}, {cap}]:{points} 分' },
  'explain.m.child_failed': {
    en: 'a child unit missed it, so the parent misses it too',
    zh: '有下级单位未完成,上级单位该项亦按未完成计',
  },
  'explain.group': {
    en: 'group {name}: {points} − {misses} missed × {per_miss} = {raw}, floor {floor} → {score}',
    zh: '指标组 {name}:{points} − 未完成 {misses} 项 × {per_miss} = {raw},不低于 {floor} → {score} 分',
  },
  'explain.group_missing': {
    en: 'group {name}: no actual for {list}, so the group is undecided → 0',
    zh: '指标组 {name}:{list} 缺少实际完成数,该组无法评定 → 0 分',
  },
  'explain.section': { en: '{title}: {terms} = {subtotal}{limits}', zh: '{title}:{terms} = {subtotal}{limits}' },
  'explain.section_held': {
    en: ', {name} {sum} held to {cap} → {after}',
    zh: ',其中{name} {sum} 分封顶 {cap} 分 → {after} 分',
  },
  'explain.section_held_then': {
    en: ', {name} {sum} held to {cap} → {after}{rest}',
    zh: ',其中{name} {sum} 分封顶 {cap} 分 → {after} 分{rest}',
  },
  'explain.section_capped': { en: ', capped at {cap} → {score}', zh: ',封顶 {cap} 分 → {score} 分' },
  'explain.section_floored': { en: ', raised to its floor → {score}', zh: ',不低于保底分 → {score} 分' },
  'explain.section_kept': { en: ' → {score}', zh: ' → {score} 分' },
  'explain.total_sections': { en: 'total: {terms} = {total}', zh: '总分:{terms} = {total} 分' },
} as const satisfies Texts;
