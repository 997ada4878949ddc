// --fail-on: which scored outcomes make `kaohe score` exit 1.
import type { Result, UnitResult } from '../model.js';

/** The conditions `--fail-on` accepts, in the order they are listed. */
export const FAIL_ON = ['missed', 'incomplete', 'penalty'] as const;

/** One `--fail-on` condition. */
export type FailOn = (typeof FAIL_ON)[number];

/** Returns true when some unit of some result matches one of the `--fail-on` conditions (exit 1). */
export function failOnMatches(results: readonly Result[], conditions: readonly FailOn[]): boolean {
  return matchingConditions(results, conditions).length > 0;
}

/** Returns the `--fail-on` conditions that some unit of some result matches, in FAIL_ON order (empty when none). */
export function matchingConditions(results: readonly Result[], conditions: readonly FailOn[]): FailOn[] {
  const found = new FailOnFound(conditions);
  for (const result of results) for (const unit of result.units) found.add(unit);
  return found.matching();
}

/** The `--fail-on` conditions matched by the units seen so far, a unit at a time (a result streamed, never held). */
export class FailOnFound {
  private readonly found = new Set<FailOn>();

  constructor(private readonly conditions: readonly FailOn[]) {}

  /** Notes the conditions one unit matches. */
  add(unit: UnitResult): void {
    for (const condition of this.conditions) if (unitMatches(unit, condition)) this.found.add(condition);
  }

  /** Returns the conditions matched so far, in FAIL_ON order (empty when none). */
  matching(): FailOn[] {
    return FAIL_ON.filter((condition) => this.found.has(condition));
  }
}

function unitMatches(unit: UnitResult, condition: FailOn): boolean {
  switch (condition) {
    case 'missed':
      return unit.overall === 'missed';
    case 'incomplete':
      return unit.overall === 'incomplete';
    case 'penalty':
      // A penalty is any fine at all: "0" is the only text of zero toPlain writes.
      return unit.penalty_yuan !== '0';
  }
}
