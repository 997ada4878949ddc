// One home per scoring method: the shape of a method's registry entry. Each src/methods/<method>.ts holds what its
// method is — the name of its schema fragment, how its YAML becomes the model, the plan mistakes it reports, how an
// item earns points and how each step is said — and src/methods/index.ts registers it in a record keyed by method.
import { D, maxOf, minOf, ZERO } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import type { Direction, ErrorCode, Indicator, Status } from '../model.js';
import type { RuleMistake } from '../rules/define-rule.js';

/** What a method sees of one unit × indicator: the item's value, its target and actual as compared, its status. */
export interface MethodInput {
  weight: D;
  direction: Direction;
  /** The target as compared (0 for a method that needs none). */
  target: D;
  /** The actual as compared; null when missing. */
  actual: D | null;
  status: Status;
}

/** An item's points before its floor and cap, and the completion rate it read (when it read one). */
export interface MethodScore {
  points: D;
  completion?: D;
}

/**
 * Where a method says how it scored (the steps `kaohe explain` shows): each step is pushed onto the array; undefined
 * when only the points are wanted, as when scoring, so that no step is worded (or a decimal written out) for nothing.
 */
export type Said = Phrase[] | undefined;

/**
 * Where a unit stands among the units a cohort-relative method compares it with (the cohort phase reads every unit's
 * value first): the best value, how many units hold it, the unit's competition rank by value (1, 1, 3) and how many
 * units had a value. Values are compared in the indicator's good direction, exactly.
 */
export interface CohortBasis {
  /** The best actual among them; null when no unit has one. */
  best: D | null;
  /** How many units hold the best value (2 or more: a tie for the best). */
  bestCount: number;
  /** The unit's rank by value; null when the unit has no value. */
  rank: number | null;
  /** How many units in the comparison had a value. */
  of: number;
}

/** How a method's loader reads its own fields: exact decimals at a path inside `scoring`. */
export interface MethodReader {
  decimal(path: (string | number)[]): D | undefined;
}

/** Reports one plan mistake at a path inside the indicator (`['scoring', 'bands', 1]`). */
export type MethodReport = (code: ErrorCode, path: (string | number)[], mistake: RuleMistake) => void;

/** A scoring method as the registry holds it; `M` is the model of its parameters. */
export interface MethodDefinition<M extends { method: string; floor?: D; cap?: D } = MethodSpec> {
  method: M['method'];
  /** The $defs entry of this method in schemas/plan.schema.json (the registry test checks it). */
  schema: string;
  /** Whether the method needs no target: it applies to every unit (events, points given directly). */
  targetless: boolean;
  /** Returns the parameters from their schema-valid YAML (`raw`), decimals read exactly through `read`. */
  normalise(raw: Record<string, unknown>, read: MethodReader): M;
  /** Reports the plan mistakes the schema cannot see (bands with a gap, a cap below the floor). */
  check(spec: M, indicator: Indicator, report: MethodReport): void;
  /** Returns the points the item earns before its floor and cap; says how onto `said` when given. */
  score(spec: M, input: MethodInput, said?: Said): MethodScore;
  /**
   * For a cohort-relative method only (relative_to_best, rank_points): returns the points the item earns given where
   * the unit stands among the others. `score` is then only what the item reads before the cohort is known.
   */
  cohort?(spec: M, input: MethodInput, basis: CohortBasis, said?: Said): MethodScore;
  /** Returns the item's default cap when the plan gives none (null: no cap of its own). */
  defaultCap(spec: M, weight: D): D | null;
  /**
   * Returns the parameters as plan text by field path (`below.every`, `bands.1`), for `diff` of two plans; without
   * it, methodSettings reads every field of the parameters generically.
   */
  settings?(spec: M): Record<string, string>;
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Returns a method's parameters as plan text by field path (snake_case, list indexes as numbers): the method's own
 * `settings` where it has one, else every field read generically (decimals as plain text), so that a parameter added
 * later is compared by `diff` without a line here.
 */
export function genericSettings(spec: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string): void => {
    if (value === undefined) return;
    if (D.isDecimal(value)) out[path] = (value as D).toFixed();
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${path}.${i}`);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, path === '' ? snake(k) : `${path}.${snake(k)}`);
    else out[path] = String(value);
  };
  walk(spec, '');
  delete out.method;
  return out;
}

/**
 * The methods' parameters, by method id. Each src/methods/<method>.ts adds its own entry by declaration merging, so a
 * method's model lives in its one home.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each method's own file
export interface MethodSpecs {}

/** The checked parameters of any registered method. */
export type MethodSpec = MethodSpecs[keyof MethodSpecs];
/** A method id, as in the YAML, the schema and the method's file name. */
export type MethodName = keyof MethodSpecs;

/** The registry's record type: one definition per method, keyed by its id (a missing method fails to compile). */
export type MethodRegistry = { [K in MethodName]: MethodDefinition<Extract<MethodSpec, { method: K }>> };

/** Returns the completion rate actual ÷ target × 100, exactly; null for a target of 0 (no rate can be read). */
export function completionOf(actual: D, target: D): D | null {
  return target.isZero() ? null : actual.times(100).dividedBy(target);
}

/** Returns a decimal as the explanation shows it (plain text, full precision). */
export const shown = (value: D): string => value.toFixed();

/** Returns the points clamped to [floor, cap] (cap null: none): one of the three values, never a copy. */
export function clamp(points: D, floor: D, cap: D | null): D {
  const capped = cap === null ? points : minOf(points, cap);
  return maxOf(floor, capped);
}

/** Returns 0 when the reading is null, for sums over optional parts. */
export const orZero = (value: D | null | undefined): D => value ?? ZERO;
