// The registry of rule types: one record keyed by type. Adding a type: its file here (see define-rule.ts for the
// facets it fills), one line in RULES, its $defs entry in schemas/plan.schema.json (admitted in `rule`) and its
// type in schemas/result.schema.json's ruleEffect, and test/rules/<type>.test.ts. The registry test checks each.
import type { Rule, RuleType } from '../model.js';
import type { RuleContext, RuleDefinition, RuleOutcome, RuleRegistry } from './define-rule.js';
import { disqualifyAward } from './disqualify_award.js';
import { downgrade } from './downgrade.js';
import { perPerson } from './per_person.js';
import { veto } from './veto.js';

/** Every rule type, in the order they are documented and listed. */
export const RULES: RuleRegistry = {
  per_person: perPerson,
  disqualify_award: disqualifyAward,
  downgrade,
  veto,
};

/** Returns the registry entry of a rule's type, typed for any rule. */
export function ruleDefinition(type: RuleType): RuleDefinition {
  // Each entry handles only rules of its own key's type; the record's keys guarantee the lookup.
  return RULES[type] as unknown as RuleDefinition;
}

/** Returns what one plan rule does to one unit: idle while the unit is incomplete, unless the type decides anyway. */
export function applyRule(rule: Rule, context: RuleContext): RuleOutcome {
  const definition = ruleDefinition(rule.type);
  if (context.overall === 'incomplete' && !definition.decidesWhenIncomplete) return definition.idle(rule);
  return definition.apply(rule, context);
}
