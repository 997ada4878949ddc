// Where a value or a mistake is written, as text: "file:line:col", or "file:Sheet!C12" for a spreadsheet cell.
// The one formatter and the one parser: the result JSON, diagnostics, explain and CI annotations all use them.
import type { Source } from './model.js';

/** Returns a source as "file:line:col", or "file:Sheet!C12" when it is a spreadsheet cell. */
export function formatSource(source: Pick<Source, 'file' | 'line' | 'col' | 'cell'>): string {
  // join makes one flat string; a template makes a rope of five pieces (163 bytes instead of 75 for a CSV cell's
  // place, and a national result holds half a million of them until it is written).
  return source.cell === undefined ? [source.file, source.line, source.col].join(':') : `${source.file}:${source.cell}`;
}

/**
 * Returns the file, line and column of a "file:line:col" text, read from the right (a Windows path holds a colon
 * of its own); undefined for a spreadsheet cell or any other text.
 */
export function parseSource(text: string): { file: string; line: number; col: number } | undefined {
  const m = /^(.+):(\d+):(\d+)$/.exec(text);
  return m ? { file: m[1]!, line: Number(m[2]), col: Number(m[3]) } : undefined;
}
