// The catalogue's texts for mistakes in a point table (评分细则): levels, bands, caps, groups, events.
import type { Texts } from './text.js';

/** Texts of the codes raised by the point-table checks and the rule types that name levels. */
export const POINT_ERRORS = {
  UNKNOWN_LEVEL: {
    message: {
      en: 'level "{level}" is not one of the levels {levels}',
      zh: '等次 "{level}" 不是 {levels} 之一',
    },
    hint: {
      en: 'name a level exactly as grades.levels writes it',
      zh: '等次名称须与 grades.levels 中的写法完全一致',
    },
    no_grades: {
      en: 'level "{level}" is named, but the plan has no grades',
      zh: '引用了等次 "{level}",但方案未设 grades',
    },
    no_grades_hint: {
      en: 'add grades: {levels: [优秀, 达标, 不达标], thresholds: [90, 75]}',
      zh: '添加 grades: {levels: [优秀, 达标, 不达标], thresholds: [90, 75]}',
    },
  },
  BAND_GAP: {
    message: {
      en: 'bands leave a gap: {before} then {band}',
      zh: '分档之间有空缺:{before} 之后是 {band}',
    },
    hint: {
      en: 'begin each band where the one before ends, the shared edge in one of them (to: 5, then above: 5)',
      zh: '每档应从上一档结束处开始,分界值只属于其中一档(如 to: 5 之后 above: 5)',
    },
    below_first: {
      en: 'the first band {band} leaves the values below it without a band',
      zh: '第一档 {band} 以下的数值不属于任何一档',
    },
    above_last: {
      en: 'the last band {band} leaves the values above it without a band',
      zh: '最后一档 {band} 以上的数值不属于任何一档',
    },
  },
  BAND_OVERLAP: {
    message: { en: 'bands overlap: {before} and {band}', zh: '分档重叠:{before} 与 {band}' },
    hint: {
      en: 'list bands ascending; put a shared edge in one band only (to: 5, then above: 5)',
      zh: '分档应从小到大排列,分界值只属于其中一档(如 to: 5 之后 above: 5)',
    },
  },
  BAND_EMPTY: {
    message: { en: 'band {band} holds no value', zh: '分档 {band} 不含任何数值' },
    hint: {
      en: "a band's lower edge must be below its upper edge (from: 5, to: 10), or equal with both included",
      zh: '分档的下沿须低于上沿(如 from: 5, to: 10),相等时两端都须含本数',
    },
  },
  BANDS_DIRECTION: {
    message: {
      en: 'bands on {on} cannot score an at_most indicator: a unit over its ceiling would read as better than target',
      zh: '按 {on} 分档不适用于 at_most 指标:超出控制数的单位反而会落在较好的档次',
    },
    hint: {
      en: 'band the value itself (on: value, e.g. {to: 4, points: 5}), or score the ceiling pass_fail',
      zh: '请按数值本身分档(on: value,如 {to: 4, points: 5}),或按 pass_fail 计分(达到控制数得全分)',
    },
  },
  ITEM_IN_TWO_GROUPS: {
    message: {
      en: 'indicator {id} is already a member of group {first}: a member counts in one group only',
      zh: '指标 {id} 已属于指标组 {first}:一项指标只能计入一个指标组',
    },
    hint: {
      en: 'remove it from one of the groups (its miss would be deducted twice)',
      zh: '请从其中一个指标组删去它(否则未完成时会重复扣分)',
    },
  },
  GROUP_MEMBER_WEIGHT: {
    message: {
      en: 'indicator {id} is in group {group} yet weighs {weight} itself: a member scores only through its group',
      zh: '指标 {id} 属于指标组 {group},却有自己的分值 {weight}:组内指标只通过指标组计分',
    },
    hint: {
      en: 'remove its weight (the group has {points} points), or take it out of the group',
      zh: '请删去它的 weight(该组分值为 {points} 分),或把它移出指标组',
    },
  },
  ITEM_OUTSIDE_SECTIONS: {
    message: {
      en: 'item {id} can score points but is in no section: with sections, the total is the sum of their subtotals',
      zh: '评分项 {id} 可以得分,却不属于任何部分:设有 sections 时,总分为各部分小计之和',
    },
    hint: {
      en: "list {id} in one section's items ({sections})",
      zh: '请把 {id} 列入某一部分的 items({sections})',
    },
  },
  SECTION_POINTS_SHORT: {
    message: {
      en: 'section {id} is worth {points} but its items are worth {items}: every unit is held to {points}',
      zh: '部分 {id} 分值为 {points},但其评分项分值合计 {items}:每个单位的小计都将被限制在 {points} 分',
    },
    hint: {
      en: "give the section its items' value (points: {items}, or none); to hold them back on purpose: cap: {points}",
      zh: '请把本部分分值改为各项之和(points: {items},或省略 points);如确需限制小计,请写 cap: {points}',
    },
  },
  CAP_BELOW_FLOOR: {
    message: { en: 'cap {cap} is below floor {floor}', zh: '上限 {cap} 低于下限 {floor}' },
    hint: { en: 'a cap must be at least the floor', zh: '上限不能低于下限' },
  },
  GROUP_EMPTY: {
    message: { en: 'group {id} has no indicators', zh: '指标组 {id} 没有指标' },
    hint: { en: 'list its members: indicators: [a, b]', zh: '请列出组内指标:indicators: [a, b]' },
  },
  CAP_OUTSIDE_SECTION: {
    message: {
      en: "the cap {cap} of section {section} names {id}, which is not one of the section's items",
      zh: '部分 {section} 的嵌套上限 {cap} 引用了 {id},但它不是本部分的评分项',
    },
    hint: {
      en: "a nested cap holds back items of its own section: name one of {items}, or list {id} in the section's items",
      zh: '嵌套上限只能限制本部分的评分项:请引用 {items} 之一,或把 {id} 列入本部分的 items',
    },
  },
  ITEM_IN_TWO_SECTIONS: {
    message: {
      en: 'item {id} is already listed in section {first}: an item counts in one section only',
      zh: '评分项 {id} 已列在部分 {first} 中:一个评分项只能计入一个部分',
    },
    hint: {
      en: 'remove it from one of the sections (its points would be counted twice)',
      zh: '请从其中一个部分删去它(否则其得分会重复计算)',
    },
  },
  EFFICACY_NO_SCALE: {
    message: {
      en: 'satisfactory {satisfactory} equals unacceptable {unacceptable}: the efficacy coefficient has no scale',
      zh: '满意值 {satisfactory} 等于不允许值 {unacceptable}:功效系数无从计算',
    },
    target: {
      en: "{unit}'s target {target}, the satisfactory value, equals unacceptable {unacceptable}: no scale",
      zh: '{unit} 的目标值 {target} 即满意值,等于不允许值 {unacceptable}:功效系数无从计算',
    },
    hint: {
      en: 'the coefficient is 60 + 40 × (x − unacceptable) ÷ (satisfactory − unacceptable): give two different values',
      zh: '功效系数 = 60 + 40 × (实际值 − 不允许值) ÷ (满意值 − 不允许值):两个值须不同',
    },
  },
  EFFICACY_DIRECTION: {
    message: {
      en: 'satisfactory {satisfactory} is on the wrong side of unacceptable {unacceptable} for {direction}',
      zh: '满意值 {satisfactory} 与不允许值 {unacceptable} 的方向与 {direction} 指标相反',
    },
    target: {
      en: "{unit}'s target {target}, the satisfactory value, is on the wrong side of unacceptable {unacceptable}",
      zh: '{unit} 的目标值 {target} 即满意值,与不允许值 {unacceptable} 的方向相反',
    },
    hint: {
      en: 'at_least: satisfactory above unacceptable (满意值 > 不允许值); at_most: below it. Else better scores less',
      zh: 'at_least 指标满意值应高于不允许值;at_most 指标应低于不允许值——否则越好的值得分越低',
    },
  },
  STEPS_DIRECTION: {
    message: {
      en: 'steps on the completion rate cannot score an at_most indicator: a lower value is better, yet reads as below',
      zh: '按完成率计的 steps 不适用于 at_most 指标:数值越低越好,完成率却显示为低于目标',
    },
    hint: {
      en: 'use measure: value (steps of the value itself, e.g. every 0.1 point of a rate), or bands',
      zh: '请改用 measure: value(按数值本身计档,如每 0.1 个百分点),或改用 bands',
    },
  },
  EVENT_MISSING: {
    message: {
      en: 'no count for {unit} / {indicator}, and the plan does not say a missing row is 0',
      zh: '{unit} / {indicator} 没有次数数据,且方案未声明缺行按 0 计',
    },
    hint: {
      en: 'fill in the count (0 if none), or add missing: zero to its scoring',
      zh: '请填写次数(没有则填 0),或在 scoring 中加上 missing: zero',
    },
  },
  RELATIVE_DIRECTION: {
    message: {
      en: 'relative_to_best needs an at_least indicator ({id} is {direction})',
      zh: '按最好值比例计分(relative_to_best)仅适用于 at_least 指标({id} 为 {direction})',
    },
    hint: {
      en: 'no source states value ÷ best for a lower-is-better value; rank it with rank_points instead',
      zh: '越低越好的指标没有“实际值 ÷ 最好值”的依据;可改用按名次赋分 rank_points',
    },
  },
  RANK_POINTS_TABLE: {
    message: {
      en: 'rank {rank} scores {points}, more than the rank before it ({before})',
      zh: '第 {rank} 名得 {points} 分,多于前一名({before} 分)',
    },
    hint: {
      en: 'list the points best rank first: [60, 57, 54, 51, 48]',
      zh: '按名次由高到低列出分数:[60, 57, 54, 51, 48]',
    },
    over_weight: {
      en: 'the first rank scores {points}, more than the item is worth (weight {weight})',
      zh: '第 1 名得 {points} 分,超过该项分值({weight} 分)',
    },
    over_weight_hint: {
      en: 'give the indicator weight: {points}, or a cap of its own',
      zh: '请将该指标的 weight 设为 {points},或另设 cap',
    },
  },
} as const satisfies Readonly<Record<string, Texts>>;
