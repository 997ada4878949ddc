// The catalogue's words for a point table (评分细则) in the reports: an item's points, a group's and a section's
// columns, the lines that sum a unit up, and the CSV / sheet columns a point table adds.
import type { Texts } from './text.js';

/** The report labels of point tables, by id. */
export const POINT_REPORT_LABELS = {
  'points.value': { en: '{points} pt', zh: '{points}分' },
  'points.header': { en: '{name} ({points} pt)', zh: '{name}({points}分)' },
  'points.item': { en: '{name}: {cell}', zh: '{name}:{cell}' },
  'points.group': {
    en: '{name}: {score} of {points} ({missed} missed × −{per_miss})',
    zh: '{name}:{score}/{points}分(未完成 {missed} 项 × −{per_miss})',
  },
  'points.section': { en: '{title}: {score} of {points}', zh: '{title}:{score}/{points}分' },
  'points.section_capped': {
    en: '{title}: {subtotal} held to {score} of {points}',
    zh: '{title}:小计 {subtotal},限为 {score}/{points}分',
  },
  'points.section_normalised': {
    en: '{title}: {subtotal} scaled by {cap} ÷ {top} to {score} of {points}',
    zh: '{title}:小计 {subtotal},按 {cap} ÷ {top} 折算为 {score}/{points}分',
  },
  // The titles of GitHub annotations, in the report's language.
  'github.title.deducted': { en: 'deducted', zh: '扣分' },
  'github.title.veto': { en: 'veto', zh: '一票否决' },
  'points.bonus': { en: 'bonus: {bonus}', zh: '加分:{bonus}分' },
  'points.total': { en: 'total: {score} of {max}', zh: '总分:{score}/{max}分' },
  'points.veto': { en: 'veto {name}', zh: '一票否决 {name}' },
  'points.deducted': { en: 'points deducted', zh: '扣分' },
  'points.title': { en: 'points', zh: '得分' },
  'compact.not_full': { en: 'Items not met or with points deducted', zh: '未完成或扣分的评分项' },
  'csv.weight': { en: 'weight', zh: '分值' },
  'csv.group': { en: 'group', zh: '指标组' },
  'csv.group_score': { en: 'group_score', zh: '指标组得分' },
  'csv.section': { en: 'section', zh: '评分部分' },
  'csv.section_subtotal': { en: 'section_subtotal', zh: '部分小计' },
  'csv.section_score': { en: 'section_score', zh: '部分得分' },
  'csv.bonus': { en: 'bonus', zh: '加分' },
  'csv.max_score': { en: 'max_score', zh: '满分' },
  'csv.vetoes': { en: 'vetoes', zh: '一票否决' },
} as const satisfies Texts;
