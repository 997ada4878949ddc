// The rows of a long CSV without a quote, read straight from its text: a national sheet is 433,200 lines of
// `c0001,jobs,2021,5815`, each of which the general reader would split into an array, wrap in a row object and check
// cell by cell. Here each line's fields are found where its delimiters are and read in place: the unit, indicator and
// year compared with the line before's (each distinct text matched or read once), a plain figure looked up by its
// digits, so that an ordinary line cuts out no string; and the actual made with its line and column. A line that is
// anything but an ordinary data row (a field count other than the header's, a blank or unknown unit, a repeated
// header, an unknown indicator, a year or value with a mistake) goes to the general reader, which reads or reports it
// exactly as it would have: every value and every diagnostic is the same either way
// (test/load/actuals/fast-path.test.ts reads tricky files and generated sheets both ways).
import type { D } from '../../decimal.js';
import type { Indicator, Unit } from '../../model.js';
import type { Collector } from './collect.js';
import { joinLines, type PlainText, type SheetRow } from './grid.js';
import { parseIndicatorLabel, type Layout } from './header.js';
import { lineActualMaker } from './line-actual.js';
import type { Matcher } from './match.js';
import { readYearText, type CellError } from './value.js';

/** What the fast reader needs of the table reader's state. */
export interface FastTable {
  layout: Layout;
  matcher: Matcher;
  /** The header's trimmed texts (a line equal to it is a repeated header). */
  headerTexts: readonly string[];
  out: Collector;
  /** Reads a line the general way (reporting what is wrong with it). */
  general(row: SheetRow): void;
  /**
   * Returns the reader of one indicator's value texts written in a unit of measure, as the general reader reads them
   * (with its cache when `remember`, else afresh each time).
   */
  valueReader(indicator: Indicator, writtenIn: string | undefined, remember: boolean): (text: string) => ValueRead;
}

/**
 * The most value readings kept for one indicator (by its text in the general reader, by its digits here). At ten times
 * the national case, 706,288 distinct texts, 170,211 for the largest indicator: all shared.
 */
export const MAX_KNOWN = 1 << 18;

type ValueRead = { value: D | null; text?: string } | CellError;

/**
 * Returns true when the fast reader can read a table of this layout: long, no unit-of-measure column, no column
 * without a header.
 */
export function fastLayout(layout: Layout): boolean {
  return layout.shape === 'long' && layout.measure === undefined && layout.unlabeled.length === 0;
}

interface Label {
  indicator: Indicator;
  writtenIn: string | undefined;
  /** Reads a value text the general way, remembering it. */
  value: (text: string) => ValueRead;
  /** Reads a value text the general way, afresh. */
  fresh: (text: string) => ValueRead;
  /** The readings of plain figures (see figureAt), by shape then number. */
  figures: (Map<number, ValueRead> | undefined)[];
  /** How many readings `figures` holds. */
  size: number;
}

/**
 * Reads every line of a plain CSV from where `plain` stands to its end into the collector, as the general reader
 * would (a table whose layout fastLayout accepts). A field is found by its place in the text: the unit, indicator and
 * year of a line are most often the line before's, compared in place, so that only the value's text is cut out.
 */
export function readPlainRest(table: FastTable, plain: PlainText): void {
  const { text } = plain;
  const { file, delimiter } = plain.csv;
  const { layout, matcher, headerTexts } = table;
  const width = headerTexts.length;
  // where each field starts and ends in the text
  const starts: number[] = new Array<number>(width).fill(0);
  const ends: number[] = new Array<number>(width).fill(0);
  // null: not a unit or label the fast reader takes (the general reader says why)
  const units = new Map<string, Unit | null>();
  const labels = new Map<string, Label | null>();
  const yearTexts: string[] = [];
  const yearReads: ({ year: number | undefined } | CellError)[] = [];
  const make = lineActualMaker(file);
  const header = headerTexts[0]!;
  let lastUnitText = '';
  let lastUnit: Unit | null = null;
  let lastLabelText: string | undefined;
  let lastLabel: Label | null = null;
  let pos = plain.offset;
  let line = plain.line;
  for (; pos < text.length; line++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    // the fields, up to one more than the header has
    let n = 0;
    for (let at = pos; ; at++) {
      let stop = text.indexOf(delimiter, at);
      if (stop === -1 || stop > end) stop = end;
      if (n === width) {
        n++;
        break;
      }
      starts[n] = at;
      ends[n++] = stop;
      if (stop === end) break;
      at = stop;
    }
    const read = n === width && !repeatsHeader() && readLine();
    if (!read) table.general(plain.rowOf(line, text.slice(pos, end)));
    pos = end + 1;
  }
  plain.offset = text.length;
  plain.line = line;

  // Whether the first field, trimmed, is the header's: a first character that trim keeps (printable ASCII) and the
  // header's does not start with decides it without cutting the field out.
  function repeatsHeader(): boolean {
    const from = starts[0]!;
    const to = ends[0]!;
    if (from < to) {
      const c = text.charCodeAt(from);
      if (c > 32 && c < 127 && c !== header.charCodeAt(0)) return false;
    }
    return text.slice(from, to).trim() === header;
  }

  // Whether the field at `col` is exactly `known`.
  function fieldIs(col: number, known: string): boolean {
    const from = starts[col]!;
    return ends[col]! - from === known.length && text.startsWith(known, from);
  }

  // One data row of exactly the header's width: true when it was read, false to leave it to the general reader.
  function readLine(): boolean {
    if (!fieldIs(layout.unit, lastUnitText)) {
      const unitText = text.slice(starts[layout.unit]!, ends[layout.unit]!);
      let unit = units.get(unitText);
      if (unit === undefined) {
        unit = unitText.trim() === '' ? null : (matcher.unit(unitText) ?? null);
        units.set(unitText, unit);
      }
      lastUnitText = unitText;
      lastUnit = unit;
    }
    if (lastUnit === null) return false;
    const year = layout.year === undefined ? undefined : yearAt(layout.year);
    if (year !== undefined && 'code' in year) return false;
    const labelCol = layout.indicator!;
    if (lastLabelText === undefined || !fieldIs(labelCol, lastLabelText)) {
      lastLabelText = text.slice(starts[labelCol]!, ends[labelCol]!);
      lastLabel = labelOf(lastLabelText);
    }
    const label = lastLabel;
    if (label === null) return false;
    const col = layout.value!;
    const at = starts[col]!;
    const value = figureAt(label, at, ends[col]!) ?? label.value(text.slice(at, ends[col]!));
    if ('code' in value) return false;
    const note = layout.note === undefined ? '' : text.slice(starts[layout.note]!, ends[layout.note]!).trim();
    table.out.add(
      make(lastUnit.id, label.indicator.id, value.value, value.text, year?.year, line, at - pos + 1, note || undefined),
    );
    return true;
  }

  // An indicator column's text as the fast reader takes it (null: left to the general reader), read once per text.
  function labelOf(labelText: string): Label | null {
    let label = labels.get(labelText);
    if (label === undefined) {
      const parsed = parseIndicatorLabel(joinLines(labelText).trim(), matcher);
      label =
        'code' in parsed
          ? null
          : {
              indicator: parsed.indicator,
              writtenIn: parsed.writtenIn,
              value: table.valueReader(parsed.indicator, parsed.writtenIn, true),
              fresh: table.valueReader(parsed.indicator, parsed.writtenIn, false),
              figures: [],
              size: 0,
            };
      labels.set(labelText, label);
    }
    return label;
  }

  // The reading of a plain figure (1 to 9 characters, digits and at most one point, as 5815 or 4.3) read in place: the
  // figures of one shape (where the point is, how long) are told apart by their digits as a number, a small integer
  // V8 looks up without a string made or hashed; undefined for any other text (read the general way).
  function figureAt(label: Label, from: number, to: number): ValueRead | undefined {
    const length = to - from;
    if (length === 0 || length > 9) return undefined;
    let digits = 0;
    let point = 0; // the point's place, 1-based; 0 for none
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits = digits * 10 + c - 48;
      else if (c === 46 && point === 0) point = i - from + 1;
      else return undefined;
    }
    const shape = point * 10 + length;
    let known = label.figures[shape];
    if (known === undefined) {
      known = new Map<number, ValueRead>();
      label.figures[shape] = known;
    }
    let read = known.get(digits);
    if (read === undefined) {
      // kept here, so not also by its text in the general reader's cache
      read = label.fresh(text.slice(from, to));
      if (label.size < MAX_KNOWN) {
        known.set(digits, read);
        label.size++;
      }
    }
    return read;
  }

  // The year in the field at `col`: a column of years holds a handful of distinct texts, compared in place.
  function yearAt(col: number): { year: number | undefined } | CellError {
    for (let i = 0; i < yearTexts.length; i++) if (fieldIs(col, yearTexts[i]!)) return yearReads[i]!;
    const yearText = text.slice(starts[col]!, ends[col]!);
    const read = readYearText(yearText);
    if (yearTexts.length < MAX_YEARS) {
      yearTexts.push(yearText);
      yearReads.push(read);
    }
    return read;
  }
}

const MAX_YEARS = 16;
