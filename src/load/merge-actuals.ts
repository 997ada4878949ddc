// Several actuals files for one plan: one list, where the same (unit, indicator, year) given
// twice is an error naming both places, never "the last one wins".
import { getOrInsert } from '../collections.js';
import { errorText } from '../messages/index.js';
import type { Actual, ActualsFile, Diagnostic, Loaded } from '../model.js';
import { formatSource } from '../source.js';

/** Returns all actuals of the files in order, with an error for each value given in more than one place. */
export function mergeActuals(files: readonly ActualsFile[]): Loaded<Actual[]> {
  // Nested maps keyed by the ids the plan already holds: no key string is built per row.
  const seen = new Map<string, Map<string, Map<number | undefined, Actual>>>();
  const merged: Actual[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    for (const actual of file.actuals) {
      const byIndicator = getOrInsert(seen, actual.unit, () => new Map<string, Map<number | undefined, Actual>>());
      const byYear = getOrInsert(byIndicator, actual.indicator, () => new Map<number | undefined, Actual>());
      const first = byYear.get(actual.year);
      if (first) {
        diagnostics.push({
          code: 'ACTUALS_DUPLICATE',
          severity: 'error',
          ...actual.source,
          message: errorText('ACTUALS_DUPLICATE', 'message', {
            unit: actual.unit,
            indicator: actual.indicator,
            year: actual.year ? errorText('ACTUALS_DUPLICATE', 'year', { year: actual.year }) : '',
            where: formatSource(first.source),
          }),
          hint: errorText('ACTUALS_DUPLICATE', 'hint'),
        });
        continue;
      }
      byYear.set(actual.year, actual);
      merged.push(actual);
    }
  }
  return { value: merged, diagnostics };
}
