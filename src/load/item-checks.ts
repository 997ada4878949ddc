// Where each item of a point table counts: a member of one group only, scoring only through its group, and, with
// sections, inside one of them. An item counted twice, or counted outside the sums the result and `explain` show,
// would make the total disagree with its parts; each such plan is refused at the line that does it.
import { ZERO } from '../decimal.js';
import { errorText } from '../messages/index.js';
import { methodDefinition } from '../methods/index.js';
import type { Indicator, Plan } from '../model.js';
import { reportMistake, type Report } from './plan-checks.js';

/**
 * Reports an indicator listed in two groups (or twice in one: ITEM_IN_TWO_GROUPS) and a group member with a weight of
 * its own (GROUP_MEMBER_WEIGHT: its points would be shown beside the group's and never added).
 */
export function checkGroupMembers(plan: Plan, report: Report): void {
  const home = new Map<string, string>();
  (plan.groups ?? []).forEach((group, g) => {
    group.indicators.forEach((id, k) => {
      const first = home.get(id);
      if (first === undefined) home.set(id, group.id);
      else
        reportMistake(report, 'ITEM_IN_TWO_GROUPS', ['groups', g, 'indicators', k], {
          text: 'message',
          hint: 'hint',
          vars: { id, first },
        });
    });
  });
  plan.indicators.forEach((indicator, i) => {
    const group = (plan.groups ?? []).find((g) => g.id === home.get(indicator.id));
    if (group === undefined || indicator.weight.isZero()) return;
    reportMistake(report, 'GROUP_MEMBER_WEIGHT', ['indicators', i, 'weight'], {
      text: 'message',
      hint: 'hint',
      vars: { id: indicator.id, group: group.id, weight: indicator.weight.toFixed(), points: group.points.toFixed() },
    });
  });
}

/**
 * Returns whether an item can ever score other than 0: a value, no cap (an event that adds), a cap above 0 or a
 * floor below 0. An indicator weighing 0 that can only score 0 (a count a rate is computed from) may sit outside.
 */
export function canScore(indicator: Indicator): boolean {
  const spec = indicator.method;
  // The bare words pass_fail and proportional score within [0, weight].
  if (spec === undefined) return !indicator.weight.isZero();
  const cap = spec.cap ?? methodDefinition(spec.method).defaultCap(spec, indicator.weight);
  return cap === null || !cap.isZero() || (spec.floor ?? ZERO).lt(0);
}

/** Reports, for a plan with sections, each group and each ungrouped indicator that can score and is in no section. */
export function checkItemsInSections(plan: Plan, report: Report): void {
  const sections = plan.sections;
  if (sections === undefined || sections.length === 0) return;
  const listed = new Set(sections.flatMap((s) => s.items));
  const grouped = new Set((plan.groups ?? []).flatMap((g) => g.indicators));
  const vars = (id: string) => ({ id, sections: sections.map((s) => s.id).join(', ') });
  plan.indicators.forEach((indicator, i) => {
    if (listed.has(indicator.id) || grouped.has(indicator.id) || !canScore(indicator)) return;
    reportMistake(report, 'ITEM_OUTSIDE_SECTIONS', ['indicators', i, 'id'], {
      text: 'message',
      hint: 'hint',
      vars: vars(indicator.id),
    });
  });
  (plan.groups ?? []).forEach((group, g) => {
    if (listed.has(group.id) || group.points.isZero()) return;
    reportMistake(report, 'ITEM_OUTSIDE_SECTIONS', ['groups', g, 'id'], {
      text: 'message',
      hint: 'hint',
      vars: vars(group.id),
    });
  });
}

/**
 * Warns (SECTION_POINTS_SHORT) where a section's `points` is below the sum of its items' values: every unit would be
 * held to it ("items worth 20 in a section of 10" is almost surely a typo). A section meant to hold its items back says
 * `cap:` instead; a bonus section is capped by design.
 */
export function checkSectionValues(plan: Plan, report: Report): void {
  const values = new Map([
    ...plan.indicators.map((i): [string, typeof ZERO] => [i.id, i.weight]),
    ...(plan.groups ?? []).map((g): [string, typeof ZERO] => [g.id, g.points]),
  ]);
  (plan.sections ?? []).forEach((section, i) => {
    if (section.bonus || section.points === undefined) return;
    const items = section.items.reduce((t, id) => t.plus(values.get(id) ?? ZERO), ZERO);
    if (!section.points.lt(items)) return;
    const vars = { id: section.id, points: section.points.toFixed(), items: items.toFixed() };
    report(
      'SECTION_POINTS_SHORT',
      ['sections', i, 'points'],
      errorText('SECTION_POINTS_SHORT', 'message', vars),
      errorText('SECTION_POINTS_SHORT', 'hint', vars),
      { severity: 'warning' },
    );
  });
}
