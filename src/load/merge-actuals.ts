// Several actuals files for one plan: one list, where the same (unit, indicator, year) given
// twice is an error naming both places, never "the last one wins".
import { getOrInsert } from '../collections.js';
import { errorText } from '../messages/index.js';
import type { Actual, ActualsFile, Diagnostic, Loaded, Source } from '../model.js';

/**
 * Returns all actuals of the files in order, with an error for each value given in more than one place; `hiddenRow`
 * says which places are in a spreadsheet row the clerk has hidden, so that the error says so.
 */
export function mergeActuals(
  files: readonly ActualsFile[],
  hiddenRow: (source: Source) => boolean = () => false,
): Loaded<Actual[]> {
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
        const hidden = [first.source, actual.source].find(hiddenRow);
        const note = hidden === undefined ? '' : errorText('ACTUALS_DUPLICATE', 'hidden', { row: hidden.line });
        diagnostics.push({
          code: 'ACTUALS_DUPLICATE',
          severity: 'error',
          ...actual.source,
          message: {
            en: `${actual.unit} / ${actual.indicator}${actual.year ? ` / ${actual.year}` : ''} is given again (first at ${where})${note === '' ? '' : note.en}`,
            zh: `${actual.unit} / ${actual.indicator}${actual.year ? ` / ${actual.year}年` : ''} 重复填报(首次在 ${where})${note === '' ? '' : note.zh}`,
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
