// The catalogue's texts for mistakes in a plan's cohort part (issue 12): unit groups, tie-breaks, quotas, and
// last year's result given with --previous.
import type { Texts } from './text.js';

/** Texts of the codes raised by the cohort checks and by reading --previous. */
export const COHORT_ERRORS = {
  UNKNOWN_GROUP: {
    message: { en: 'unit group "{id}" is not declared in unit_groups', zh: '单位组 "{id}" 未在 unit_groups 中声明' },
    hint: { en: 'declare it: unit_groups: [{id, name}]', zh: '请在 unit_groups: [{id, name}] 中声明' },
  },
  UNIT_NO_GROUP: {
    message: {
      en: '{unit} is in no unit group, while the plan ranks its units in groups ({groups}): it would be ranked alone',
      zh: '{unit} 未归入任何单位组,而方案分组({groups})排名:它将被单独排名',
    },
    hint: {
      en: 'give it its group (group: one of {groups} in the YAML, or its 分组 cell in the targets sheet)',
      zh: '请为其指定单位组(YAML 中写 group: {groups} 之一,或填写目标表的 分组 单元格)',
    },
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
  UNIT_SET_ASIDE: {
    message: {
      en:
        '{unit} is set aside: its total is partial (no actual for {items}), so it takes no rank, quota place, ' +
        'prize or 末位 and no grade; {what}',
      zh: '{unit}总分残缺(缺 {items} 的实际数据),不排名、不占名额、不评奖、不评末位、不评等次;{what}',
    },
    held: { en: 'held until its figures are in: {decisions}', zh: '其数据齐全前待定:{decisions}' },
    moved: { en: 'decided without it: {decisions}', zh: '不计该单位评定:{decisions}' },
    nothing: { en: 'no prize, 末位 or quota depends on it', zh: '无奖项、末位或名额受其影响' },
    provisional: {
      en: "; the other units' {items} were compared without its value, and their points may change once it is in",
      zh: ';其余单位的 {items} 是在缺少该单位数值时比较得出的,数据补齐后得分可能变化',
    },
    hint: {
      en: 'enter its figures and score again; `ranking: {incomplete: rank_rest}` ranks the others without it',
      zh: '补齐数据后重新计算;方案写 `ranking: {incomplete: rank_rest}` 则其余单位不计该单位排名评奖',
    },
  },
  RANK_PARENT_CHILD: {
    message: {
      en: '{parent} would be ranked among its own child unit {child} in {group}',
      zh: '{parent}将与其下级单位{child}在{group}中一起排名',
    },
    all: { en: 'all units', zh: '全部单位' },
    hint: {
      en:
        'a unit that assesses others is not one of them: ' +
        'give parent and children different unit groups (unit_groups, group)',
      zh: '考核者不与被考核者同组排名:请为上级单位和下级单位设不同的单位组(unit_groups、group)',
    },
  },
  PREVIOUS_PLAN: {
    message: {
      en: "--previous is a result of plan {previous}, not of {plan}: last year's grades are read by unit id",
      zh: '--previous 是方案 {previous} 的结果,不是 {plan} 的;上年等次按单位 id 对应',
    },
    hint: {
      en: "fine when the plan was only renamed for the new year; otherwise give this plan's own result of last year",
      zh: '若只是新一年方案改了 id 则无妨;否则请改用本方案上年的结果',
    },
  },
  PREVIOUS_PERIOD: {
    message: {
      en: "--previous covers {previous}, which is not before this plan's period {period}",
      zh: '--previous 的考核期为 {previous},不早于本方案的考核期 {period}',
    },
    hint: {
      en: "--previous takes last year's result: a period that ends before this one begins",
      zh: '--previous 应为上年的结果:其考核期须在本考核期开始之前结束',
    },
  },
  PREVIOUS_NO_MATCH: {
    message: {
      en: '--previous has none of the units of {plan} (matched by id): no history can apply',
      zh: '--previous 中没有 {plan} 的任何单位(按 id 对应),上年结果无从适用',
    },
    hint: { en: 'its units: {units}', zh: '其单位:{units}' },
  },
  DIFF_OTHER_PLAN: {
    message: {
      en: 'these are results of two different plans, {old} (old) and {new} (new): units are matched by id alone',
      zh: '这是两个不同方案的结果:{old}(旧)和 {new}(新),单位仅按 id 对应',
    },
    hint: {
      en: 'compare two results of one plan (two years, or two versions of one year)',
      zh: '请比较同一方案的两个结果(两个年度,或同一年度的两个版本)',
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
