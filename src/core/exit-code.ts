// --fail-on: which scored outcomes make `kaohe score` exit 1.
import type { Result } from '../model.js';

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
  const units = results.flatMap((result) => result.units);
  const matches = (condition: FailOn): boolean => {
    switch (condition) {
      case 'missed':
        return units.some((u) => u.overall === 'missed');
      case 'incomplete':
        return units.some((u) => u.overall === 'incomplete');
      case 'penalty':
        // A penalty is any fine at all: "0" is the only text of zero toPlain writes.
        return units.some((u) => u.penalty_yuan !== '0');
    }
  };
  return FAIL_ON.filter((condition) => conditions.includes(condition) && matches(condition));
}
