// The catalogue's texts for mistakes in a plan's cohort part (issue 12): unit groups, tie-breaks, quotas, and
// last year's result given with --previous.
import type { Texts } from './text.js';

/** Texts of the codes raised by the cohort checks and by reading --previous. */
export const COHORT_ERRORS = {
  UNKNOWN_GROUP: {
    message: { en: 'unit group "{id}" is not declared in unit_groups', zh: '单位组 "{id}" 未在 unit_groups 中声明' },
    hint: { en: 'declare it: unit_groups: [{id, name}]', zh: '请在 unit_groups: [{id, name}] 中声明' },
  },
  GROUP_NO_UNITS: {
    message: {
      en: '{what} names unit group "{id}", which has no units: it would rank, award or quota no one',
      zh: '{what}指定的单位组 "{id}" 中没有任何单位,无人参评',
    },
    per_group: {
      en: 'a quota per unit group, but no unit names a group',
      zh: '名额按单位组计算(per: group),但没有任何单位指定了单位组',
    },
    hint: {
      en: 'give the units their group (group: ID in the YAML, or a 分组 column in the targets sheet)',
      zh: '请为单位指定单位组(YAML 中写 group: ID,或在目标分解表中加「分组」列)',
    },
    prize: { en: 'prize "{name}"', zh: '奖项「{name}」' },
    last_place: { en: 'last_place (末位)', zh: '末位' },
  },
  TIE_BREAK_INDICATOR: {
    message: {
      en: 'tie-break indicator "{id}" is not an indicator of the plan',
      zh: '同分比较指标 "{id}" 不是方案中的指标',
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
