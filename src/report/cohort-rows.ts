// The cohort phase as reports show it: a ranking table per unit group (排名), the graded list, the quota
// arithmetic, the prizes and 末位, and each unit's cohort consequences for the accountability list.
import type { CohortRecord, Lang, Result, UnitResult } from '../model.js';
import { cohortLabel } from './cohort-labels.js';
import { groupThousands, isPositive } from './format.js';
import { GLYPHS, label, punctuation } from './labels.js';
import type { Grid, GridCell } from './rows.js';

const left = (text: string, tone?: GridCell['tone']): GridCell => ({ text, align: 'left', tone });
const right = (text: string): GridCell => ({ text, align: 'right' });

/** One unit group's ranking: its title and its table, units in rank order. */
export interface RankingTable {
  title: string;
  grid: Grid;
}

function groupName(cohort: CohortRecord, id: string, lang: Lang): string {
  const name = cohort.groups.find((g) => g.id === id)?.name ?? '';
  return name === '' ? cohortLabel('rank.all', lang) : name;
}

/** Returns one ranking table per unit group (none when the result has no cohort phase). */
export function buildRankingTables(result: Result, lang: Lang): RankingTable[] {
  const cohort = result.cohort;
  if (cohort === undefined) return [];
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const showPrize = cohort.prizes.length > 0;
  const showLast = cohort.last_place.length > 0;
  return cohort.groups.map((g) => {
    const units = result.units
      .filter((u) => (u.group ?? '') === g.id && u.rank !== undefined)
      .sort((a, b) => (a.rank?.position ?? 0) - (b.rank?.position ?? 0));
    const header = [
      right(cohortLabel('col.rank', lang)),
      left(label('col.unit', lang)),
      right(label('col.score', lang)),
      left(label('col.overall', lang)),
      ...(result.units.some((u) => u.grade !== null) ? [left(cohortLabel('col.grade', lang))] : []),
      ...(showPrize ? [right(cohortLabel('col.prize', lang))] : []),
      ...(showLast ? [left(cohortLabel('col.last_place', lang))] : []),
      left(cohortLabel('col.tie_break', lang)),
    ];
    const body = units.map((u) => [
      right(`${u.rank?.position ?? ''}${u.rank?.shared ? '=' : ''}`),
      left(u.name),
      right(groupThousands(u.score)),
      left(label(`overall.${u.overall}`, lang), u.overall === 'met' ? 'met' : 'missed'),
      ...(u.grade !== null ? [left(gradeText(u, lang))] : []),
      ...(showPrize ? [right(prizeText(u))] : []),
      ...(showLast ? [left(u.last_place ? GLYPHS.missed : '', 'missed')] : []),
      left(tieText(u, names, lang)),
    ]);
    return {
      title: cohortLabel('rank.title', lang, { group: groupName(cohort, g.id, lang) }),
      grid: { header, body, footer: [] },
    };
  });
}

function gradeText(u: UnitResult, lang: Lang): string {
  if (u.grade === null) return '';
  const kept = (u.quotas ?? []).filter((q) => !q.granted);
  if (kept.length === 0 || kept[0] === undefined) return u.grade.final;
  const reason = cohortLabel(`reason.${kept[0].reason}`, lang);
  return `${kept[0].level} ${GLYPHS.arrow} ${u.grade.final}${lang === 'zh' ? `(${reason})` : ` (${reason})`}`;
}

function prizeText(u: UnitResult): string {
  return isPositive(u.prize_yuan ?? '0')
    ? groupThousands(u.prize_yuan ?? '0')
    : (u.prizes ?? []).map((p) => p.name).join(' ');
}

function tieText(u: UnitResult, names: Map<string, string>, lang: Lang): string {
  const t = u.rank?.tie_break;
  if (t === undefined) return u.rank?.shared ? cohortLabel('tie.shared', lang) : '';
  // A section compared is named by its title (一、就业指标), an indicator by its name.
  const indicator =
    t.section !== undefined
      ? (u.sections?.find((s) => s.id === t.section)?.title ?? t.section)
      : (u.indicators.find((i) => i.id === t.indicator)?.name ?? t.indicator ?? '');
  const by =
    t.by === 'actual' || (t.section !== undefined && t.by === 'score') ? '' : ` ${cohortLabel(`tie_by.${t.by}`, lang)}`;
  return cohortLabel('tie.text', lang, {
    indicator: `${indicator}${by}`,
    value: t.value === null ? '-' : groupThousands(t.value),
    other: t.other_value === null ? '-' : groupThousands(t.other_value),
    unit: names.get(t.unit) ?? t.unit,
  });
}

/** Returns the cohort's sentences: the graded list, each quota's arithmetic, the prizes, 末位, last year's file. */
export function buildCohortLines(result: Result, lang: Lang): string[] {
  const cohort = result.cohort;
  if (cohort === undefined) return [];
  const p = punctuation(lang);
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const list = (ids: readonly string[]): string => ids.map((id) => names.get(id) ?? id).join(p.enumeration);
  const lines: string[] = [];
  const levels = cohort.levels ?? [];
  if (cohort.quotas.length > 0 && levels.length > 0) {
    lines.push(`${cohortLabel('graded.title', lang)}${p.colon}`);
    for (const level of levels) {
      const ids = result.units
        .filter((u) => u.grade?.final === level)
        .sort((a, b) => (a.rank?.position ?? 0) - (b.rank?.position ?? 0))
        .map((u) => u.id);
      const units = ids.length === 0 ? label('accountability.none', lang) : list(ids);
      lines.push(`  ${cohortLabel('graded.line', lang, { level, n: ids.length, units })}`);
    }
  }
  for (const q of cohort.quotas) lines.push(quotaLine(cohort, q, lang));
  lines.push(...quotaMoveLines(result, lang));
  lines.push(...setAsideLines(result, lang));
  const prizeYuan = result.totals.prize_yuan ?? '0';
  if (isPositive(prizeYuan)) lines.push(cohortLabel('prizes.total', lang, { yuan: groupThousands(prizeYuan) }));
  for (const prize of cohort.prizes) {
    const awards = prize.awards.map((a) =>
      cohortLabel('prize.award', lang, {
        unit: names.get(a.unit) ?? a.unit,
        place: a.place,
        yuan: yuanText(a.yuan, lang),
      }),
    );
    const held = prize.held_by ?? [];
    const text =
      held.length > 0
        ? cohortLabel('prize.held', lang, { units: list(held) })
        : awards.length === 0
          ? cohortLabel('prize.none', lang)
          : awards.join(p.enumeration);
    lines.push(
      cohortLabel('prize.line', lang, { name: prize.name, group: groupName(cohort, prize.group, lang), awards: text }),
    );
    const passed = { gate: gateWord(prize.gate, lang), units: list(prize.passed_over) };
    if (prize.passed_over.length > 0) lines.push(`  ${cohortLabel('prize.passed_over', lang, passed)}`);
  }
  for (const last of cohort.last_place) {
    const held = last.held_by ?? [];
    const units =
      held.length > 0
        ? cohortLabel('last.held', lang, { units: list(held) })
        : last.units.length === 0
          ? cohortLabel('last.all_met', lang)
          : list(last.units);
    lines.push(cohortLabel('last.line', lang, { group: groupName(cohort, last.group, lang), units }));
  }
  if (cohort.previous)
    lines.push(
      cohortLabel('previous.line', lang, { path: cohort.previous.path, sha: cohort.previous.sha256.slice(0, 12) }),
    );
  return lines;
}

// 等次调整: each unit a quota kept out of a level (or whose grade it holds), neither praise nor blame.
function quotaMoveLines(result: Result, lang: Lang): string[] {
  const p = punctuation(lang);
  const moves = result.units.flatMap((unit) => {
    const decisions = listCohortConsequences(result, unit, lang, 'quota');
    return decisions.length === 0 ? [] : [`  ${unit.name}${p.colon}${decisions.join(p.semicolon)}`];
  });
  return moves.length === 0 ? [] : [`${cohortLabel('quota.moves', lang)}${p.colon}`, ...moves];
}

// The units set aside with a partial total, each with the items it lacks, and what the others did without them.
function setAsideLines(result: Result, lang: Lang): string[] {
  const cohort = result.cohort;
  const aside = cohort?.set_aside ?? [];
  if (cohort === undefined || aside.length === 0) return [];
  const p = punctuation(lang);
  const units = aside
    .map((a) => {
      const unit = result.units.find((u) => u.id === a.unit);
      const name = (id: string): string => unit?.indicators.find((i) => i.id === id)?.name ?? id;
      const items = a.missing_items.map(name).join(p.enumeration);
      return cohortLabel('aside.unit', lang, { unit: unit?.name ?? a.unit, items });
    })
    .join(p.enumeration);
  return [cohortLabel('aside.title', lang, { units }), cohortLabel(`aside.${cohort.incomplete ?? 'hold'}`, lang)];
}

function quotaLine(cohort: CohortRecord, q: CohortRecord['quotas'][number], lang: Lang): string {
  const arithmetic =
    q.share !== undefined
      ? cohortLabel('quota.share', lang, {
          share: q.share,
          units: q.units,
          exact: q.exact ?? '',
          places: q.places,
          rounding: cohortLabel(`rounding.${q.rounding ?? 'down'}`, lang),
        })
      : cohortLabel('quota.count', lang, { places: q.places, units: q.units });
  const scope = q.group === null ? '' : ` (${groupName(cohort, q.group, lang)})`;
  const line = cohortLabel('quota.line', lang, {
    level: q.level,
    scope,
    arithmetic,
    candidates: q.candidates,
    granted: q.granted,
    edge: cohortLabel(`edge.${q.edge}`, lang),
  });
  return q.held === undefined ? line : `${line}${cohortLabel('quota.held', lang, { held: q.held })}`;
}

function gateWord(gate: 'overall_met' | 'award_eligible' | undefined, lang: Lang): string {
  return cohortLabel(`gate.${gate ?? 'overall_met'}`, lang);
}

function yuanText(yuan: string, lang: Lang): string {
  return isPositive(yuan) ? cohortLabel('prize.yuan', lang, { yuan: groupThousands(yuan) }) : '';
}

/**
 * Returns a unit's cohort consequences of one kind: for `blame` (the accountability list, 问责名单) 末位 and the blame
 * actions; for `praise` (表扬与奖励) its prizes and the praise actions (kind: praise); for `quota` (等次调整, neither)
 * each level a quota kept it out of, or holds until the partial totals are in.
 */
export function listCohortConsequences(
  result: Result,
  unit: UnitResult,
  lang: Lang,
  kind: 'praise' | 'blame' | 'quota' = 'blame',
): string[] {
  const out: string[] = [];
  if (kind === 'praise') {
    for (const prize of unit.prizes ?? [])
      out.push(
        cohortLabel('consequence.prize', lang, {
          name: prize.name,
          place: prize.place,
          yuan: yuanText(prize.yuan, lang),
        }),
      );
    for (const c of unit.consequences ?? []) if (c.kind === 'praise') out.push(c.action);
    return out;
  }
  if (kind === 'quota') {
    for (const q of unit.quotas ?? [])
      if (q.reason === 'held') out.push(cohortLabel('consequence.held', lang, { level: q.level }));
      else if (!q.granted)
        out.push(
          cohortLabel('consequence.kept_out', lang, {
            level: q.level,
            reason: cohortLabel(`reason.${q.reason}`, lang),
            to: q.to ?? '',
          }),
        );
    return out;
  }
  if (unit.last_place && result.cohort)
    out.push(cohortLabel('consequence.last_place', lang, { group: groupName(result.cohort, unit.group ?? '', lang) }));
  for (const c of unit.consequences ?? []) if (c.kind !== 'praise') out.push(c.action);
  return out;
}
