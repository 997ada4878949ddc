// Semantic checks a schema cannot express: uniqueness, references between parts of the plan,
// rule preconditions, grade scales, the unit hierarchy. Each has its own error code and position.
import { D } from '../decimal.js';
import type { Diagnostic, ErrorCode, Msg, Plan } from '../model.js';
import { closest } from '../suggest.js';
import { checkCohort } from './cohort-plan.js';
import { ruleDefinition } from '../core/rules/index.js';
import { checkPointTable } from './point-checks.js';
import { keyNodeAt, sourceAt, sourceOfNode, type YamlFile, type YamlPath } from './yaml.js';

/** Reports one diagnostic at a path of the plan. */
export type Report = (
  code: ErrorCode,
  path: YamlPath,
  message: Msg,
  hint?: Msg,
  options?: { key?: boolean; severity?: 'warning' },
) => void;

/** Units of measure that add up across units (everything but a rate). */
export const ADDITIVE_UNITS = new Set(['人', '名', '万人', '人次', '万人次', '户', '个', '家', '次', '元', '万元']);

/** Returns every semantic error and warning of a schema-valid plan. */
export function checkPlan(plan: Plan, y: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (code, path, message, hint, options) => {
    const node = options?.key ? keyNodeAt(y, path) : undefined;
    const at = node ? sourceOfNode(y, node) : sourceAt(y, path);
    out.push({ code, severity: options?.severity ?? 'error', ...at, message, ...(hint ? { hint } : {}) });
  };
  checkPeriod(plan, report);
  checkIndicators(plan, report);
  checkUnits(plan, report);
  checkOverallAndRules(plan, report);
  checkGrades(plan, report);
  checkCohort(plan, report);
  checkPointTable(plan, report, didYouMean);
  if (out.every((d) => d.severity !== 'error')) checkTargetSplit(plan, report);
  return out;
}

export const didYouMean = (input: string, candidates: Iterable<string>): Msg | undefined => {
  const near = closest(input, candidates);
  return near ? { en: `did you mean ${near}?`, zh: `是否应为 ${near}?` } : undefined;
};

/** Reports every id and every name used a second time in a list of indicators or units. */
function checkUnique(
  items: readonly { id: string; name: string }[],
  list: string,
  code: ErrorCode,
  kind: Msg,
  nameHint: Msg,
  report: Report,
): void {
  const first = { id: new Map<string, number>(), name: new Map<string, number>() };
  items.forEach((item, i) => {
    for (const field of ['id', 'name'] as const) {
      const value = item[field];
      const before = first[field].get(value);
      if (before === undefined) {
        first[field].set(value, i);
        continue;
      }
      const what =
        field === 'id' ? { en: `${kind.en} id`, zh: `${kind.zh} id` } : { en: `${kind.en} name`, zh: `${kind.zh}名称` };
      report(
        code,
        [list, i, field],
        {
          en: `${what.en} "${value}" is already used by ${list}[${before}]`,
          zh: `${what.zh} "${value}" 已被 ${list}[${before}] 使用`,
        },
        field === 'id' ? { en: `${kind.en} ids must be unique`, zh: `${kind.zh} id 必须唯一` } : nameHint,
      );
    }
  });
}

function checkPeriod(plan: Plan, report: Report): void {
  if (plan.period.from > plan.period.to) {
    report(
      'PERIOD_ORDER',
      ['plan', 'period'],
      {
        en: `the period starts (${plan.period.from}) after it ends (${plan.period.to})`,
        zh: `考核期起始年(${plan.period.from})晚于结束年(${plan.period.to})`,
      },
      { en: 'swap from and to', zh: '请交换 from 和 to' },
    );
  }
}

function checkIndicators(plan: Plan, report: Report): void {
  const known = new Set(plan.indicators.map((i) => i.id));
  const multiYear = plan.period.from < plan.period.to;
  checkUnique(
    plan.indicators,
    'indicators',
    'DUPLICATE_INDICATOR',
    { en: 'indicator', zh: '指标' },
    { en: 'names are matched in actuals headers, so they must be unique', zh: '数据表头按名称匹配,名称必须唯一' },
    report,
  );
  plan.indicators.forEach((ind, i) => {
    const at = ['indicators', i];
    if (ind.direction === 'approx' && !ind.tolerance)
      report(
        'TOLERANCE_REQUIRED',
        [...at, 'direction'],
        {
          en: `indicator ${ind.id} is approx (…左右) but has no tolerance`,
          zh: `指标 ${ind.id} 为 approx(…左右),但未设置 tolerance`,
        },
        {
          en: 'add tolerance: a number in the indicator\'s unit, or "N%" of the target',
          zh: '添加 tolerance:指标单位的数值,或目标的百分比 "N%"',
        },
      );
    if (ind.direction !== 'approx' && ind.tolerance)
      report(
        'TOLERANCE_NOT_APPROX',
        [...at, 'tolerance'],
        {
          en: `tolerance applies only to approx indicators (${ind.id} is ${ind.direction})`,
          zh: `tolerance 仅适用于 approx 指标(${ind.id} 为 ${ind.direction})`,
        },
        { en: 'remove tolerance, or make the direction approx', zh: '删除 tolerance,或将 direction 改为 approx' },
      );
    if (ind.scoring === 'proportional' && ind.direction !== 'at_least')
      report(
        'PROPORTIONAL_DIRECTION',
        [...at, 'scoring'],
        {
          en: `proportional scoring needs an at_least indicator (${ind.id} is ${ind.direction})`,
          zh: `按比例计分仅适用于 at_least 指标(${ind.id} 为 ${ind.direction})`,
        },
        { en: 'use scoring: pass_fail', zh: '请使用 scoring: pass_fail' },
      );
    if (multiYear && !ind.overPeriod)
      report(
        'OVER_PERIOD_REQUIRED',
        at,
        {
          en: `indicator ${ind.id} of a multi-year plan needs over_period`,
          zh: `多年方案的指标 ${ind.id} 需要设置 over_period`,
        },
        {
          en: 'sum (累计), end (到20XX年), every_year (每年), average (平均) or growth (年均增长率)',
          zh: 'sum(累计)、end(到20XX年)、every_year(每年)、average(平均)或 growth(年均增长率)',
        },
      );
    if (ind.rateOf) {
      for (const part of ['numerator', 'denominator'] as const) {
        const ref = ind.rateOf[part];
        if (!known.has(ref) || ref === ind.id)
          report(
            'RATE_OF',
            [...at, 'rate_of', part],
            {
              en: `rate_of.${part} "${ref}" must name another indicator of the plan`,
              zh: `rate_of.${part} "${ref}" 必须是方案中的另一个指标`,
            },
            didYouMean(ref, known),
          );
      }
      if (ind.unit !== '%')
        report('RATE_OF', [...at, 'unit'], {
          en: `a rate_of indicator is a percentage: its unit must be % (got ${ind.unit})`,
          zh: `rate_of 指标为百分比,单位必须为 %(实际为 ${ind.unit})`,
        });
    }
  });
}

function checkUnits(plan: Plan, report: Report): void {
  const indicatorIds = new Set(plan.indicators.map((i) => i.id));
  const unitIds = new Set(plan.units.map((u) => u.id));
  checkUnique(
    plan.units,
    'units',
    'DUPLICATE_UNIT',
    { en: 'unit', zh: '单位' },
    { en: 'actuals match units by name too, so names must be unique', zh: '实际数据也按名称匹配单位,名称必须唯一' },
    report,
  );
  plan.units.forEach((unit, i) => {
    const at = ['units', i];
    for (const id of unit.targets.keys()) {
      if (!indicatorIds.has(id))
        report(
          'UNKNOWN_INDICATOR',
          [...at, 'targets', id],
          { en: `target for unknown indicator "${id}"`, zh: `目标所属指标 "${id}" 不存在` },
          didYouMean(id, indicatorIds),
          { key: true },
        );
    }
    if (unit.parent !== undefined && !unitIds.has(unit.parent))
      report(
        'UNKNOWN_PARENT',
        [...at, 'parent'],
        {
          en: `parent "${unit.parent}" is not a unit of this plan`,
          zh: `上级单位 "${unit.parent}" 不是本方案中的单位`,
        },
        didYouMean(unit.parent, unitIds),
      );
  });
  const parentOf = new Map(plan.units.map((u) => [u.id, u.parent]));
  plan.units.forEach((unit, i) => {
    const seen = new Set<string>([unit.id]);
    for (let p = unit.parent; p !== undefined; p = parentOf.get(p)) {
      if (seen.has(p)) {
        if (p === unit.id)
          report(
            'PARENT_CYCLE',
            ['units', i, 'parent'],
            {
              en: `unit ${unit.id} is its own ancestor: ${[...seen, p].join(' → ')}`,
              zh: `单位 ${unit.id} 的上级链形成循环:${[...seen, p].join(' → ')}`,
            },
            { en: 'a parent chain must end at a unit without parent', zh: '上级链必须终止于没有 parent 的单位' },
          );
        break;
      }
      seen.add(p);
    }
  });
}

/** Returns the indicators by id, the first one winning where an id is duplicated (that is reported on its own). */
function indicatorsById(plan: Plan): Map<string, Plan['indicators'][number]> {
  const byId = new Map<string, Plan['indicators'][number]>();
  for (const ind of plan.indicators) if (!byId.has(ind.id)) byId.set(ind.id, ind);
  return byId;
}

function checkOverallAndRules(plan: Plan, report: Report): void {
  const byId = indicatorsById(plan);
  if (Array.isArray(plan.overall)) {
    plan.overall.forEach((id, i) => {
      if (!byId.has(id))
        report(
          'UNKNOWN_INDICATOR',
          ['overall', i],
          { en: `overall names unknown indicator "${id}"`, zh: `overall 中的指标 "${id}" 不存在` },
          didYouMean(id, byId.keys()),
        );
    });
  }
  // Each rule type checks its own preconditions (src/core/rules/<type>.ts), at paths inside the rule.
  plan.rules.forEach((rule, i) => {
    ruleDefinition(rule.type).check(rule, plan, (code, path, message, hint, near) =>
      report(code, ['rules', i, ...path], message, hint ?? (near && didYouMean(near.input, near.among))),
    );
  });
}

function checkGrades(plan: Plan, report: Report): void {
  const g = plan.grades;
  plan.units.forEach((unit, i) => {
    if (unit.baseGrade === undefined) return;
    if (!g)
      report('NO_GRADES', ['units', i, 'base_grade'], {
        en: 'base_grade needs grades: levels in the plan',
        zh: 'base_grade 需要方案中定义 grades: levels',
      });
    else if (!g.levels.includes(unit.baseGrade))
      report(
        'UNKNOWN_GRADE',
        ['units', i, 'base_grade'],
        {
          en: `base_grade "${unit.baseGrade}" is not one of the levels ${g.levels.join(', ')}`,
          zh: `base_grade "${unit.baseGrade}" 不是等次 ${g.levels.join('、')} 之一`,
        },
        didYouMean(unit.baseGrade, g.levels),
      );
  });
  if (!g) return;
  if (new Set(g.levels).size !== g.levels.length)
    report('GRADE_THRESHOLDS', ['grades', 'levels'], {
      en: 'grade levels must be different from each other',
      zh: '等次名称不能重复',
    });
  const needsThresholds = plan.units.some((u) => u.baseGrade === undefined);
  if (g.thresholds.length !== g.levels.length - 1 && (needsThresholds || g.thresholds.length > 0)) {
    report(
      'GRADE_THRESHOLDS',
      ['grades', g.thresholds.length > 0 ? 'thresholds' : 'levels'],
      {
        en: `${g.levels.length} levels need ${g.levels.length - 1} thresholds (got ${g.thresholds.length})`,
        zh: `${g.levels.length} 个等次需要 ${g.levels.length - 1} 个分数线(实际 ${g.thresholds.length} 个)`,
      },
      {
        en: 'one threshold between each two levels, highest first: [90, 75, 60]',
        zh: '每两个等次之间一个分数线,由高到低,如 [90, 75, 60]',
      },
    );
  }
  for (let i = 1; i < g.thresholds.length; i++) {
    if (!g.thresholds[i]!.lt(g.thresholds[i - 1]!)) {
      report(
        'GRADE_THRESHOLDS',
        ['grades', 'thresholds', i],
        {
          en: `thresholds must descend: ${g.thresholds[i]!.toFixed()} is not below ${g.thresholds[i - 1]!.toFixed()}`,
          zh: `分数线必须递减:${g.thresholds[i]!.toFixed()} 不低于 ${g.thresholds[i - 1]!.toFixed()}`,
        },
        { en: 'list them highest first, like [90, 75, 60]', zh: '由高到低排列,如 [90, 75, 60]' },
      );
    }
  }
}

/** Warns when the children's targets of an additive indicator fall short of the parent's (分解不足). */
function checkTargetSplit(plan: Plan, report: Report): void {
  const byId = indicatorsById(plan);
  const childrenOf = new Map<string, typeof plan.units>();
  for (const u of plan.units)
    if (u.parent !== undefined) childrenOf.set(u.parent, [...(childrenOf.get(u.parent) ?? []), u]);
  plan.units.forEach((parent, i) => {
    const children = childrenOf.get(parent.id) ?? [];
    if (children.length === 0) return;
    for (const [id, target] of parent.targets) {
      const ind = byId.get(id);
      if (!ind || !ADDITIVE_UNITS.has(ind.unit) || ind.overPeriod === 'growth') continue;
      const split = children.filter((c) => c.targets.has(id));
      if (split.length === 0) continue;
      const sum = split.reduce((acc, c) => acc.plus(c.targets.get(id)!.value), new D(0));
      if (sum.lt(target.value)) {
        const gap = target.value.minus(sum).toFixed();
        report(
          'TARGET_SPLIT_SHORT',
          ['units', i, 'targets', id],
          {
            en: `the children's targets for ${id} add up to ${sum.toFixed()}, short of ${parent.id}'s ${target.value.toFixed()} by ${gap} ${ind.unit}`,
            zh: `下级单位 ${id} 目标合计 ${sum.toFixed()},比 ${parent.name} 的目标 ${target.value.toFixed()} 少 ${gap}${ind.unit}(分解不足)`,
          },
          {
            en: `raise the split across ${split.map((c) => c.id).join(', ')}`,
            zh: `请调整 ${split.map((c) => c.name).join('、')} 的分解目标`,
          },
          { severity: 'warning' },
        );
      }
    }
  });
}
