// The cohort phase's part of a plan (issue 12): unit groups, tie-breaks, quotas, prizes, 末位 and
// consequences, normalised to the model with exact Decimals and a source on each, then checked.
import { D } from '../decimal.js';
import type { PlanDocument, PlanDocumentTypes } from '../generated/schema-types.js';
import type { CohortPlan, Consequence, Plan, Quota } from '../model.js';
import { decimalOf } from './number.js';
import { errorText } from '../messages/index.js';
import { listOf as joinedNames } from '../messages/text.js';
import { checkParentsRanked } from './cohort-parents.js';
import { didYouMean, type Report } from './plan-checks.js';
import { decimalTextAt, placeAt, type YamlFile, type YamlPath } from './yaml.js';

// placeAt, not sourceAt: a plan read by the fast reader keeps its positions without building yaml's Document (a
// national plan's Document costs more than the whole cohort phase).
const at = (y: YamlFile, path: YamlPath) => placeAt(y, path);
const listOf = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : typeof v === 'string' ? [v] : v;

/** Returns the cohort part of a schema-valid plan document (empty lists where the plan declares nothing). */
export function normaliseCohort(y: YamlFile, doc: PlanDocument, levels: readonly string[]): CohortPlan {
  const unitGroups = new Map<string, string>();
  // units read from a targets sheet (`targets:`) take theirs from its 分组 column (finishPlan)
  for (const unit of doc.units ?? []) if (unit.group !== undefined) unitGroups.set(unit.id, unit.group);
  const keys = ['unit_groups', 'ranking', 'quotas', 'prizes', 'last_place', 'consequences'] as const;
  return {
    declared: keys.some((key) => doc[key] !== undefined),
    groups: (doc.unit_groups ?? []).map((g, i) => ({ id: g.id, name: g.name, source: at(y, ['unit_groups', i]) })),
    unitGroups,
    tieBreaks: (doc.ranking?.tie_breaks ?? []).map((t, i) => ({
      ...(t.indicator !== undefined && { indicator: t.indicator }),
      ...(t.section !== undefined && { section: t.section }),
      by: t.by ?? (t.section !== undefined ? 'score' : 'actual'),
      source: at(y, ['ranking', 'tie_breaks', i]),
    })),
    incomplete: doc.ranking?.incomplete ?? 'hold',
    quotas: (doc.quotas ?? []).map((q, i) => normaliseQuota(y, q, i, levels)),
    prizes: (doc.prizes ?? []).map((p, i) => ({
      name: p.name,
      ...(p.group !== undefined && { group: p.group }),
      ...(p.gate !== undefined && { gate: p.gate }),
      places: p.yuan?.length ?? p.places ?? 0,
      yuan: (p.yuan ?? []).map((_, j) => decimalOf(decimalTextAt(y, ['prizes', i, 'yuan', j]) ?? '0')),
      source: at(y, ['prizes', i]),
    })),
    lastPlace: (doc.last_place ?? []).map((l, i) => ({
      ...(l.group !== undefined && { group: l.group }),
      count: l.count ?? 1,
      unless: l.unless ?? 'all_met',
      source: at(y, ['last_place', i]),
    })),
    consequences: (doc.consequences ?? []).map((c, i) => normaliseConsequence(y, c, i)),
  };
}

function normaliseQuota(y: YamlFile, q: PlanDocumentTypes.Quota, i: number, levels: readonly string[]): Quota {
  const next = levels[levels.indexOf(q.level) + 1] ?? q.level;
  return {
    level: q.level,
    ...(q.share !== undefined && { share: new D(q.share.slice(0, -1)) }),
    ...(q.rounding !== undefined && { rounding: q.rounding }),
    ...(q.count !== undefined && { count: q.count }),
    per: q.per ?? 'all',
    ...(q.gate !== undefined && { gate: q.gate }),
    fallback: q.fallback ?? next,
    edge: q.edge,
    source: at(y, ['quotas', i]),
  };
}

function normaliseConsequence(y: YamlFile, c: PlanDocumentTypes.Consequence, i: number): Consequence {
  const grade = listOf(c.when.grade);
  const previousGrade = listOf(c.when.previous_grade);
  return {
    action: c.action,
    when: {
      ...(grade && { grade }),
      ...(previousGrade && { previousGrade }),
      ...(c.when.last_place === true && { lastPlace: true as const }),
      ...(c.when.overall !== undefined && { overall: c.when.overall }),
    },
    kind: c.kind ?? 'blame',
    source: at(y, ['consequences', i]),
  };
}

/** Reports the cohort part's mistakes: unknown groups, levels and indicators, a share over 100%, a bad fallback. */
export function checkCohort(plan: Plan, report: Report): void {
  const c = plan.cohort;
  if (!c) return;
  const groupIds = new Set(c.groups.map((g) => g.id));
  const unknownGroup = (id: string, path: YamlPath): void =>
    report(
      'UNKNOWN_GROUP',
      path,
      errorText('UNKNOWN_GROUP', 'message', { id }),
      didYouMean(id, groupIds) ?? errorText('UNKNOWN_GROUP', 'hint'),
    );
  // 分类考核: with unit groups declared, a unit no other unit reports to must be in one; left out, it was ranked alone,
  // outside its group's prizes and 末位, and the prize money went to the next unit without a word.
  const parents = new Set(plan.units.flatMap((u) => (u.parent === undefined ? [] : [u.parent])));
  const groupList = listed([...groupIds]);
  plan.units.forEach((u, i) => {
    const g = c.unitGroups.get(u.id);
    if (g !== undefined && !groupIds.has(g)) unknownGroup(g, ['units', i, 'group']);
    if (g === undefined && groupIds.size > 0 && !parents.has(u.id))
      report(
        'UNIT_NO_GROUP',
        ['units', i, 'group'],
        errorText('UNIT_NO_GROUP', 'message', { unit: u.name, groups: groupList }),
        errorText('UNIT_NO_GROUP', 'hint', { groups: groupList }),
      );
  });
  const named: [string | undefined, YamlPath][] = [
    ...c.prizes.map((p, i): [string | undefined, YamlPath] => [p.group, ['prizes', i, 'group']]),
    ...c.lastPlace.map((l, i): [string | undefined, YamlPath] => [l.group, ['last_place', i, 'group']]),
  ];
  for (const [id, path] of named) if (id !== undefined && !groupIds.has(id)) unknownGroup(id, path);
  checkTieBreaks(plan, c, report);
  checkLevels(plan, report);
  checkParentsRanked(plan, report);
}

// Each tie-break names a known indicator or section, compared by what that kind of item has.
function checkTieBreaks(plan: Plan, c: CohortPlan, report: Report): void {
  const ids = new Set(plan.indicators.map((ind) => ind.id));
  const sections = new Set((plan.sections ?? []).map((s) => s.id));
  c.tieBreaks.forEach((t, i) => {
    const at: YamlPath = ['ranking', 'tie_breaks', i];
    if (t.indicator !== undefined && !ids.has(t.indicator))
      report(
        'TIE_BREAK_INDICATOR',
        [...at, 'indicator'],
        errorText('TIE_BREAK_INDICATOR', 'message', { id: t.indicator }),
        didYouMean(t.indicator, ids),
      );
    if (t.section !== undefined && !sections.has(t.section))
      report(
        'TIE_BREAK_SECTION',
        [...at, 'section'],
        errorText('TIE_BREAK_SECTION', 'message', { id: t.section }),
        didYouMean(t.section, sections) ?? errorText('TIE_BREAK_SECTION', 'hint'),
      );
    const fits = t.section !== undefined ? t.by === 'score' || t.by === 'subtotal' : t.by !== 'subtotal';
    if (!fits)
      report(
        'TIE_BREAK_SECTION',
        [...at, 'by'],
        errorText('TIE_BREAK_SECTION', t.section !== undefined ? 'by_section' : 'by_indicator', { by: t.by }),
        errorText('TIE_BREAK_SECTION', t.section !== undefined ? 'by_section_hint' : 'by_indicator_hint'),
      );
  });
}

const listed = (items: readonly string[]) => joinedNames(items);

function checkLevels(plan: Plan, report: Report): void {
  const levels = plan.grades?.levels ?? [];
  // A level named by a quota or a consequence is checked as a gate's is (UNKNOWN_LEVEL, the closest level as hint).
  const known = (level: string, path: YamlPath): boolean => {
    if (levels.includes(level)) return true;
    const message = plan.grades
      ? errorText('UNKNOWN_LEVEL', 'message', { level, levels: listed(levels) })
      : errorText('UNKNOWN_LEVEL', 'no_grades', { level });
    report('UNKNOWN_LEVEL', path, message, didYouMean(level, levels) ?? errorText('UNKNOWN_LEVEL', 'hint'));
    return false;
  };
  plan.cohort?.quotas.forEach((q, i) => {
    const ok = known(q.level, ['quotas', i, 'level']) && known(q.fallback, ['quotas', i, 'fallback']);
    if (q.share?.gt(100))
      report(
        'QUOTA_SHARE',
        ['quotas', i, 'share'],
        errorText('QUOTA_SHARE', 'message', { share: q.share.toFixed() }),
        errorText('QUOTA_SHARE', 'hint'),
      );
    const lower = levels.slice(levels.indexOf(q.level) + 1);
    if (ok && levels.indexOf(q.fallback) <= levels.indexOf(q.level))
      report(
        'QUOTA_FALLBACK',
        ['quotas', i, q.fallback === q.level ? 'level' : 'fallback'],
        lower.length > 0
          ? errorText('QUOTA_FALLBACK', 'message', { level: q.level, fallback: q.fallback })
          : errorText('QUOTA_FALLBACK', 'last', { level: q.level }),
        lower.length > 0
          ? errorText('QUOTA_FALLBACK', 'hint', { levels: listed(lower) })
          : errorText('QUOTA_FALLBACK', 'last_hint', { level: q.level }),
      );
  });
  plan.cohort?.consequences.forEach((c, i) => {
    for (const [key, list] of [
      ['grade', c.when.grade],
      ['previous_grade', c.when.previousGrade],
    ] as const)
      for (const level of list ?? []) known(level, ['consequences', i, 'when', key]);
  });
}
