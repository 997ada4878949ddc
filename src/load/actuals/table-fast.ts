// The rows of a long CSV without a quote, read straight from its text: a national sheet is 433,200 lines of
// `c0001,jobs,2021,5815`, each of which the general reader would split into an array, wrap in a row object and check
// cell by cell. Here each line's fields are sliced where its delimiters are, the unit and indicator texts are matched
// once per distinct text, the year and value texts read once per distinct text (the caches the general reader uses),
// and the actual made with its line and column. A line that is anything but an ordinary data row (a field count
// other than the header's, a blank or unknown unit, a repeated header, an unknown indicator, a year or value with a
// mistake) goes to the general reader, which reads or reports it exactly as it would have: every value and every
// diagnostic is the same either way (test/load/actuals/fast-path.test.ts reads tricky files both ways).
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
  /** Reads a value text for an indicator, as the general reader does (and with its cache). */
  value(
    text: string,
    indicator: Indicator,
    writtenIn: string | undefined,
  ): { value: D | null; text?: string } | CellError;
}

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
}

/**
 * Reads every line of a plain CSV from where `plain` stands to its end into the collector, as the general reader
 * would (a table whose layout fastLayout accepts).
 */
export function readPlainRest(table: FastTable, plain: PlainText): void {
  const { text } = plain;
  const { file, delimiter } = plain.csv;
  const { layout, matcher, headerTexts } = table;
  const width = headerTexts.length;
  const fields: string[] = new Array<string>(width).fill('');
  const starts: number[] = new Array<number>(width).fill(0);
  // null: not a unit or label the fast reader takes (the general reader says why)
  const units = new Map<string, Unit | null>();
  const labels = new Map<string, Label | null>();
  const make = lineActualMaker(file);
  let lastUnitText = '';
  let lastUnit: Unit | null = null;
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
      starts[n] = at - pos;
      fields[n++] = text.slice(at, stop);
      if (stop === end) break;
      at = stop;
    }
    const read = n === width && fields[0]!.trim() !== headerTexts[0] && readLine();
    if (!read) table.general(plain.rowOf(line, text.slice(pos, end)));
    pos = end + 1;
  }
  plain.offset = text.length;
  plain.line = line;

  // One data row of exactly the header's width: true when it was read, false to leave it to the general reader.
  function readLine(): boolean {
    const unitText = fields[layout.unit]!;
    if (unitText !== lastUnitText) {
      let unit = units.get(unitText);
      if (unit === undefined) {
        unit = unitText.trim() === '' ? null : (matcher.unit(unitText) ?? null);
        units.set(unitText, unit);
      }
      lastUnitText = unitText;
      lastUnit = unit;
    }
    if (lastUnit === null) return false;
    const year = layout.year === undefined ? undefined : readYearText(fields[layout.year]!);
    if (year !== undefined && 'code' in year) return false;
    const labelText = fields[layout.indicator!]!;
    let label = labels.get(labelText);
    if (label === undefined) {
      const parsed = parseIndicatorLabel(joinLines(labelText).trim(), matcher);
      label = 'code' in parsed ? null : { indicator: parsed.indicator, writtenIn: parsed.writtenIn };
      labels.set(labelText, label);
    }
    if (label === null) return false;
    const col = layout.value!;
    const value = table.value(fields[col]!, label.indicator, label.writtenIn);
    if ('code' in value) return false;
    const note = layout.note === undefined ? '' : fields[layout.note]!.trim();
    const at = starts[col]! + 1;
    table.out.add(
      make(lastUnit.id, label.indicator.id, value.value, value.text, year?.year, line, at, note || undefined),
    );
    return true;
  }
}
