// `kaohe explain` for the cohort phase: the unit's rank and the tie-break that placed it, each quota's arithmetic
// and why the unit did or did not get the level, its prizes (or why none), 末位, last year's grade and the actions.
import type { Msg, Plan, Result, UnitResult } from '../../model.js';
import { formatSource } from '../source.js';

/** One cohort step, in the shape of an explain step. */
export interface CohortStep {
  kind: 'rank' | 'quota' | 'prize' | 'last_place' | 'history' | 'consequence';
  text: Msg;
  value?: string;
  source?: string;
}

const m = (en: string, zh: string): Msg => ({ en, zh });
const REASON: Record<string, Msg> = {
  within: m('within the places', '在名额内'),
  over: m('over the quota: units ranked ahead took the places', '超出名额:名额已由排名在前的单位占满'),
  gate: m('did not pass the gate', '未过门槛'),
  edge_in: m(
    'equal with the unit at the last place after every tie-break: all in',
    '与最后一个名额的单位比较全部同分条件后仍相同:全部入选',
  ),
  edge_out: m(
    'equal with the unit at the last place after every tie-break: all out',
    '与最后一个名额的单位比较全部同分条件后仍相同:全部不入选',
  ),
};
const ROUNDING: Record<string, Msg> = {
  down: m('rounded down', '去尾'),
  half_up: m('rounded half-up', '四舍五入'),
  up: m('rounded up', '进一'),
};

/** Returns the cohort steps of one unit (none when the result has no cohort phase). `n` formats a number. */
export function explainCohort(plan: Plan, result: Result, unit: UnitResult, n: (t: string) => string): CohortStep[] {
  const cohort = result.cohort;
  if (cohort === undefined) return [];
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const groupName = (id: string): Msg => {
    const name = cohort.groups.find((g) => g.id === id)?.name ?? '';
    return name === '' ? m('all units', '全部单位') : m(name, name);
  };
  const group = groupName(unit.group ?? '');
  const steps: CohortStep[] = [];
  if (unit.rank) {
    const r = unit.rank;
    const t = r.tie_break;
    const tie =
      t === undefined
        ? r.shared
          ? m(
              '; equal with another unit in total and every tie-break: the rank is shared',
              ';与其他单位总分及全部同分条件相同,名次并列',
            )
          : m('', '')
        : (() => {
            const ind = unit.indicators.find((i) => i.id === t.indicator)?.name ?? t.indicator;
            const other = names.get(t.unit) ?? t.unit;
            const [a, b] = [t.value === null ? '-' : n(t.value), t.other_value === null ? '-' : n(t.other_value)];
            return m(
              `; equal total with ${other}, separated by ${ind} (${t.by}) ${a} vs ${b}`,
              `;与${other}总分相同,按${ind}(${t.by})${a} 对 ${b} 分出先后`,
            );
          })();
    steps.push({
      kind: 'rank',
      value: String(r.position),
      text: m(
        `rank ${r.position} of ${r.of} in ${group.en} by total ${n(unit.score)}${tie.en}`,
        `${group.zh}内按总分 ${n(unit.score)} 排第 ${r.position} 名(共 ${r.of} 个)${tie.zh}`,
      ),
    });
  }
  for (const d of unit.quotas ?? []) {
    const q = cohort.quotas.find((x) => x.level === d.level && (x.group === null || x.group === (unit.group ?? '')));
    if (q === undefined) continue;
    const arithmetic =
      q.share !== undefined
        ? m(
            `${q.share}% × ${q.units} = ${q.exact} → ${q.places} (${ROUNDING[q.rounding ?? 'down']?.en})`,
            `${q.share}% × ${q.units} = ${q.exact} → ${q.places}(${ROUNDING[q.rounding ?? 'down']?.zh})`,
          )
        : m(`${q.places} places`, `${q.places} 个名额`);
    const reason = REASON[d.reason] ?? m(d.reason, d.reason);
    const outcome = d.granted ? m(`→ ${d.level}`, `→ ${d.level}`) : m(`→ ${d.to}`, `→ ${d.to}`);
    steps.push({
      kind: 'quota',
      value: d.granted ? d.level : (d.to ?? ''),
      source: q.source,
      text: m(
        `quota ${d.level}: ${arithmetic.en}; ${q.candidates} units reached ${d.level}, ${q.granted} given it; this unit ${reason.en} ${outcome.en}`,
        `${d.level}名额:${arithmetic.zh};达到${d.level}的 ${q.candidates} 个,评定 ${q.granted} 个;本单位${reason.zh} ${outcome.zh}`,
      ),
    });
  }
  for (const prize of cohort.prizes.filter((p) => p.group === (unit.group ?? ''))) {
    const award = prize.awards.find((a) => a.unit === unit.id);
    const passed = prize.passed_over.includes(unit.id);
    const places =
      plan.cohort?.prizes.find((p) => formatSource(p.source) === prize.source)?.places ?? prize.awards.length;
    const text = award
      ? m(
          `${prize.name}: place ${award.place} among the units passing the gate → ${n(award.yuan)} yuan`,
          `${prize.name}:通过门槛的单位中第 ${award.place} 名 → ${n(award.yuan)} 元`,
        )
      : passed
        ? m(
            `${prize.name}: none — ranked ahead of a winner but did not pass the gate (${prize.gate}); its place passed on`,
            `${prize.name}:无——排名在获奖单位之前,但未过门槛(${prize.gate}),名次顺延`,
          )
        : m(`${prize.name}: none — beyond the ${places} places`, `${prize.name}:无——在 ${places} 个名次之外`);
    steps.push({ kind: 'prize', value: award?.yuan ?? '0', source: prize.source, text });
  }
  for (const last of cohort.last_place.filter((l) => l.group === (unit.group ?? ''))) {
    const text = last.all_met
      ? m(`末位: none — every unit of ${group.en} met its target`, `末位:无——${group.zh}全部完成目标任务`)
      : last.units.includes(unit.id)
        ? m(
            `末位 of ${group.en}: ranked last (${unit.rank?.position} of ${unit.rank?.of}) and not every unit met`,
            `${group.zh}末位:排名最后(第 ${unit.rank?.position} 名,共 ${unit.rank?.of} 个),且并非全部完成目标任务`,
          )
        : m('末位: no', '末位:否');
    steps.push({ kind: 'last_place', source: last.source, text });
  }
  if (unit.history !== undefined) {
    const h = unit.history;
    const file = cohort.previous?.path;
    steps.push({
      kind: 'history',
      ...(file !== undefined && { source: file }),
      text: h.found
        ? m(`last year: ${h.previous_grade ?? 'no grade'}`, `上年等次:${h.previous_grade ?? '无等次'}`)
        : m(
            'last year: no result for this unit (no history: conditions on last year do not hold)',
            '上年:无本单位结果(无历史,按上年等次的条件不成立)',
          ),
    });
  }
  for (const c of unit.consequences ?? [])
    steps.push({ kind: 'consequence', source: c.source, text: m(`applies: ${c.action}`, `结果运用:${c.action}`) });
  return steps;
}
