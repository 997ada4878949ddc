// Semantic checks a schema cannot express: uniqueness, references between parts of the plan,
// rule preconditions, grade scales, the unit hierarchy. Each has its own error code and position.
import { D } from '../decimal.js';
import { getOrInsert } from '../collections.js';
import { ERROR_TEXTS, errorText, labelText } from '../messages/index.js';
import { fill, listOf, named } from '../messages/text.js';
import type { Diagnostic, ErrorCode, Msg, Plan, Source } from '../model.js';
import { closest } from '../suggest.js';
import { checkCohort } from './cohort-plan.js';
import { checkGroupsHaveUnits } from './group-checks.js';
import { ruleDefinition } from '../rules/index.js';
import type { RuleMistake } from '../rules/define-rule.js';
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
export function checkPlan(
  plan: Plan,
  y: YamlFile,
  unitPlace?: (i: number, field: YamlPath) => Source & { length?: number },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (code, path, message, hint, options) => {
    // Units from a targets sheet: their places are its cells.
    const inSheet = unitPlace !== undefined && path[0] === 'units' && typeof path[1] === 'number';
    const node = !inSheet && options?.key ? keyNodeAt(y, path) : undefined;
    const at = inSheet ? unitPlace(path[1] as number, path.slice(2)) : node ? sourceOfNode(y, node) : sourceAt(y, path);
    out.push({ code, severity: options?.severity ?? 'error', ...at, message, ...(hint ? { hint } : {}) });
  };
  checkPeriod(plan, report);
  checkIndicators(plan, report);
  checkUnits(plan, report);
  checkOverallAndRules(plan, report);
  checkGrades(plan, report);
  checkCohort(plan, report);
  checkGroupsHaveUnits(plan, report);
  checkPointTable(plan, report);
  if (out.every((d) => d.severity !== 'error')) checkTargetSplit(plan, report);
  return out;
}

/** Reports a mistake a rule type or a point-table check found, worded from the catalogue. */
export function reportMistake(report: Report, code: ErrorCode, path: YamlPath, mistake: RuleMistake): void {
  const texts = ERROR_TEXTS[code] as Readonly<Record<string, Msg>>;
  const word = (name: string): Msg => {
    const text = texts[name];
    // A text name the catalogue lacks is a bug in the rule type, not the user's mistake.
    if (text === undefined) throw new Error(`kaohe: no text ${code}.${name} in the catalogue`);
    return fill(text, mistake.vars);
  };
  const near = mistake.near && didYouMean(mistake.near.input, mistake.near.among);
  report(code, path, word(mistake.text), near ?? (mistake.hint === undefined ? undefined : word(mistake.hint)));
}

export const didYouMean = (input: string, candidates: Iterable<string>): Msg | undefined => {
  const near = closest(input, candidates);
  return near ? labelText('hint.did_you_mean', { name: near }) : undefined;
};

/** Reports every id and every name used a second time in a list of indicators or units. */
function checkUnique(
  items: readonly { id: string; name: string }[],
  list: 'indicators' | 'units',
  code: 'DUPLICATE_INDICATOR' | 'DUPLICATE_UNIT',
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
      report(
        code,
        [list, i, field],
        errorText(code, field, { value, list, before }),
        errorText(code, field === 'id' ? 'id_hint' : 'name_hint'),
      );
    }
  });
}

function checkPeriod(plan: Plan, report: Report): void {
  if (plan.period.from > plan.period.to) {
    report(
      'PERIOD_ORDER',
      ['plan', 'period'],
      errorText('PERIOD_ORDER', 'message', plan.period),
      errorText('PERIOD_ORDER', 'hint'),
    );
  }
}

function checkIndicators(plan: Plan, report: Report): void {
  const known = new Set(plan.indicators.map((i) => i.id));
  const multiYear = plan.period.from < plan.period.to;
  checkUnique(plan.indicators, 'indicators', 'DUPLICATE_INDICATOR', report);
  plan.indicators.forEach((ind, i) => {
    const at = ['indicators', i];
    if (ind.direction === 'approx' && !ind.tolerance)
      report(
        'TOLERANCE_REQUIRED',
        [...at, 'direction'],
        errorText('TOLERANCE_REQUIRED', 'message', ind),
        errorText('TOLERANCE_REQUIRED', 'hint'),
      );
    if (ind.direction !== 'approx' && ind.tolerance)
      report(
        'TOLERANCE_NOT_APPROX',
        [...at, 'tolerance'],
        errorText('TOLERANCE_NOT_APPROX', 'message', ind),
        errorText('TOLERANCE_NOT_APPROX', 'hint'),
      );
    if (ind.scoring === 'proportional' && ind.direction !== 'at_least')
      report(
        'PROPORTIONAL_DIRECTION',
        [...at, 'scoring'],
        errorText('PROPORTIONAL_DIRECTION', 'message', ind),
        errorText('PROPORTIONAL_DIRECTION', 'hint'),
      );
    if (multiYear && !ind.overPeriod)
      report(
        'OVER_PERIOD_REQUIRED',
        at,
        errorText('OVER_PERIOD_REQUIRED', 'message', ind),
        errorText('OVER_PERIOD_REQUIRED', 'hint'),
      );
    if (ind.rateOf) {
      for (const part of ['numerator', 'denominator'] as const) {
        const ref = ind.rateOf[part];
        if (!known.has(ref) || ref === ind.id)
          report(
            'RATE_OF',
            [...at, 'rate_of', part],
            errorText('RATE_OF', 'message', { part, ref }),
            didYouMean(ref, known),
          );
      }
      if (ind.unit !== '%') report('RATE_OF', [...at, 'unit'], errorText('RATE_OF', 'unit', ind));
    }
  });
}

function checkUnits(plan: Plan, report: Report): void {
  const indicatorIds = new Set(plan.indicators.map((i) => i.id));
  const unitIds = new Set(plan.units.map((u) => u.id));
  checkUnique(plan.units, 'units', 'DUPLICATE_UNIT', report);
  plan.units.forEach((unit, i) => {
    const at = ['units', i];
    for (const id of unit.targets.keys()) {
      if (!indicatorIds.has(id))
        report(
          'UNKNOWN_INDICATOR',
          [...at, 'targets', id],
          errorText('UNKNOWN_INDICATOR', 'target', { id }),
          didYouMean(id, indicatorIds),
          { key: true },
        );
    }
    if (unit.parent !== undefined && !unitIds.has(unit.parent))
      report(
        'UNKNOWN_PARENT',
        [...at, 'parent'],
        errorText('UNKNOWN_PARENT', 'message', { parent: unit.parent }),
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
            errorText('PARENT_CYCLE', 'message', { unit: unit.id, chain: [...seen, p].join(' → ') }),
            errorText('PARENT_CYCLE', 'hint'),
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
          errorText('UNKNOWN_INDICATOR', 'overall', { id }),
          didYouMean(id, byId.keys()),
        );
    });
  }
  // Each rule type checks its own preconditions (src/rules/<type>.ts), at paths inside the rule.
  plan.rules.forEach((rule, i) => {
    ruleDefinition(rule.type).check(rule, plan, (code, path, mistake) =>
      reportMistake(report, code, ['rules', i, ...path], mistake),
    );
  });
}

function checkGrades(plan: Plan, report: Report): void {
  const g = plan.grades;
  plan.units.forEach((unit, i) => {
    if (unit.baseGrade === undefined) return;
    if (!g) report('NO_GRADES', ['units', i, 'base_grade'], errorText('NO_GRADES', 'base_grade'));
    else if (!g.levels.includes(unit.baseGrade))
      report(
        'UNKNOWN_GRADE',
        ['units', i, 'base_grade'],
        errorText('UNKNOWN_GRADE', 'message', { grade: unit.baseGrade, levels: listOf(g.levels) }),
        didYouMean(unit.baseGrade, g.levels),
      );
  });
  if (!g) return;
  if (new Set(g.levels).size !== g.levels.length)
    report('GRADE_THRESHOLDS', ['grades', 'levels'], errorText('GRADE_THRESHOLDS', 'levels_unique'));
  const needsThresholds = plan.units.some((u) => u.baseGrade === undefined);
  if (g.thresholds.length !== g.levels.length - 1 && (needsThresholds || g.thresholds.length > 0)) {
    report(
      'GRADE_THRESHOLDS',
      ['grades', g.thresholds.length > 0 ? 'thresholds' : 'levels'],
      errorText('GRADE_THRESHOLDS', 'count', {
        levels: g.levels.length,
        needed: g.levels.length - 1,
        got: g.thresholds.length,
      }),
      errorText('GRADE_THRESHOLDS', 'count_hint'),
    );
  }
  for (let i = 1; i < g.thresholds.length; i++) {
    if (!g.thresholds[i]!.lt(g.thresholds[i - 1]!)) {
      report(
        'GRADE_THRESHOLDS',
        ['grades', 'thresholds', i],
        errorText('GRADE_THRESHOLDS', 'descend', {
          value: g.thresholds[i]!.toFixed(),
          before: g.thresholds[i - 1]!.toFixed(),
        }),
        errorText('GRADE_THRESHOLDS', 'descend_hint'),
      );
    }
  }
}

/** Warns when the children's targets of an additive indicator fall short of the parent's (分解不足). */
function checkTargetSplit(plan: Plan, report: Report): void {
  const byId = indicatorsById(plan);
  const childrenOf = new Map<string, typeof plan.units>();
  // pushed, not copied: a province of the 10× national case has 920 counties
  for (const u of plan.units) if (u.parent !== undefined) getOrInsert(childrenOf, u.parent, () => []).push(u);
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
          errorText('TARGET_SPLIT_SHORT', 'message', {
            id,
            sum: sum.toFixed(),
            parent: named(parent.id, parent.name),
            target: target.value.toFixed(),
            gap,
            unit: ind.unit,
          }),
          errorText('TARGET_SPLIT_SHORT', 'hint', {
            children: named(split.map((c) => c.id).join(', '), split.map((c) => c.name).join('、')),
          }),
          { severity: 'warning' },
        );
      }
    }
  });
}
