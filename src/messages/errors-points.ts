// The catalogue's texts for mistakes in a point table (评分细则): levels, bands, caps, groups, events.
import type { Texts } from './text.js';

/** Texts of the codes raised by the point-table checks and the rule types that name levels. */
export const POINT_ERRORS = {
  UNKNOWN_LEVEL: {
    message: {
      en: 'level "{level}" is not one of the levels {levels}',
      zh: '等次 "{level}" 不是 {levels} 之一',
    },
    no_grades: {
      en: 'level "{level}" is named, but the plan has no grades',
      zh: '引用了等次 "{level}",但方案未设 grades',
    },
    no_grades_hint: {
      en: 'add grades: {levels: [优秀, 达标, 不达标], thresholds: [90, 75]}',
      zh: '添加 grades: {levels: [优秀, 达标, 不达标], thresholds: [90, 75]}',
    },
  },
} as const satisfies Readonly<Record<string, Texts>>;
