// The catalogue's texts for mistakes in a plan's cohort part (issue 12): unit groups, tie-breaks, quotas, and
// last year's result given with --previous.
import type { Texts } from './text.js';

/** Texts of the codes raised by the cohort checks and by reading --previous. */
export const COHORT_ERRORS = {
  UNKNOWN_GROUP: {
    message: { en: 'unit group "{id}" is not declared in unit_groups', zh: '单位组 "{id}" 未在 unit_groups 中声明' },
    hint: { en: 'declare it: unit_groups: [{id, name}]', zh: '请在 unit_groups: [{id, name}] 中声明' },
  },
  TIE_BREAK_INDICATOR: {
    message: {
      en: 'tie-break indicator "{id}" is not an indicator of the plan',
      zh: '同分比较指标 "{id}" 不是方案中的指标',
    },
  },
  TIE_BREAK_SECTION: {
    message: {
      en: 'tie-break section "{id}" is not a section of the plan',
      zh: '同分比较的部分 "{id}" 不是方案评分表中的部分',
    },
    hint: { en: 'name a section id from sections: [{id, title, items}]', zh: '请填写 sections 中某一部分的 id' },
    by_section: {
      en: 'a section is compared by score or subtotal, not {by}',
      zh: '部分只能按 score(得分)或 subtotal(小计)比较,不能按 {by}',
    },
    by_section_hint: { en: 'by: score (default) or by: subtotal', zh: 'by: score(默认)或 by: subtotal' },
    by_indicator: {
      en: 'an indicator is compared by actual, surplus or score, not {by}',
      zh: '指标只能按 actual、surplus 或 score 比较,不能按 {by}',
    },
    by_indicator_hint: {
      en: 'to compare a section subtotal, name it: {section: ID, by: subtotal}',
      zh: '如需比较部分小计,请写 {section: ID, by: subtotal}',
    },
  },
  QUOTA_SHARE: {
    message: {
      en: "a quota's share cannot exceed 100% (got {share}%)",
      zh: '名额比例不能超过 100%(实为 {share}%)',
    },
    hint: { en: 'e.g. share: "30%" for 优秀等次总量控制在30%以内', zh: '例如 share: "30%"(优秀等次总量控制在30%以内)' },
  },
  QUOTA_FALLBACK: {
    message: {
      en: 'a unit kept out of {level} must go to a lower level (got {fallback})',
      zh: '未进入 {level} 名额的单位须降到更低的等次(实为 {fallback})',
    },
    hint: { en: 'one of {levels}', zh: '可选:{levels}' },
    last: {
      en: '{level} is the last level: a quota on it has no lower level to send the units it keeps out',
      zh: '{level} 是最末等次:对其设名额时,未进入名额的单位无更低等次可去',
    },
    last_hint: {
      en: 'remove the quota on {level}, or put it on a higher level',
      zh: '删去 {level} 的名额,或改为对更高等次设名额',
    },
  },
  PREVIOUS_INVALID: {
    message: { en: 'this file is not a kaohe result', zh: '该文件不是 kaohe 的结果文件' },
    several: {
      en: "this file holds several results; --previous takes one plan's result",
      zh: '该文件包含多个结果,--previous 只接受一个方案的结果',
    },
    hint: {
      en: "--previous takes last year's `kaohe score --format json` output for one plan",
      zh: '--previous 应为上年一个方案的 `kaohe score --format json` 输出',
    },
  },
} as const satisfies Readonly<Record<string, Texts>>;
