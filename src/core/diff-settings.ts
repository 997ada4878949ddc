// The settings of a plan's point table and cohort that change a score, a grade, a rank or a prize, as plan text by
// path, for `diff` of two plans: each item's method parameters (a band, a step, a per-count deduction), the groups,
// the sections with their caps, grade edges and gates, the unit groups, tie-breaks, quotas, prizes, 末位 and
// consequences. Cohort entries are read generically, so a field added to them later is compared without a line here.
import { toPlain } from '../decimal.js';
import { genericSettings } from '../methods/define-method.js';
import { methodDefinition } from '../methods/index.js';
import type { Indicator, Plan, Source } from '../model.js';
import { formatSource } from './source.js';

/** Puts one setting of an entity: its key under the entity, its plan text, and whether it is a number. */
export type Put = (key: string, value: unknown, numeric?: boolean) => void;
/** Returns the putter of one entity: its name in the diff (`groups[g1]`), its path in the file, its place. */
export type Entity = (name: string, at: readonly (string | number)[], source: string) => Put;

const AMOUNTS = 'points|per_miss|floor|cap|every|add|deduct|zero_from|unacceptable|satisfactory|share|count|places';
// The fields that are amounts (a delta is shown): by their last key, or a prize's yuan by place.
const NUMERIC = new RegExp(`(^|\\.)(${AMOUNTS}|yuan\\.\\d+)$`);

/** Puts an indicator's method parameters under `scoring.` (the method's name stays at `scoring`). */
export function putMethod(put: Put, indicator: Indicator): void {
  const spec = indicator.method;
  if (spec === undefined) return;
  const definition = methodDefinition(spec.method);
  const fields = definition.settings?.(spec) ?? genericSettings(spec);
  for (const [key, value] of Object.entries(fields)) put(`scoring.${key}`, value, NUMERIC.test(key));
  if (indicator.anyChildFails === true) put('any_child_fails', true);
}

/** Puts the groups, the sections, the grade edges and gates of a plan. */
export function putPointTable(plan: Plan, entity: Entity): void {
  (plan.groups ?? []).forEach((g, n) => {
    const put = entity(`groups[${g.id}]`, ['groups', n], formatSource(g.source));
    put('name', g.name);
    put('points', toPlain(g.points), true);
    put('per_miss', toPlain(g.perMiss), true);
    put('floor', toPlain(g.floor), true);
    put('indicators', g.indicators.join(', '));
  });
  (plan.sections ?? []).forEach((s, n) => {
    const put = entity(`sections[${s.id}]`, ['sections', n], formatSource(s.source));
    put('title', s.title);
    put('points', s.points && toPlain(s.points), true);
    put('items', s.items.join(', '));
    put('bonus', s.bonus || undefined);
    put('cap', s.cap && toPlain(s.cap), true);
    put('floor', toPlain(s.floor), true);
    s.caps.forEach((c, k) => {
      put(`caps.${k}`, `${c.name ?? ''} [${c.items.join(', ')}] ≤ ${toPlain(c.cap)}`.trim());
    });
  });
  const grades = plan.grades;
  if (grades === undefined) return;
  const top = entity('', [], formatSource(plan.source));
  // An exclusive edge ({above: 90}) reads "> 90", an inclusive one "90": changing 含 to 不含 is a change.
  top(
    'grades.thresholds',
    grades.thresholds.map((t, i) => `${grades.exclusive?.[i] ? '> ' : ''}${toPlain(t)}`).join(', '),
  );
  (grades.gates ?? []).forEach((gate, n) => {
    const put = entity(`grades.gates[${gate.level}]`, ['grades', 'gates', n], formatSource(gate.source));
    put(
      'requires',
      gate.requires === 'overall_met' ? gate.requires : `indicators_met ${gate.requires.indicatorsMet.join(', ')}`,
    );
  });
}

/** Puts the cohort's parts (unit groups, tie-breaks, quotas, prizes, 末位, consequences) and each unit's group. */
export function putCohort(plan: Plan, entity: Entity): void {
  const cohort = plan.cohort;
  if (cohort === undefined) return;
  for (const [unit, group] of cohort.unitGroups) {
    const n = plan.units.findIndex((u) => u.id === unit);
    const u = plan.units[n];
    if (u !== undefined) entity(`units[${u.id}]`, ['units', n], formatSource(u.source))('group', group);
  }
  const lists: [string, string, readonly { source: Source }[], (e: never, i: number) => string][] = [
    ['unit_groups', 'unit_groups', cohort.groups, (g: { id: string }) => g.id],
    ['ranking.tie_breaks', 'ranking.tie_breaks', cohort.tieBreaks, (_e, i) => String(i)],
    ['quotas', 'quotas', cohort.quotas, (q: { level: string }) => q.level],
    ['prizes', 'prizes', cohort.prizes, (p: { name: string }) => p.name],
    ['last_place', 'last_place', cohort.lastPlace, (_e, i) => String(i)],
    ['consequences', 'consequences', cohort.consequences, (_e, i) => String(i)],
  ];
  for (const [name, path, entries, key] of lists) {
    entries.forEach((entry, n) => {
      const put = entity(`${name}[${key(entry as never, n)}]`, [...path.split('.'), n], formatSource(entry.source));
      const { source: _source, ...fields } = entry as { source: Source } & Record<string, unknown>;
      for (const [k, v] of Object.entries(genericSettings(fields))) put(k, v, NUMERIC.test(k));
    });
  }
}
