// The registry of rule types. Adding one: a file here, an entry in this list, a $defs entry in
// schemas/plan.schema.json and test/core/rules/<type>.test.ts (a registry test checks all three).
import type { Rule, RuleType } from '../../model.js';
import type { RuleContext, RuleDefinition, RuleOutcome } from './define-rule.js';
import { disqualifyAward } from './disqualify_award.js';
import { downgrade } from './downgrade.js';
import { perPerson } from './per_person.js';

/** Every rule type, in the order they are documented and listed. */
export const RULES: readonly RuleDefinition[] = [perPerson, disqualifyAward, downgrade];

const byType = new Map<RuleType, RuleDefinition>(RULES.map((definition) => [definition.type, definition]));

/** Returns what one plan rule does to one unit whose overall result is met or missed. */
export function applyRule(rule: Rule, context: RuleContext): RuleOutcome {
  const definition = byType.get(rule.type);
  // The plan schema admits only registered types; an unknown one is a bug, not a user's mistake.
  if (definition === undefined) throw new Error(`kaohe: no rule type ${rule.type} in the registry`);
  return definition.apply(rule, context);
}
