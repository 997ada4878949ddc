// The message catalogue: every diagnostic's text by error code, every label by id, in both languages. A code
// exists by having its texts here (ErrorCode is derived from the keys), so adding one is a single entry that
// the compiler then requires wherever codes are listed; a placeholder a call leaves out fails to compile.
import type { Lang, Msg } from '../model.js';
import { ACTUALS_ERRORS } from './errors-actuals.js';
import { COHORT_ERRORS } from './errors-cohort.js';
import { INPUT_ERRORS } from './errors-input.js';
import { PLAN_ERRORS } from './errors-plan.js';
import { POINT_ERRORS } from './errors-points.js';
import { RUN_ERRORS } from './errors-run.js';
import { LABELS } from './labels.js';
import { fill, fillIn, type Names, type VarsArg } from './text.js';

/** Every error code's texts, grouped by where the code is raised (files, plan, actuals, run). */
export const ERROR_TEXTS = {
  ...INPUT_ERRORS,
  ...PLAN_ERRORS,
  ...POINT_ERRORS,
  ...COHORT_ERRORS,
  ...ACTUALS_ERRORS,
  ...RUN_ERRORS,
};

/** The catalogue's groups, for the test that no code is defined in two of them. */
export const ERROR_GROUPS = [
  INPUT_ERRORS,
  PLAN_ERRORS,
  POINT_ERRORS,
  COHORT_ERRORS,
  ACTUALS_ERRORS,
  RUN_ERRORS,
] as const;

/** An error or warning code. */
export type ErrorCode = keyof typeof ERROR_TEXTS;

/** Every error and warning code kaohe reports; each has a reproducer in fixtures/errors/ and a golden file. */
export const ERROR_CODES = Object.keys(ERROR_TEXTS) as ErrorCode[];

/** The names of one code's texts (`message`, `hint`, or a named variant). */
export type TextName<C extends ErrorCode> = keyof (typeof ERROR_TEXTS)[C] & string;

/**
 * Returns the text `name` of error `code` in both languages, its `{placeholders}` filled from `vars` (a Msg
 * var gives each language its own words).
 */
export function errorText<C extends ErrorCode, N extends TextName<C>>(
  code: C,
  name: N,
  ...vars: VarsArg<(typeof ERROR_TEXTS)[C][N]>
): Msg {
  return fill((ERROR_TEXTS[code] as Record<string, Msg>)[name]!, vars[0]);
}

/** A label id. */
export type LabelKey = keyof typeof LABELS;

/** A label id whose text has no placeholders: a word or phrase used as it is. */
export type PlainLabelKey = { [K in LabelKey]: [Names<(typeof LABELS)[K]>] extends [never] ? K : never }[LabelKey];

/** Returns the label `key` in `lang` as written, or undefined when there is none (for ids that come with data). */
export function labelIfAny(key: string, lang: Lang): string | undefined {
  return Object.hasOwn(LABELS, key) ? LABELS[key as LabelKey][lang] : undefined;
}

/** Returns every label id (for tests). */
export function listLabelKeys(): LabelKey[] {
  return Object.keys(LABELS) as LabelKey[];
}

/** Returns the label in both languages, its `{placeholders}` filled from `vars`. */
export function labelText<K extends LabelKey>(key: K, ...vars: VarsArg<(typeof LABELS)[K]>): Msg {
  return fill(LABELS[key], vars[0]);
}

/** Returns the label in `lang`, its `{placeholders}` filled from `vars`. */
export function label<K extends LabelKey>(key: K, lang: Lang, ...vars: VarsArg<(typeof LABELS)[K]>): string {
  return fillIn(LABELS[key], lang, vars[0]);
}

/** A value a phrase names: text or a number as shown, another phrase, or a list (joined as each language lists). */
export type PhraseVar = string | number | Phrase | { list: readonly string[] };

/**
 * A label and the values of its placeholders, not yet worded: what the core says (an explain step) without words of
 * either language; a reporter words it with wordPhrase().
 */
export interface Phrase {
  id: LabelKey;
  vars?: Readonly<Record<string, PhraseVar>>;
}

/** The values a phrase of label `K` needs, as a rest argument: none for a label without placeholders. */
export type PhraseVarsArg<K extends LabelKey> = [Names<(typeof LABELS)[K]>] extends [never]
  ? []
  : [vars: { [N in Names<(typeof LABELS)[K]>]: PhraseVar }];

/** Returns a phrase in `lang`: its label with each placeholder worded (phrases within it too). */
export function wordPhrase(phrase: Phrase, lang: Lang): string {
  const vars: Record<string, string> = {};
  for (const [name, v] of Object.entries(phrase.vars ?? {}))
    vars[name] =
      typeof v !== 'object' ? String(v) : 'list' in v ? v.list.join(lang === 'zh' ? '、' : ', ') : wordPhrase(v, lang);
  return fillIn(LABELS[phrase.id], lang, vars);
}
