// An actual read from a text file's line: its place held as the file, line and column themselves, its Source made
// only when something asks for it (a diagnostic, the result's `source` text). A national CSV has 433,200 actuals,
// and a Source object for each was a fifth of their memory and as many allocations again.
import type { D } from '../../decimal.js';
import type { Actual, Source } from '../../model.js';

/** An actual at a line and column of a text file; `source` is { file, line, col }, made anew on each read. */
export class LineActual implements Actual {
  constructor(
    public unit: string,
    public indicator: string,
    public value: D | null,
    public text: string | undefined,
    public year: number | undefined,
    public note: string | undefined,
    readonly file: string,
    readonly line: number,
    readonly col: number,
  ) {}

  get source(): Source {
    return { file: this.file, line: this.line, col: this.col };
  }
}
