// The shape every rule type has: a type id and a pure `apply` from a unit's scored state to an outcome.
import type { D } from '../../decimal.js';
import type { Plan, Rule, RuleType, Unit } from '../../model.js';
import type { Evaluated } from '../indicator.js';

/** What a rule sees of one unit: rules fire only when its overall result is met or missed. */
export interface RuleContext {
  plan: Plan;
  unit: Unit;
  overall: 'met' | 'missed';
  /** The unit's applicable indicators, by id. */
  indicators: ReadonlyMap<string, Evaluated>;
}

/** What one rule did to one unit. */
export interface RuleOutcome {
  fired: boolean;
  indicator?: string;
  persons?: number;
  reward?: D;
  penalty?: D;
  disqualify?: boolean;
  steps?: number;
}

/** A rule type as the registry holds it: its id (as in the YAML, the schema and its file name) and what it does. */
export interface RuleDefinition {
  type: RuleType;
  apply(rule: Rule, context: RuleContext): RuleOutcome;
}

/** Returns a registry entry for one rule type, whose `apply` sees only rules of that type. */
export function defineRule<T extends RuleType>(definition: {
  type: T;
  apply(rule: Extract<Rule, { type: T }>, context: RuleContext): RuleOutcome;
}): RuleDefinition {
  const isOwn = (rule: Rule): rule is Extract<Rule, { type: T }> => rule.type === definition.type;
  return {
    type: definition.type,
    apply(rule, context) {
      // The registry dispatches by type; a mismatch is a bug in the caller, not a user's mistake.
      if (!isOwn(rule)) throw new Error(`kaohe: rule ${rule.type} given to ${definition.type}`);
      return definition.apply(rule, context);
    },
  };
}
