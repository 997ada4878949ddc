// Semantic checks of a point table (评分细则) that its schema cannot express: each method's own mistakes (bands with a
// gap or an overlap, an efficacy scale of zero, steps that cannot apply to the direction), caps below floors, groups
// without indicators, ids that name nothing, an item in two sections, a nested cap outside its section, the levels
// and indicators a gate names, and event counts a unit has no row for. The words come from the catalogue
// (src/messages).
import type { D } from '../decimal.js';
import { errorText } from '../messages/index.js';
import { methodDefinition } from '../methods/index.js';
import { efficacyInverted } from '../methods/efficacy.js';
import type { Actual, Diagnostic, Indicator, Plan } from '../model.js';
import { unknownLevel } from '../rules/levels.js';
import { checkGroupMembers, checkItemsInSections, checkSectionValues } from './item-checks.js';
import { reportMistake, type Report } from './plan-checks.js';

/** Reports every mistake of the plan's point-table parts: methods, caps, groups, sections, gates. */
export function checkPointTable(plan: Plan, report: Report): void {
  checkMethods(plan, report);
  checkGroups(plan, report);
  checkGroupMembers(plan, report);
  checkSections(plan, report);
  checkItemsInSections(plan, report);
  checkSectionValues(plan, report);
  checkGates(plan, report);
}

function capBelowFloor(report: Report, path: (string | number)[], floor: D | undefined, cap: D | undefined): void {
  if (floor !== undefined && cap !== undefined && cap.lt(floor))
    reportMistake(report, 'CAP_BELOW_FLOOR', path, {
      text: 'message',
      hint: 'hint',
      vars: { cap: cap.toFixed(), floor: floor.toFixed() },
    });
}

function checkMethods(plan: Plan, report: Report): void {
  plan.indicators.forEach((indicator, i) => {
    const spec = indicator.method;
    if (spec === undefined) return;
    if (spec.method === 'efficacy' && spec.satisfactory === undefined)
      checkEfficacyTargets(plan, indicator, spec, report);
    methodDefinition(spec.method).check(spec, indicator, (code, path, mistake) =>
      reportMistake(report, code, ['indicators', i, ...path], mistake),
    );
    capBelowFloor(report, ['indicators', i, 'scoring', 'cap'], spec.floor, spec.cap);
  });
}

// An efficacy item without a satisfactory value reads each unit's target as it: one equal to unacceptable leaves the
// coefficient no scale for that unit.
// One on the wrong side of unacceptable runs the scale backwards for that unit.
function checkEfficacyTargets(plan: Plan, indicator: Indicator, spec: { unacceptable: D }, report: Report): void {
  const id = indicator.id;
  plan.units.forEach((unit, u) => {
    const target = unit.targets.get(id)?.value;
    if (target === undefined) return;
    const code = target.eq(spec.unacceptable)
      ? 'EFFICACY_NO_SCALE'
      : efficacyInverted(indicator.direction, target, spec.unacceptable)
        ? 'EFFICACY_DIRECTION'
        : undefined;
    if (code !== undefined)
      reportMistake(report, code, ['units', u, 'targets', id], {
        text: 'target',
        hint: 'hint',
        vars: { unit: unit.name, target: target.toFixed(), unacceptable: spec.unacceptable.toFixed() },
      });
  });
}

function checkGroups(plan: Plan, report: Report): void {
  const ids = plan.indicators.map((i) => i.id);
  (plan.groups ?? []).forEach((group, i) => {
    if (group.indicators.length === 0)
      reportMistake(report, 'GROUP_EMPTY', ['groups', i, 'indicators'], {
        text: 'message',
        hint: 'hint',
        vars: { id: group.id },
      });
    group.indicators.forEach((id, k) => {
      if (!ids.includes(id))
        reportMistake(report, 'UNKNOWN_INDICATOR', ['groups', i, 'indicators', k], {
          text: 'group',
          vars: { id },
          near: { input: id, among: ids },
        });
    });
    capBelowFloor(report, ['groups', i, 'floor'], group.floor, group.points);
  });
}

function checkSections(plan: Plan, report: Report): void {
  const items = [...plan.indicators.map((i) => i.id), ...(plan.groups ?? []).map((g) => g.id)];
  // Where each item was first listed: an item in two sections (or twice in one) would count twice.
  const home = new Map<string, string>();
  (plan.sections ?? []).forEach((section, i) => {
    section.items.forEach((id, k) => {
      if (!items.includes(id))
        reportMistake(report, 'UNKNOWN_INDICATOR', ['sections', i, 'items', k], {
          text: 'section',
          vars: { id },
          near: { input: id, among: items },
        });
      const first = home.get(id);
      if (first !== undefined)
        reportMistake(report, 'ITEM_IN_TWO_SECTIONS', ['sections', i, 'items', k], {
          text: 'message',
          hint: 'hint',
          vars: { id, first },
        });
      else home.set(id, section.id);
    });
    checkNestedCaps(section, i, report);
    capBelowFloor(report, ['sections', i, 'cap'], section.floor, section.cap ?? section.points);
  });
}

// A nested cap (其中媒体信息累计不超过2分) holds back items of its own section; one outside it would never be summed.
function checkNestedCaps(section: NonNullable<Plan['sections']>[number], i: number, report: Report): void {
  section.caps.forEach((cap, c) => {
    cap.items.forEach((id, k) => {
      if (section.items.includes(id)) return;
      reportMistake(report, 'CAP_OUTSIDE_SECTION', ['sections', i, 'caps', c, 'items', k], {
        text: 'message',
        hint: 'hint',
        vars: { id, cap: cap.name ?? `#${c + 1}`, section: section.id, items: section.items.join(', ') },
      });
    });
  });
}

function checkGates(plan: Plan, report: Report): void {
  const levels = plan.grades?.levels ?? [];
  const ids = plan.indicators.map((i) => i.id);
  (plan.grades?.gates ?? []).forEach((gate, i) => {
    if (!levels.includes(gate.level))
      reportMistake(report, 'UNKNOWN_LEVEL', ['grades', 'gates', i, 'level'], unknownLevel(gate.level, levels));
    if (gate.requires === 'overall_met') return;
    gate.requires.indicatorsMet.forEach((id, k) => {
      if (!ids.includes(id))
        reportMistake(report, 'UNKNOWN_INDICATOR', ['grades', 'gates', i, 'requires', 'indicators_met', k], {
          text: 'gate',
          vars: { id },
          near: { input: id, among: ids },
        });
    });
  });
}

/**
 * Returns an EVENT_MISSING error for each unit × event indicator (per_count) without a row, where the plan does not
 * say that a missing row counts 0: an absent count is never read as 0 by default.
 */
export function checkEventRows(plan: Plan, actuals: readonly Actual[]): Diagnostic[] {
  const events = plan.indicators.filter((i) => i.method?.method === 'per_count' && i.method.missing !== 'zero');
  if (events.length === 0) return [];
  const rows = new Set(actuals.filter((a) => a.value !== null).map((a) => `${a.unit}\u0000${a.indicator}`));
  const out: Diagnostic[] = [];
  for (const indicator of events)
    for (const unit of plan.units) {
      if (rows.has(`${unit.id}\u0000${indicator.id}`)) continue;
      out.push({
        code: 'EVENT_MISSING',
        severity: 'error',
        ...indicator.source,
        message: errorText('EVENT_MISSING', 'message', { unit: unit.name, indicator: indicator.name }),
        hint: errorText('EVENT_MISSING', 'hint'),
      });
    }
  return out;
}
