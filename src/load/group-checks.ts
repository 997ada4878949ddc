// A unit group that the cohort part relies on but no unit belongs to: a prize, a 末位 or a quota per group would
// rank, award or limit no one, without a word (a plan's units moved to a targets sheet without their 分组 column made
// Nantong's 320,000 yuan of prizes vanish). Refused where the plan names the group.
import { errorText } from '../messages/index.js';
import type { Plan } from '../model.js';
import type { Report } from './plan-checks.js';

/**
 * Reports GROUP_NO_UNITS at a prize's or a 末位's `group` when no unit of the plan is in that group, and at a quota's
 * `per: group` when no unit names a group at all. A group no one names is UNKNOWN_GROUP's, not this check's.
 */
export function checkGroupsHaveUnits(plan: Plan, report: Report): void {
  const c = plan.cohort;
  if (c === undefined) return;
  const declared = new Set(c.groups.map((g) => g.id));
  const used = new Set(plan.units.map((u) => c.unitGroups.get(u.id)).filter((g) => g !== undefined));
  const empty = (id: string | undefined): id is string => id !== undefined && declared.has(id) && !used.has(id);
  const hint = errorText('GROUP_NO_UNITS', 'hint');
  c.prizes.forEach((p, i) => {
    if (!empty(p.group)) return;
    const what = errorText('GROUP_NO_UNITS', 'prize', { name: p.name });
    report(
      'GROUP_NO_UNITS',
      ['prizes', i, 'group'],
      errorText('GROUP_NO_UNITS', 'message', { what, id: p.group }),
      hint,
    );
  });
  c.lastPlace.forEach((l, i) => {
    if (!empty(l.group)) return;
    const what = errorText('GROUP_NO_UNITS', 'last_place');
    const message = errorText('GROUP_NO_UNITS', 'message', { what, id: l.group });
    report('GROUP_NO_UNITS', ['last_place', i, 'group'], message, hint);
  });
  c.quotas.forEach((q, i) => {
    if (q.per === 'group' && used.size === 0)
      report('GROUP_NO_UNITS', ['quotas', i, 'per'], errorText('GROUP_NO_UNITS', 'per_group'), hint);
  });
}
