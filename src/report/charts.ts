// The report's charts as static SVG, drawn when the report is written with Apache ECharts' server-side
// renderer (the charting library Chinese government offices know from their own dashboards). Only the
// bar chart and the components it needs are registered, and this module is imported only by the HTML
// report, so no other command pays for loading it. Bar lengths come from the exact result text; every
// label printed on a bar is that text itself, so a chart never shows a rounding the tables do not.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { FONT_STACK } from './html-text.js';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

/** The most units a chart gives a bar each; a larger level is left to the tables. */
export const MAX_CHART_UNITS = 60;
/** The width charts are drawn at, in CSS px: an A4 page's text width (180 mm) at 96 px per inch. */
export const CHART_WIDTH = 680;

/** Okabe–Ito colours (safe for the common kinds of colour blindness): met, missed, missing, reward, fine. */
export const PALETTE = {
  met: '#0072B2',
  missed: '#D55E00',
  missing: '#999999',
  reward: '#009E73',
  fine: '#D55E00',
  grades: ['#0072B2', '#56B4E9', '#009E73', '#E69F00', '#D55E00', '#CC79A7', '#F0E442', '#000000'],
} as const;

/** One bar: its category (a unit's or a grade's name), its exact value as text, the label shown, its colour. */
export interface Bar {
  category: string;
  /** Exact decimal text; '' draws no bar (a missing actual). */
  value: string;
  label: string;
  color: string;
}

/** A bar chart: one or more series of bars over the same categories, and an optional reference line. */
export interface BarChartSpec {
  title: string;
  subtitle?: string;
  axisName: string;
  /** Horizontal bars (categories down the left, for long lists of units) or vertical (a few grades). */
  horizontal: boolean;
  series: { name: string; bars: Bar[] }[];
  /** A value line across the chart, such as the 100% of a target. */
  line?: { value: string; label: string };
  /** Series drawn in one bar per category (a reward to the right and a fine to the left), not side by side. */
  stacked?: boolean;
  width: number;
}

const ROW = 22;

/** Returns the chart's height in px: a row per category for horizontal bars, a fixed height for vertical ones. */
export function chartHeight(spec: BarChartSpec): number {
  const categories = spec.series[0]?.bars.length ?? 0;
  const legend = spec.series.length > 1 ? 24 : 0;
  return spec.horizontal ? 80 + legend + ROW * Math.max(categories, 2) : 260;
}

/** Returns the ECharts option drawing `spec` (no animation: the picture is taken once). */
export function chartOption(spec: BarChartSpec): Record<string, unknown> {
  const categories = (spec.series[0]?.bars ?? []).map((b) => b.category);
  const categoryAxis = { type: 'category', data: categories, inverse: spec.horizontal, axisTick: { show: false } };
  // Stacked money runs fines to the left of 0: the axis reads in yuan either way, without a minus sign.
  const axisLabel = spec.stacked ? { formatter: (v: number) => Math.abs(v).toLocaleString('en-US') } : {};
  const valueAxis = { type: 'value', name: spec.axisName, nameLocation: 'middle', nameGap: 26, axisLabel };
  const legend = spec.series.length > 1;
  return {
    animation: false,
    textStyle: { fontFamily: FONT_STACK },
    title: { text: spec.title, subtext: spec.subtitle ?? '', left: 0, textStyle: { fontSize: 14 } },
    legend: legend ? { top: 48, left: 0, data: spec.series.map((s) => s.name) } : undefined,
    grid: { left: 8, right: 84, top: legend ? 84 : 60, bottom: 34 },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s, k) => ({
      type: 'bar',
      name: s.name,
      // the legend's swatch; each bar still carries its own colour (a status)
      itemStyle: { color: s.bars[0]?.color },
      barMaxWidth: 16,
      barGap: '10%',
      ...(spec.stacked ? { stack: 'all' } : {}),
      data: s.bars.map((b) => (b.value === '' ? '-' : { value: Number(b.value), itemStyle: { color: b.color } })),
      label: {
        show: true,
        position: spec.horizontal ? (k === 1 && spec.stacked ? 'left' : 'right') : 'top',
        // a white halo keeps a label readable where it crosses the reference line
        textBorderColor: '#fff',
        textBorderWidth: 2,
        formatter: (p: { dataIndex: number }) => s.bars[p.dataIndex]?.label ?? '',
      },
      ...(k === 0 && spec.line ? { markLine: referenceLine(spec.line, spec.horizontal) } : {}),
    })),
  };
}

function referenceLine(line: { value: string; label: string }, horizontal: boolean): Record<string, unknown> {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: '#000', type: 'dashed', width: 1 },
    label: { formatter: line.label, position: 'start' },
    data: [horizontal ? { xAxis: Number(line.value) } : { yAxis: Number(line.value) }],
  };
}

/** Returns the chart as an SVG element's text, scaled to its container's width (viewBox kept). */
export function renderChartSvg(spec: BarChartSpec): string {
  const height = chartHeight(spec);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height });
  try {
    chart.setOption(chartOption(spec));
    const svg = chart.renderToSVGString();
    return svg.replace(/^<svg width="\d+" height="\d+"/, `<svg class="chart" role="img"`);
  } finally {
    chart.dispose();
  }
}
