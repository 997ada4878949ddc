// Which charts a plan's report holds, as specs for charts.ts: completion per indicator by unit against the
// 100% line, the grade distribution, and the money by unit. Values are the result's exact texts; the one
// derived number, completion (actual ÷ target × 100), is worked out exactly here, rounded half-up to two
// places once, and that same text is what the tables print.
import { D } from '../decimal.js';
import type { IndicatorResult, Lang, Result, UnitResult } from '../model.js';
import type { BarChartSpec } from './charts.js';
import { CHART_WIDTH, MAX_CHART_UNITS, PALETTE } from './charts.js';
import { groupThousands, isPositive } from './format.js';
import { rankCharts } from './html-ranks.js';
import { label } from './labels.js';
import { listIndicatorColumns } from './rows.js';

/**
 * Returns an indicator's completion in % (actual ÷ target × 100, half-up to 2 places) as decimal text, or undefined
 * when there is no actual or the target is 0.
 */
export function completionText(ind: Pick<IndicatorResult, 'actual' | 'target'>): string | undefined {
  if (ind.actual === null || ind.actual === undefined || ind.target === undefined) return undefined;
  const target = new D(ind.target);
  if (target.isZero()) return undefined;
  return new D(ind.actual).div(target).times(100).toFixed(2, D.ROUND_HALF_UP);
}

/**
 * Returns the units that get a bar each: every unit when there are at most MAX_CHART_UNITS, else the top level (depth
 * 0) when it is that small, else none (a national plan's 2,850 counties are left to the tables).
 */
export function chartedUnits(result: Result): UnitResult[] {
  if (result.units.length <= MAX_CHART_UNITS) return result.units;
  const top = result.units.filter((u) => (u.depth ?? (u.parent === undefined ? 0 : 1)) === 0);
  return top.length <= MAX_CHART_UNITS ? top : [];
}

// A child unit's name is indented under its parent's, as in the tables (a full-width space per level).
const categoryOf = (u: UnitResult): string => '\u3000'.repeat(u.depth ?? 0) + u.name;

/** Returns the charts of one result: one completion chart per indicator, then grades and money when it has them. */
export function buildPlanCharts(result: Result, lang: Lang): BarChartSpec[] {
  const units = chartedUnits(result);
  const charts: BarChartSpec[] = [];
  if (units.length > 0) charts.push(...completionCharts(result, units, lang));
  const grades = gradeChart(result, lang);
  if (grades) charts.push(grades);
  if (units.length > 0 && hasMoney(result)) charts.push(moneyChart(units, lang));
  charts.push(...rankCharts(result, lang));
  return charts;
}

const SUBTITLE = {
  at_least: 'html.completionAtLeast',
  at_most: 'html.completionAtMost',
  approx: 'html.completionApprox',
} as const;

function completionCharts(result: Result, units: UnitResult[], lang: Lang): BarChartSpec[] {
  return listIndicatorColumns(result).flatMap((column) => {
    const rows = units.flatMap((u) => {
      const ind = u.indicators.find((i) => i.id === column.id);
      return ind ? [{ unit: u, ind }] : [];
    });
    if (rows.length === 0) return [];
    return [
      {
        title: label('html.completionOf', lang, { name: column.name }),
        subtitle: label(SUBTITLE[column.direction ?? 'at_least'], lang),
        axisName: label('html.completion', lang),
        horizontal: true,
        width: CHART_WIDTH,
        line: { value: '100', label: '100%' },
        series: [
          {
            name: column.name,
            bars: rows.map(({ unit, ind }) => {
              const value = completionText(ind) ?? '';
              const mark = label(`status.${ind.status}`, lang);
              return {
                category: categoryOf(unit),
                value,
                label: value === '' ? mark : `${value}% ${mark}`,
                color: PALETTE[ind.status],
              };
            }),
          },
        ],
      },
    ];
  });
}

/**
 * Returns the grades of a result from best to worst: ordered by the lowest score of the units given each as their
 * base grade, which the thresholds make better for a higher score (the result does not carry the plan's level list).
 */
export function orderGrades(result: Result): string[] {
  const floor = new Map<string, D>();
  for (const u of result.units) {
    for (const g of u.grade ? [u.grade.base, u.grade.final] : []) {
      const score = g === u.grade?.base ? new D(u.score) : new D(-Infinity);
      const seen = floor.get(g);
      if (seen === undefined || score.lessThan(seen)) floor.set(g, score);
    }
  }
  return [...floor.entries()].sort((a, b) => b[1].comparedTo(a[1]) || (a[0] < b[0] ? -1 : 1)).map(([g]) => g);
}

function gradeChart(result: Result, lang: Lang): BarChartSpec | undefined {
  const graded = result.units.filter((u) => u.grade);
  if (graded.length === 0) return undefined;
  const counts = new Map(orderGrades(result).map((g) => [g, 0]));
  for (const u of graded) counts.set(u.grade!.final, (counts.get(u.grade!.final) ?? 0) + 1);
  return {
    title: label('html.gradeChart', lang),
    axisName: label('html.units', lang),
    horizontal: false,
    width: CHART_WIDTH,
    series: [
      {
        name: label('col.grade', lang),
        bars: [...counts.entries()].map(([grade, n], k) => ({
          category: grade,
          value: String(n),
          label: String(n),
          color: PALETTE.grades[k % PALETTE.grades.length]!,
        })),
      },
    ],
  };
}

function hasMoney(result: Result): boolean {
  return result.units.some((u) => isPositive(u.reward_yuan) || isPositive(u.penalty_yuan));
}

// Rewards to the right, fines to the left (drawn as negative lengths), each labelled with its exact yuan as the tables
// print it; a zero draws no bar.
function moneyChart(units: UnitResult[], lang: Lang): BarChartSpec {
  const bar = (u: UnitResult, text: string, sign: '' | '-', color: string) =>
    isPositive(text)
      ? { category: categoryOf(u), value: `${sign}${text}`, label: groupThousands(text), color }
      : { category: categoryOf(u), value: '', label: '', color };
  return {
    title: label('html.moneyChart', lang),
    axisName: label('html.moneyAxis', lang),
    horizontal: true,
    stacked: true,
    width: CHART_WIDTH,
    series: [
      { name: label('col.reward', lang), bars: units.map((u) => bar(u, u.reward_yuan, '', PALETTE.reward)) },
      { name: label('col.penalty', lang), bars: units.map((u) => bar(u, u.penalty_yuan, '-', PALETTE.fine)) },
    ],
  };
}
