// Where a value came from, as the result JSON spells it: the one place that formats a Source.
import type { Source } from '../model.js';

/** Returns a source as "file:line:col", or "file:Sheet!C12" when it is a spreadsheet cell. */
export function formatSource(source: Source): string {
  return source.cell === undefined ? `${source.file}:${source.line}:${source.col}` : `${source.file}:${source.cell}`;
}
