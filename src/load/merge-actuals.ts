// Several actuals files for one plan: one list, where the same (unit, indicator, year) given
// twice is an error naming both places, never "the last one wins".
import { getOrInsert } from '../collections.js';
import type { Actual, ActualsFile, Diagnostic, Loaded } from '../model.js';

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
        const where = first.source.cell
          ? `${first.source.file}:${first.source.cell}`
          : `${first.source.file}:${first.source.line}:${first.source.col}`;
        diagnostics.push({
          code: 'ACTUALS_DUPLICATE',
          severity: 'error',
          ...actual.source,
          message: {
            en: `${actual.unit} / ${actual.indicator}${actual.year ? ` / ${actual.year}` : ''} is given again (first at ${where})`,
            zh: `${actual.unit} / ${actual.indicator}${actual.year ? ` / ${actual.year}年` : ''} 重复填报(首次在 ${where})`,
          },
          hint: {
            en: 'keep one value; kaohe never lets the last one win',
            zh: '只保留一个数值;kaohe 不会以后填的为准',
          },
        });
        continue;
      }
      byYear.set(actual.year, actual);
      merged.push(actual);
    }
  }
  return { value: merged, diagnostics };
}
