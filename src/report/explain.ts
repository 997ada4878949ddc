// `kaohe explain` for people (the arithmetic as lines of text, one block per indicator, each step
// followed by where its number was written) and for machines (the same steps as JSON).
import type { ExplainStep, Explanation } from '../core/explain.js';
import type { Lang } from '../model.js';
import { wordPhrase } from '../messages/index.js';
import { label } from './labels.js';

/** The formats of `kaohe explain`. */
export const EXPLAIN_FORMATS = ['text', 'json'] as const;
/** One `kaohe explain --format` value. */
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

// "(rule 1, plans/x.yaml:58:5; target plans/x.yaml:34:7; actual actuals.csv:12:3)": every place the step's numbers were
// written.
function sourceOf(step: ExplainStep, lang: Lang): string {
  const zh = lang === 'zh';
  const own =
    step.rule === undefined
      ? step.source
      : [label('word.rule', lang, { n: step.rule }), step.source].filter(Boolean).join(zh ? ',' : ', ');
  const refs = (step.refs ?? []).map((r) => `${label(`word.${r.name}`, lang)} ${r.source}`);
  const parts = [own, ...refs].filter((p): p is string => p !== undefined && p !== '');
  if (parts.length === 0) return '';
  return zh ? `(${parts.join(';')})` : ` (${parts.join('; ')})`;
}

/** Returns the explanation as text: a heading, then a block per indicator (its target first), then the unit's steps. */
export function renderExplainText(explanation: Explanation, lang: Lang): string {
  const { plan, unit } = explanation;
  const lines = [`${plan.title} (${plan.id}) — ${unit.name} (${unit.id})`];
  let block: string | undefined;
  for (const step of explanation.steps) {
    const text = `${wordPhrase(step.say, lang)}${sourceOf(step, lang)}`;
    const starts = step.indicator !== undefined && step.indicator !== block;
    // A blank line before each indicator's block and before the unit's own steps.
    if (starts || (step.indicator === undefined && block !== undefined) || lines.length === 1) lines.push('');
    block = step.indicator;
    lines.push(step.indicator !== undefined && !starts ? `  ${text}` : text);
  }
  return `${lines.join('\n')}\n`;
}

/** Returns the explanation as JSON: the steps with their kind, exact value, source and text in `lang`. */
export function renderExplainJson(explanation: Explanation, lang: Lang): string {
  const steps = explanation.steps.map((s) => ({
    kind: s.kind,
    ...(s.indicator !== undefined && { indicator: s.indicator }),
    ...(s.rule !== undefined && { rule: s.rule }),
    ...(s.value !== undefined && { value: s.value }),
    ...(s.source !== undefined && { source: s.source }),
    ...(s.refs !== undefined && { refs: s.refs }),
    text: wordPhrase(s.say, lang),
  }));
  const doc = {
    kaohe: 1,
    plan: explanation.plan,
    unit: explanation.unit,
    ...(explanation.indicator !== undefined && { indicator: explanation.indicator }),
    steps,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
