// The words only the HTML report (考核通报) uses, in both languages; the shared ones come from labels.ts.
import type { Lang, Msg } from '../model.js';

/** The fonts of every text in the report: the CJK fonts of Linux, Windows and macOS, then any sans-serif. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei", "WenQuanYi Micro Hei", sans-serif';

const m = (en: string, zh: string): Msg => ({ en, zh });

/** Every word of the HTML report that labels.ts does not already hold. */
export const HTML_WORDS = {
  report: m('Assessment report', '考核通报'),
  summary: m('Summary', '总体情况'),
  charts: m('Charts', '图表'),
  results: m('Results by unit', '各单位考核结果'),
  indicators: m('Indicators by unit', '各单位指标完成情况'),
  indicatorsPart: m('indicators {from}–{to} of {all}', '指标 {from}–{to}(共 {all} 项)'),
  completion: m('completion (%)', '完成率(%)'),
  completionOf: m('{name}: completion by unit', '{name}:各单位完成率'),
  completionAtMost: m('at or under 100% is met', '不高于 100% 为达标'),
  completionAtLeast: m('at or over 100% is met', '不低于 100% 为达标'),
  completionApprox: m('met within the tolerance around 100%', '在 100% 上下允许偏差内为达标'),
  gradeChart: m('Grade distribution (units per grade)', '政绩考核等级分布(单位数)'),
  moneyChart: m('Money by unit (yuan)', '各单位奖罚金额(元)'),
  units: m('units', '单位数'),
  moneyAxis: m('← fines · rewards → (yuan)', '← 罚款 · 奖励 →(元)'),
  tooMany: m('{n} units are too many to chart one bar each: see the tables', '单位共 {n} 个,过多无法逐一绘图,请见下表'),
  targetActual: m('actual / target', '实际 / 目标'),
  issuer: m('issued by', '发文单位'),
  document: m('document', '文件'),
  period: m('period', '考核期'),
  inputs: m('inputs', '数据来源'),
  madeBy: m('made by kaohe {version}', '由 kaohe {version} 生成'),
  diffTitle: m('What changed', '考核结果变动'),
  diffPlans: m('What changed between the plans', '考核方案变动'),
} satisfies Record<string, Msg>;

/** A key of HTML_WORDS. */
export type HtmlWord = keyof typeof HTML_WORDS;

/** Returns a word of the HTML report in `lang`, with each `{name}` replaced by `vars[name]`. */
export function htmlWord(key: HtmlWord, lang: Lang, vars: Record<string, string | number> = {}): string {
  return HTML_WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

/** Returns text with the five HTML special characters escaped, safe in an element and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
