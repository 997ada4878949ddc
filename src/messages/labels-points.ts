// The catalogue's phrases of point tables (评分细则) in `kaohe explain` and the reports: vetoes, gates, methods,
// groups and sections. The core says which phrase and with which numbers; src/report words it.
import type { Texts } from './text.js';

/** The point-table phrases, by id. */
export const POINT_LABELS = {
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
  'explain.veto.grade': { en: 'grade forced to {level}', zh: '等次定为{level}' },
  'explain.veto.bar': { en: 'barred from {level}', zh: '不得评为{level}' },
  'explain.veto.zero_score': { en: 'score set to 0 (was {before})', zh: '总分记 0 分(原 {before} 分)' },
  'explain.veto.withdraw_award': { en: 'award eligibility withdrawn', zh: '取消评先资格' },
  'explain.join': { en: '{first}, {rest}', zh: '{first}、{rest}' },
} as const satisfies Texts;
