// Ranks per unit group (issue #12's cohort phase) in the HTML report: a chart per group of its units in rank
// order, their score on each bar (the rank column's text comes from ranks.ts). A result carries `group` and
// `rank` only once the cohort phase ranks; until then, and for a plan without ranks, nothing here draws.
import type { Lang, Result, UnitResult } from '../model.js';
import { rankOf, rankText, type UnitRank } from './ranks.js';
import type { BarChartSpec } from './charts.js';
import { CHART_WIDTH, MAX_CHART_UNITS, PALETTE } from './charts.js';
import { label } from './labels.js';

/** Returns one chart per group of ranked units (at most MAX_CHART_UNITS each): units in rank order, bars of score. */
export function rankCharts(result: Result, lang: Lang): BarChartSpec[] {
  const groups = new Map<string, { unit: UnitResult; rank: UnitRank }[]>();
  for (const unit of result.units) {
    const rank = rankOf(unit);
    if (rank === undefined) continue;
    const members = groups.get(rank.group) ?? [];
    members.push({ unit, rank });
    groups.set(rank.group, members);
  }
  return [...groups.entries()]
    .filter(([, members]) => members.length <= MAX_CHART_UNITS)
    .map(([group, members]) => ({
      title: label('html.rankChart', lang, { group: group === '' ? label('html.allUnits', lang) : group }),
      axisName: label('col.score', lang),
      horizontal: true,
      width: CHART_WIDTH,
      series: [
        {
          name: label('col.score', lang),
          bars: [...members]
            .sort((a, b) => a.rank.position - b.rank.position)
            .map(({ unit, rank }) => ({
              category: unit.name,
              value: unit.score,
              label: `${rankText(rank, lang)} ${unit.score}`,
              color: unit.overall === 'missed' ? PALETTE.missed : PALETTE.met,
            })),
        },
      ],
    }));
}
