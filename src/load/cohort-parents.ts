// A unit that assesses others is not one of them (probe §18: a city ranked among its own counties took their prize):
// a parent and its descendant may not be ranked, awarded or given quota places in one scope.
import { errorText } from '../messages/index.js';
import type { Plan } from '../model.js';
import type { Report } from './plan-checks.js';

/**
 * Reports RANK_PARENT_CHILD once per unit ranked in the same scope as one of its descendants: the same unit group
 * (units without a group rank together), or every unit when a quota counts over all units (`per: all`).
 */
export function checkParentsRanked(plan: Plan, report: Report): void {
  const c = plan.cohort;
  if (c === undefined || !c.declared) return;
  const overAll = c.quotas.some((q) => q.per === 'all');
  const scopeOf = (id: string): string => (overAll ? '*' : (c.unitGroups.get(id) ?? ''));
  const parents = new Map(plan.units.map((u) => [u.id, u.parent]));
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  const reported = new Set<string>();
  for (const unit of plan.units) {
    const seen = new Set<string>([unit.id]);
    for (let up = unit.parent; up !== undefined && !seen.has(up); up = parents.get(up)) {
      seen.add(up);
      if (reported.has(up) || !names.has(up) || scopeOf(up) !== scopeOf(unit.id)) continue;
      reported.add(up);
      const i = plan.units.findIndex((u) => u.id === up);
      const group = c.groups.find((g) => g.id === c.unitGroups.get(up))?.name;
      report(
        'RANK_PARENT_CHILD',
        c.unitGroups.has(up) ? ['units', i, 'group'] : ['units', i, 'id'],
        errorText('RANK_PARENT_CHILD', 'message', {
          parent: names.get(up) ?? up,
          child: unit.name,
          group: overAll || group === undefined ? errorText('RANK_PARENT_CHILD', 'all') : group,
        }),
        errorText('RANK_PARENT_CHILD', 'hint'),
      );
    }
  }
}
