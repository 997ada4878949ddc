// What reporters share besides the catalogue's labels (src/messages): the CSV columns, glyphs, counting words
// and punctuation of running text.
import type { Lang } from '../model.js';

export { label, listLabelKeys, type LabelKey } from '../messages/index.js';

/** The columns that name a unit × indicator row and say how it scored: the CSV's first, the detail sheet's all. */
export const INDICATOR_CSV_COLUMNS = [
  'plan_id',
  'unit_id',
  'unit_name',
  'indicator_id',
  'indicator_name',
  'unit_of_measure',
  'direction',
  'target',
  'actual',
  'status',
  'surplus',
  'indicator_score',
] as const;

/** The CSV columns, in their order; each is also a label key `csv.<column>`. */
export const CSV_COLUMNS = [
  ...INDICATOR_CSV_COLUMNS,
  'unit_score',
  'overall',
  'reward_yuan',
  'penalty_yuan',
  'net_yuan',
  'award_eligible',
  'grade_base',
  'grade_final',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Glyphs that need no translation: direction signs and status marks. */
export const GLYPHS = {
  at_least: '≥',
  at_most: '≤',
  approx: '≈',
  met: '✓',
  missed: '✗',
  missing: '?',
  arrow: '→',
} as const;

const CHINESE_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Returns a small count as it is said in a grade change: 1 → 一 (降一等), 2 → 两; English keeps digits. */
export function countWord(n: number, lang: Lang): string {
  if (lang === 'zh' && Number.isInteger(n) && n >= 0 && n <= 10) return CHINESE_DIGITS[n] ?? String(n);
  return String(n);
}

/** Returns the punctuation of running text in `lang`: full-width in Chinese, ASCII with spaces in English. */
export function punctuation(lang: Lang): { colon: string; semicolon: string; comma: string; enumeration: string } {
  return lang === 'zh'
    ? { colon: ':', semicolon: ';', comma: ',', enumeration: '、' }
    : { colon: ': ', semicolon: '; ', comma: ', ', enumeration: ', ' };
}
