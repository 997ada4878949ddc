// Where every reader of actuals puts what it found: the values, and every mistake with its place.
// A (unit, indicator, year) seen twice is an error naming both places, never "the last one wins":
// the same check as across files (mergeActuals), so one file and several say it alike.
import type { Actual, ActualsFile, Diagnostic, ErrorCode, Loaded, Msg, Source } from '../../model.js';
import { mergeActuals } from '../merge-actuals.js';

/** Gathers the actuals and diagnostics of one file. */
export interface Collector {
  readonly file: string;
  /** Records an error at a place. */
  error(code: ErrorCode, at: Source & { length?: number }, message: Msg, hint?: Msg): void;
  /** Records an actual. */
  add(actual: Actual): void;
  /** Records that a spreadsheet row is hidden (its duplicates say so). */
  hiddenRow(line: number): void;
  /** Returns what was read (each (unit, indicator, year) once) and every mistake, duplicates last. */
  done(): Loaded<ActualsFile>;
}

/** Returns an empty collector for one file. */
export function createCollector(file: string): Collector {
  const actuals: Actual[] = [];
  const diagnostics: Diagnostic[] = [];
  const hidden = new Set<number>();
  return {
    file,
    error(code, at, message, hint) {
      const d: Diagnostic = { code, severity: 'error', file: at.file, line: at.line, col: at.col, message };
      if (at.cell !== undefined) d.cell = at.cell;
      if (at.length !== undefined) d.length = at.length;
      if (hint !== undefined) d.hint = hint;
      diagnostics.push(d);
    },
    add: (actual) => void actuals.push(actual),
    hiddenRow: (line) => void hidden.add(line),
    done() {
      const merged = mergeActuals([{ file, actuals }], (s) => s.cell !== undefined && hidden.has(s.line));
      return { value: { file, actuals: merged.value ?? [] }, diagnostics: [...diagnostics, ...merged.diagnostics] };
    },
  };
}
