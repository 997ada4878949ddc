// The catalogue's phrases of the cohort-relative scores (issue 12): relative_to_best, rank_points and a capped section
// normalised by the top scorer, as `kaohe explain` says them.
import type { Texts } from './text.js';

/** The cohort-relative phrases, by id. */
export const RELATIVE_LABELS = {
  'explain.m.cohort_pending': {
    en: 'scored against the other units (cohort phase)',
    zh: '与其他单位比较后计分(单位间阶段)',
  },
  'explain.targetless_relative': {
    en: '{name} ({id}): scored against the values of {among}, no target',
    zh: '{name}({id}):与{among}的数值比较计分,无目标',
  },
  'explain.m.best_shared': { en: ', shared by {count} units', zh: ',{count} 个单位并列' },
  'explain.m.relative_best': {
    en: '{value} is the best of {of}{tie}: full {weight} points',
    zh: '{value} 为 {of} 个单位中最好{tie}:得满分 {weight} 分',
  },
  'explain.m.relative': {
    en: 'value ÷ best × points = {value} ÷ {best} × {weight} = {points}',
    zh: '实际值 ÷ 最好值 × 分值 = {value} ÷ {best} × {weight} = {points} 分',
  },
  'explain.m.relative_no_scale': {
    en: 'the best value {best} is not above 0, so there is no proportion: {value} earns 0',
    zh: '最好值 {best} 不大于 0,无法按比例计分:{value} 得 0 分',
  },
  'explain.m.rank_table': {
    en: 'value {value}: rank {rank} of {of} → {points} points',
    zh: '数值 {value}:第 {rank} 名(共 {of} 个)→ {points} 分',
  },
  'explain.m.rank_step': {
    en: 'value {value}: rank {rank} of {of}, {beyond} below the table: {last} − {beyond} × {step} = {points}',
    zh: '数值 {value}:第 {rank} 名(共 {of} 个),表外 {beyond} 名:{last} − {beyond} × {step} = {points} 分',
  },
  'explain.m.rank_unlisted': {
    en: 'value {value}: rank {rank} of {of}, after the {listed} ranks the table scores: 0 points',
    zh: '数值 {value}:第 {rank} 名(共 {of} 个),不在前 {listed} 名之内:0 分',
  },
  'explain.section_normalised': {
    en: ', top {top} ({unit}) over the cap {cap}: {before} × {cap} ÷ {top} → {score}',
    zh: ',最高 {top} 分({unit})超过 {cap} 分:{before} × {cap} ÷ {top} → {score} 分',
  },
  'explain.section_not_normalised': {
    en: ' (no unit over {cap}: no normalising) → {score}',
    zh: '(无单位超过 {cap} 分,不折算)→ {score} 分',
  },
} as const satisfies Texts;
