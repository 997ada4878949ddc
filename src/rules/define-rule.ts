// One home per rule type: the shape of a rule type's registry entry. Each src/rules/<type>.ts holds what its
// type is — the name of its schema fragment, how its YAML becomes the model, the plan mistakes it reports, what it
// does to a unit, how that is explained and how its settings are compared — and src/rules/index.ts registers
// it in a record keyed by type, so the compiler names every facet a new type must fill.
import type { D } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import type {
  ErrorCode,
  Indicator,
  IndicatorResult,
  Status,
  Plan,
  Rule,
  RuleEffect,
  RuleType,
  Source,
  Unit,
  UnitResult,
  VetoFired,
} from '../model.js';

/** What a rule sees of one unit: rules fire only when their condition is decided. */
export interface RuleContext {
  plan: Plan;
  unit: Unit;
  overall: 'met' | 'missed' | 'incomplete';
  /** The unit's applicable indicators, by id. */
  indicators: ReadonlyMap<string, RuleIndicator>;
}

/** One indicator of the unit as a rule sees it, scored (src/core's Evaluated has this shape). */
export interface RuleIndicator {
  indicator: Indicator;
  status: Status;
  /** Actual minus target in the good direction, in the indicator's unit; null when missing. */
  surplus: D | null;
  result: IndicatorResult;
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
  /** A veto's effects: the grade forced, the level barred, the total set to 0. */
  forceGrade?: string;
  barLevel?: string;
  zeroScore?: boolean;
  /** An override that fired (一票否决): listed in the unit's `vetoes` with the rule's number and plan line. */
  override?: Omit<VetoFired, 'rule' | 'source'>;
}

/** How a rule's loader reads its own fields: exact decimals at a key of the rule, and the rule's place. */
export interface RuleReader {
  /** The decimal at `key` of this rule (undefined when the key is absent). */
  decimal(key: string): D | undefined;
  source: Source;
}

/**
 * One plan mistake as the catalogue (src/messages) words it: the name of the code's text and of its hint there, and
 * the placeholders' values. `near` asks for a "did you mean" among the known names; `hint` is shown when none is close.
 */
export interface RuleMistake {
  text: string;
  hint?: string;
  vars?: Readonly<Record<string, string | number>>;
  near?: { input: string; among: Iterable<string> };
}

/** Reports one plan mistake at a path inside this rule (`['indicator']`); the loader words it from the catalogue. */
export type RuleReport = (code: ErrorCode, path: (string | number)[], mistake: RuleMistake) => void;

/** What explaining a rule's effect on one unit may read. */
export interface RuleExplainContext {
  plan: Plan;
  scored: UnitResult;
  effect: RuleEffect;
  /** Shows a number as the explanation shows numbers. */
  n: (text: string | D) => string;
}

/** A rule's explanation: the catalogue phrase it says, and optionally its value and the places of its numbers. */
export interface RuleExplanation {
  say: Phrase;
  value?: string;
  refs?: { name: 'target' | 'actual'; source: string }[];
}

/** A rule type as the registry holds it; `R` is the model of a rule of this type. */
export interface RuleDefinition<R extends Rule = Rule> {
  type: R['type'];
  /** The $defs entry of this type in schemas/plan.schema.json (the registry test checks that it admits the type). */
  schema: string;
  /** Returns the rule from its schema-valid YAML (`raw`), decimals read exactly through `read`. */
  normalise(raw: Record<string, unknown>, read: RuleReader): R;
  /** Reports the plan mistakes the schema cannot see (an unknown indicator, a level that does not exist). */
  check(rule: R, plan: Plan, report: RuleReport): void;
  /** Returns whether the rule decides anything while the unit's overall result is incomplete. */
  decidesWhenIncomplete: boolean;
  /** Returns what the rule does to a unit (`overall` is incomplete only when decidesWhenIncomplete). */
  apply(rule: R, context: RuleContext): RuleOutcome;
  /** Returns the outcome of a rule that is not applied (the unit is incomplete): fired false, and what it concerns. */
  idle(rule: R): RuleOutcome;
  /** Returns the explanation of the rule's effect on one unit, as a catalogue phrase (src/report words it). */
  explain(rule: R, context: RuleExplainContext): RuleExplanation;
  /** Returns the rule's settings as plan text by field name, for `diff` of two plans; `amounts` are numbers. */
  settings(rule: R): { fields: Record<string, unknown>; amounts?: readonly string[] };
  /** Returns whether an explanation of indicator `id` alone should include this rule. */
  concerns(rule: R, id: string): boolean;
}

/** The registry's record type: one definition per rule type, keyed by its type (a missing type fails to compile). */
export type RuleRegistry = { [T in RuleType]: RuleDefinition<Extract<Rule, { type: T }>> };
