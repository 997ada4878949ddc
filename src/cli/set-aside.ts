// `score --allow-missing`: a warning for each unit the cohort phase set aside with a partial total, naming what it
// lacks and what waited for it (ranking.incomplete: hold) or was decided without it (rank_rest), so that no prize,
// 末位 or quota place moves silently because a cell is empty.
import { relativeIndicators } from '../core/cohort/relative.js';
import { errorText } from '../messages/index.js';
import { listOf, perLang } from '../messages/text.js';
import type { Actual, Diagnostic, Lang, Plan, Result } from '../model.js';
import { cohortLabel } from '../report/cohort-labels.js';
import { groupThousands } from '../report/format.js';
import { punctuation } from '../report/labels.js';
import { missingActuals } from './missing-actuals.js';

type Cohort = NonNullable<Result['cohort']>;

/**
 * Returns one UNIT_SET_ASIDE warning per unit of `result.cohort.set_aside`, at its first empty cell (or its target in
 * the plan), listing the prizes, 末位 and quotas of its scope: held, or decided without it, with the units and yuan;
 * and, when it lacks a relative item (relative_to_best, rank_points, an item of a section normalised by the top),
 * that the other units' points for it were compared without its value and may change once it is in.
 */
export function setAsideWarnings(plan: Plan, result: Result, actuals: readonly Actual[]): Diagnostic[] {
  const cohort = result.cohort;
  if (cohort === undefined) return [];
  const comparedItems = new Set([
    ...relativeIndicators(plan).map((i) => i.id),
    ...(plan.sections ?? [])
      .filter((s) => s.normalise === 'top')
      .flatMap((s) => s.items)
      .flatMap((id) => plan.groups?.find((g) => g.id === id)?.indicators ?? [id]),
  ]);
  return (cohort.set_aside ?? []).flatMap((a) => {
    const unit = result.units.find((u) => u.id === a.unit);
    if (unit === undefined) return [];
    const at = missingActuals(plan, { ...result, units: [unit] }, actuals)[0] ?? { ...plan.source };
    const names = a.missing_items.map((id) => unit.indicators.find((i) => i.id === id)?.name ?? id);
    const items = listOf(names);
    const hold = cohort.incomplete !== 'rank_rest';
    const decisions = perLang((lang) => decisionsOf(result, cohort, a.group, hold, lang));
    const outcome =
      decisions.en === ''
        ? errorText('UNIT_SET_ASIDE', 'nothing')
        : errorText('UNIT_SET_ASIDE', hold ? 'held' : 'moved', { decisions });
    // The others' relative items (value ÷ best, rank points, a normalised section) were read without its value.
    const compared = a.missing_items.filter((id) => comparedItems.has(id));
    const provisional =
      compared.length === 0
        ? undefined
        : errorText('UNIT_SET_ASIDE', 'provisional', {
            items: listOf(compared.map((id) => unit.indicators.find((i) => i.id === id)?.name ?? id)),
          });
    const what = provisional === undefined ? outcome : perLang((lang) => `${outcome[lang]}${provisional[lang]}`);
    return [
      {
        code: 'UNIT_SET_ASIDE',
        severity: 'warning',
        file: at.file,
        line: at.line,
        col: at.col,
        message: errorText('UNIT_SET_ASIDE', 'message', { unit: unit.name, items, what }),
        hint: errorText('UNIT_SET_ASIDE', 'hint'),
      },
    ];
  });
}

// The prizes, 末位 and quotas of one unit group's scope, as one line: held ones by name, or each with its outcome.
function decisionsOf(result: Result, cohort: Cohort, group: string, hold: boolean, lang: Lang): string {
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const p = punctuation(lang);
  const unitList = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(p.enumeration);
  const out: string[] = [];
  for (const prize of cohort.prizes.filter((x) => x.group === group)) {
    const awards = prize.awards.map((w) => {
      const yuan = cohortLabel('prize.yuan', lang, { yuan: groupThousands(w.yuan) });
      return cohortLabel('prize.award', lang, { unit: names.get(w.unit) ?? w.unit, place: w.place, yuan });
    });
    out.push(hold ? prize.name : `${prize.name}${p.colon}${awards.join(p.enumeration)}`);
  }
  for (const l of cohort.last_place.filter((x) => x.group === group)) {
    const title = groupTitle(cohort, group, lang);
    if (hold) out.push(cohortLabel('consequence.last_place', lang, { group: title }));
    else out.push(cohortLabel('last.line', lang, { group: title, units: unitList(l.units) }));
  }
  for (const q of cohort.quotas.filter((x) => x.group === null || x.group === group)) {
    if (hold && q.held === undefined) continue;
    const inScope = (u: Result['units'][number]) => q.group === null || (u.group ?? '') === q.group;
    const granted = result.units.filter((u) => inScope(u) && u.quotas?.some((d) => d.level === q.level && d.granted));
    const scope = q.group === null ? '' : ` (${groupTitle(cohort, q.group, lang)})`;
    const quota = `${q.level}${scope}`;
    if (hold) out.push(`${quota}${p.colon}${cohortLabel('quota.held_count', lang, { held: q.held ?? 0 })}`);
    else out.push(`${quota}${p.colon}${unitList(granted.map((u) => u.id))}`);
  }
  return out.join(p.semicolon);
}

function groupTitle(cohort: Cohort, id: string, lang: Lang): string {
  const name = cohort.groups.find((g) => g.id === id)?.name ?? '';
  return name === '' ? cohortLabel('rank.all', lang) : name;
}
