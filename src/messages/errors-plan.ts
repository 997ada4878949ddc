// The catalogue's texts for mistakes in a plan that its schema cannot see: references, uniqueness, rule
// preconditions, grade scales, the unit hierarchy.
import type { Texts } from './text.js';

/** Texts of the codes raised by the plan's semantic checks. */
export const PLAN_ERRORS = {
  DUPLICATE_INDICATOR: {
    id: {
      en: 'indicator id "{value}" is already used by {list}[{before}]',
      zh: '指标 id "{value}" 已被 {list}[{before}] 使用',
    },
    name: {
      en: 'indicator name "{value}" is already used by {list}[{before}]',
      zh: '指标名称 "{value}" 已被 {list}[{before}] 使用',
    },
    id_hint: { en: 'indicator ids must be unique', zh: '指标 id 必须唯一' },
    name_hint: {
      en: 'names are matched in actuals headers, so they must be unique',
      zh: '数据表头按名称匹配,名称必须唯一',
    },
  },
  DUPLICATE_UNIT: {
    id: {
      en: 'unit id "{value}" is already used by {list}[{before}]',
      zh: '单位 id "{value}" 已被 {list}[{before}] 使用',
    },
    name: {
      en: 'unit name "{value}" is already used by {list}[{before}]',
      zh: '单位名称 "{value}" 已被 {list}[{before}] 使用',
    },
    id_hint: { en: 'unit ids must be unique', zh: '单位 id 必须唯一' },
    name_hint: {
      en: 'actuals match units by name too, so names must be unique',
      zh: '实际数据也按名称匹配单位,名称必须唯一',
    },
  },
  UNKNOWN_INDICATOR: {
    target: { en: 'target for unknown indicator "{id}"', zh: '目标所属指标 "{id}" 不存在' },
    overall: { en: 'overall names unknown indicator "{id}"', zh: 'overall 中的指标 "{id}" 不存在' },
    rule: { en: 'rule names unknown indicator "{id}"', zh: '规则中的指标 "{id}" 不存在' },
    gate: { en: 'gate names unknown indicator "{id}"', zh: '门槛中的指标 "{id}" 不存在' },
    group: { en: 'group names unknown indicator "{id}"', zh: '指标组中的指标 "{id}" 不存在' },
    section: { en: 'section names unknown item "{id}"', zh: '评分部分中的评分项 "{id}" 不存在' },
    explain: { en: 'no indicator "{id}" in this plan', zh: '方案中没有指标 "{id}"' },
    no_target: { en: '{unit} has no target for {name} ({id})', zh: '{unit} 没有 {name}({id})的目标' },
  },
  UNKNOWN_UNIT: {
    message: { en: 'no unit "{id}" in this plan', zh: '方案中没有单位 "{id}"' },
  },
  UNKNOWN_PARENT: {
    message: { en: 'parent "{parent}" is not a unit of this plan', zh: '上级单位 "{parent}" 不是本方案中的单位' },
  },
  PARENT_CYCLE: {
    message: { en: 'unit {unit} is its own ancestor: {chain}', zh: '单位 {unit} 的上级链形成循环:{chain}' },
    hint: { en: 'a parent chain must end at a unit without parent', zh: '上级链必须终止于没有 parent 的单位' },
  },
  RULE_INDICATOR: {
    message: {
      en: 'a per_person rule needs an at_least indicator counting persons (人, 名 or 万人); {id} is {direction} in {unit}',
      zh: '按人奖惩规则需要计人的 at_least 指标(人、名或万人);{id} 为 {direction},单位 {unit}',
    },
    hint: {
      en: 'name an indicator like urban_new_jobs (城镇新增就业, 人)',
      zh: '请指定如 urban_new_jobs(城镇新增就业,人)这样的指标',
    },
    veto: {
      en: 'a veto on {when} needs indicator: the one it watches',
      zh: '{when} 一票否决须指定 indicator(所针对的指标)',
    },
    veto_hint: { en: 'add indicator: <id>', zh: '添加 indicator: <指标 id>' },
  },
  TOLERANCE_REQUIRED: {
    message: {
      en: 'indicator {id} is approx (…左右) but has no tolerance',
      zh: '指标 {id} 为 approx(…左右),但未设置 tolerance',
    },
    hint: {
      en: 'add tolerance: a number in the indicator\'s unit, or "N%" of the target',
      zh: '添加 tolerance:指标单位的数值,或目标的百分比 "N%"',
    },
  },
  TOLERANCE_NOT_APPROX: {
    message: {
      en: 'tolerance applies only to approx indicators ({id} is {direction})',
      zh: 'tolerance 仅适用于 approx 指标({id} 为 {direction})',
    },
    hint: { en: 'remove tolerance, or make the direction approx', zh: '删除 tolerance,或将 direction 改为 approx' },
  },
  PROPORTIONAL_DIRECTION: {
    message: {
      en: 'proportional scoring needs an at_least indicator ({id} is {direction})',
      zh: '按比例计分仅适用于 at_least 指标({id} 为 {direction})',
    },
    hint: { en: 'use scoring: pass_fail', zh: '请使用 scoring: pass_fail' },
  },
  GRADE_THRESHOLDS: {
    levels_unique: { en: 'grade levels must be different from each other', zh: '等次名称不能重复' },
    count: {
      en: '{levels} levels need {needed} thresholds (got {got})',
      zh: '{levels} 个等次需要 {needed} 个分数线(实际 {got} 个)',
    },
    count_hint: {
      en: 'one threshold between each two levels, highest first: [90, 75, 60]',
      zh: '每两个等次之间一个分数线,由高到低,如 [90, 75, 60]',
    },
    descend: {
      en: 'thresholds must descend: {value} is not below {before}',
      zh: '分数线必须递减:{value} 不低于 {before}',
    },
    descend_hint: { en: 'list them highest first, like [90, 75, 60]', zh: '由高到低排列,如 [90, 75, 60]' },
  },
  UNKNOWN_GRADE: {
    message: {
      en: 'base_grade "{grade}" is not one of the levels {levels}',
      zh: 'base_grade "{grade}" 不是等次 {levels} 之一',
    },
  },
  NO_GRADES: {
    downgrade: { en: 'a downgrade rule needs grades: levels to move down', zh: '降等规则需要 grades: levels 等次' },
    downgrade_hint: {
      en: 'add grades: {levels: [一等, 二等, 三等, 四等], thresholds: [90, 75, 60]}',
      zh: '添加 grades: {levels: [一等, 二等, 三等, 四等], thresholds: [90, 75, 60]}',
    },
    base_grade: { en: 'base_grade needs grades: levels in the plan', zh: 'base_grade 需要方案中定义 grades: levels' },
  },
  PERIOD_ORDER: {
    message: { en: 'the period starts ({from}) after it ends ({to})', zh: '考核期起始年({from})晚于结束年({to})' },
    hint: { en: 'swap from and to', zh: '请交换 from 和 to' },
  },
  OVER_PERIOD_REQUIRED: {
    message: {
      en: 'indicator {id} of a multi-year plan needs over_period',
      zh: '多年方案的指标 {id} 需要设置 over_period',
    },
    hint: {
      en: 'sum (累计), end (到20XX年), every_year (每年), average (平均) or growth (年均增长率)',
      zh: 'sum(累计)、end(到20XX年)、every_year(每年)、average(平均)或 growth(年均增长率)',
    },
  },
  RATE_OF: {
    message: {
      en: 'rate_of.{part} "{ref}" must name another indicator of the plan',
      zh: 'rate_of.{part} "{ref}" 必须是方案中的另一个指标',
    },
    unit: {
      en: 'a rate_of indicator is a percentage: its unit must be % (got {unit})',
      zh: 'rate_of 指标为百分比,单位必须为 %(实际为 {unit})',
    },
  },
  ACTUALS_NOT_FOUND: {
    message: { en: 'actuals file not found: {path}', zh: '找不到实际数据文件:{path}' },
    hint: { en: 'paths in actuals: are relative to the plan file', zh: 'actuals: 中的路径相对于方案文件所在目录' },
  },
  TARGET_SPLIT_SHORT: {
    message: {
      en: "the children's targets for {id} add up to {sum}, short of {parent}'s {target} by {gap} {unit}",
      zh: '下级单位 {id} 目标合计 {sum},比 {parent} 的目标 {target} 少 {gap}{unit}(分解不足)',
    },
    // {parent} and {children} are named as each language names a unit: by id in English, by name in Chinese.
    hint: { en: 'raise the split across {children}', zh: '请调整 {children} 的分解目标' },
  },
  TARGET_IMPLAUSIBLE: {
    message: { en: 'the target of {unit} for {indicator}: {detail}', zh: '{unit}的「{indicator}」目标值:{detail}' },
    fraction_for_percent: {
      en: "a rate of {value}% where the other units' targets are about {typical}%: a fraction typed for a percentage?",
      zh: '比率 {value}%,而其他单位的目标约为 {typical}%:是否把百分数填成了小数?',
    },
    did_you_mean: { en: 'did you mean {meant}?', zh: '是否应为 {meant}?' },
    ratio: {
      en: "the target of {unit} for {indicator}, {target} {measure}, is 100 times or a hundredth of the other units' \
targets (about {typical} {measure}), while its actual {actual} {measure} at {at} is in line with theirs",
      zh: '{unit}的「{indicator}」目标 {target}{measure} 与其他单位的目标(约 {typical}{measure})相差 100 倍以上,\
而 {at} 处的实际值 {actual}{measure} 与其他单位相当',
    },
    ratio_hint: {
      en: 'the slip is more likely in the target: check its unit of measure (人 or 万人); if it is right, run again \
with --accept-outliers',
      zh: '更可能是目标值填错:请检查计量单位(人还是万人);如确实无误,请加 --accept-outliers 重新运行',
    },
  },
  TARGETS_SHEET: {
    both: {
      en: 'a plan gives its units either in units: or in a targets sheet (targets:), not both',
      zh: '方案的责任单位要么写在 units: 中,要么放在目标分解表(targets:)中,不能两者都有',
    },
    neither: {
      en: 'the plan has no units: and no targets sheet (targets:)',
      zh: '方案既没有 units: 也没有目标分解表(targets:)',
    },
    units_hint: {
      en: "kaohe template PLAN --targets writes a plan's units as a sheet",
      zh: 'kaohe template 方案文件 --targets 可把方案的单位导出为分解表',
    },
    not_found: { en: 'targets sheet not found: {path}', zh: '找不到目标分解表:{path}' },
    not_found_hint: {
      en: 'the path in targets: is relative to the plan file',
      zh: 'targets: 中的路径相对于方案文件所在目录',
    },
    format: {
      en: 'kaohe cannot read "{ext}" files as a targets sheet',
      zh: 'kaohe 不能将 "{ext}" 文件作为目标分解表读取',
    },
    format_hint: { en: 'a targets sheet is a .csv or .xlsx file', zh: '目标分解表应为 .csv 或 .xlsx 文件' },
    no_header: { en: 'the targets sheet holds no header row', zh: '目标分解表中没有表头行' },
    missing_columns: {
      en: 'the targets sheet has no {fields} column ({headers})',
      zh: '目标分解表缺少{fields}列({headers})',
    },
    template_hint: {
      en: 'run kaohe template PLAN --targets for a sheet with the right columns',
      zh: '可运行 kaohe template 方案文件 --targets 生成格式正确的分解表',
    },
    second_column: { en: 'a second column for {indicator}', zh: '{indicator} 有第二列' },
    empty_id: { en: 'the unit id is empty', zh: '单位编号为空' },
    bad_id: { en: '"{id}" is not a unit id', zh: '"{id}" 不是有效的单位编号' },
    id_hint: {
      en: 'ids are lower-case ascii snake_case, like dongcheng',
      zh: 'id 应为小写 ASCII 蛇形命名,如 dongcheng',
    },
    no_name: { en: 'unit {id} has no name', zh: '单位 {id} 没有名称' },
  },
} as const satisfies Readonly<Record<string, Texts>>;
