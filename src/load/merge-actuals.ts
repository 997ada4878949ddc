// Several actuals files for one plan: one list, where the same (unit, indicator, year) given
// twice is an error naming both places, never "the last one wins".
import { getOrInsert } from '../collections.js';
import { errorText } from '../messages/index.js';
import type { Actual, ActualsFile, Diagnostic, Loaded, Source } from '../model.js';
import { formatSource } from '../source.js';

/**
 * Returns all actuals of the files in order, with an error for each value given in more than one place; `hiddenRow`
 * says which places are in a spreadsheet row the clerk has hidden, so that the error says so.
 */
export function mergeActuals(
  files: readonly ActualsFile[],
  hiddenRow: (source: Source) => boolean = () => false,
): Loaded<Actual[]> {
  // Nested maps keyed by the ids the plan already holds (no key string is built per row), down to the few actuals of
  // one unit and indicator, one a year: a short list searched from its end (at most one entry a year the reader
  // accepts), not a Map for each of the 85,500 units × indicators of a national sheet.
  const seen = new Map<string, Map<string, Actual[]>>();
  // One file without a duplicate is its own list: the merged list is made only once a value is left out.
  const single = files.length === 1 ? files[0]!.actuals : undefined;
  let merged: Actual[] | undefined = single === undefined ? [] : undefined;
  let index = 0;
  const diagnostics: Diagnostic[] = [];
  // a sheet's rows come unit by unit, indicator by indicator: the last lists found are most often the next ones
  let lastUnit: string | undefined;
  let lastIndicator: string | undefined;
  let byIndicator = new Map<string, Actual[]>();
  let byYear: Actual[] = [];
  for (const file of files) {
    for (const actual of file.actuals) {
      index++;
      if (actual.unit !== lastUnit) {
        byIndicator = getOrInsert(seen, actual.unit, () => new Map<string, Actual[]>());
        lastUnit = actual.unit;
        lastIndicator = undefined;
      }
      if (actual.indicator !== lastIndicator) {
        byYear = getOrInsert(byIndicator, actual.indicator, () => []);
        lastIndicator = actual.indicator;
      }
      const first = sameYear(byYear, actual.year);
      if (first) {
        merged ??= single!.slice(0, index - 1); // the actuals before this one
        const message = errorText('ACTUALS_DUPLICATE', 'message', {
          unit: actual.unit,
          indicator: actual.indicator,
          year: actual.year ? errorText('ACTUALS_DUPLICATE', 'year', { year: actual.year }) : '',
          where: formatSource(first.source),
        });
        const hidden = [first.source, actual.source].find(hiddenRow);
        const note = hidden === undefined ? undefined : errorText('ACTUALS_DUPLICATE', 'hidden', { row: hidden.line });
        diagnostics.push({
          code: 'ACTUALS_DUPLICATE',
          severity: 'error',
          ...actual.source,
          message: note === undefined ? message : errorText('ACTUALS_DUPLICATE', 'with_note', { message, note }),
          hint: errorText('ACTUALS_DUPLICATE', 'hint'),
        });
        continue;
      }
      byYear.push(actual);
      merged?.push(actual);
    }
  }
  return { value: merged ?? single!, diagnostics };
}

function sameYear(actuals: readonly Actual[], year: number | undefined): Actual | undefined {
  for (let i = actuals.length - 1; i >= 0; i--) if (actuals[i]!.year === year) return actuals[i];
  return undefined;
}
