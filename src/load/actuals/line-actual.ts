// An actual read from a text file's line: its place held as its line and column, its Source made only when something
// asks for it (a diagnostic, the result's `source` text). A national CSV has 433,200 actuals: a Source object for
// each was a fifth of their memory and as many allocations again. The file's name is held once, by the class of its
// actuals (lineActualMaker), and a note only by the actuals that have one.
import type { D } from '../../decimal.js';
import type { Actual, Source } from '../../model.js';

/** An actual at a line and column of a text file; `source` is { file, line, col }, made anew on each read. */
export abstract class LineActual implements Actual {
  // Declared, not class fields: a field is defined on each new object before the constructor runs (ES2022's
  // [[Define]]), which cost a national sheet's 433,200 actuals some 100 ms; plain assignments take V8's fast path.
  declare unit: string;
  declare indicator: string;
  declare value: D | null;
  declare text: string | undefined;
  declare year: number | undefined;
  declare line: number;
  declare col: number;
  declare note?: string;
  abstract readonly file: string;

  constructor(
    unit: string,
    indicator: string,
    value: D | null,
    text: string | undefined,
    year: number | undefined,
    line: number,
    col: number,
  ) {
    this.unit = unit;
    this.indicator = indicator;
    this.value = value;
    this.text = text;
    this.year = year;
    this.line = line;
    this.col = col;
  }

  get source(): Source {
    return { file: this.file, line: this.line, col: this.col };
  }
}

/** Makes one actual of a file: see LineActual (`note` undefined when the row has none). */
export type MakeLineActual = (
  unit: string,
  indicator: string,
  value: D | null,
  text: string | undefined,
  year: number | undefined,
  line: number,
  col: number,
  note: string | undefined,
) => LineActual;

/** Returns the maker of one file's actuals: two classes of its own, with and without a note, that name the file. */
export function lineActualMaker(file: string): MakeLineActual {
  class InFile extends LineActual {
    get file(): string {
      return file;
    }
  }
  class Noted extends InFile {
    constructor(...[unit, indicator, value, text, year, line, col, note]: Parameters<MakeLineActual>) {
      super(unit, indicator, value, text, year, line, col);
      this.note = note;
    }
  }
  return (unit, indicator, value, text, year, line, col, note) =>
    note === undefined
      ? new InFile(unit, indicator, value, text, year, line, col)
      : new Noted(unit, indicator, value, text, year, line, col, note);
}
