// The words of the cohort phase's reports, from the message catalogue (src/messages/labels-cohort.ts).
import type { Lang } from '../model.js';
import { COHORT_LABELS } from '../messages/labels-cohort.js';
import { fillIn } from '../messages/text.js';

/** A cohort label id (its catalogue id without the `cohort.` prefix). */
export type CohortLabelKey = keyof typeof COHORT_LABELS extends `cohort.${infer K}` ? K : never;

/** Returns the cohort label in `lang`, each `{name}` replaced by `vars[name]`. */
export function cohortLabel(key: CohortLabelKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fillIn(COHORT_LABELS[`cohort.${key}`], lang, vars);
}
