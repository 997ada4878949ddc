// One worksheet's XML → rows of the cells present. A cell is kept only when it holds something (a styled empty cell,
// even at XFD1048576, costs nothing); a row's texts run to its own last cell; merged ranges mark their cells.
import { errorText, labelText } from '../../messages/index.js';
import type { Msg } from '../../model.js';
import { measureOf, parseStoredNumber } from '../number.js';
import type { Cell, Grid, SheetRow } from './grid.js';
import type { NumberFormat } from './numfmt.js';
import type { SheetEntry, WorkbookParts } from './xlsx-parts.js';
import { readXml, WorkbookRefusal, type Package } from './xlsx-package.js';
import { columnLetter } from './xlsx.js';

/**
 * The most filled cells a sheet may hold (a national sheet has 433,200), and the most positions its rows may span or
 * its merged ranges visit: every position up to a row's last cell is read (~0.5 µs and 8 bytes each), so 5,000,000
 * keeps the worst sheet under the limits near 2-3 s and 40 MB (50,000,000 took a minute and 400 MB).
 */
export const MAX_CELLS = 2_000_000;
export const MAX_SPAN = 5_000_000;
const grouped = (n: number): string => n.toLocaleString('en-US');

interface RawCell {
  col: number;
  type: string;
  style: number;
  v: string;
  f: string;
  inline: string;
  hasFormula: boolean;
}

interface RawRow {
  hidden: boolean;
  cells: RawCell[];
}

/** Returns the sheet as a grid; throws WorkbookRefusal for more than MAX_CELLS cells or damaged XML. */
export async function readSheet(
  pkg: Package,
  entry: SheetEntry,
  parts: WorkbookParts,
  file: string,
  budget: { left: number },
): Promise<Grid> {
  const rows = new Map<number, RawRow>();
  const merges: string[] = [];
  await readXml(pkg, entry.path, sheetHandler(rows, merges), budget);
  const ref = /^[\p{L}\p{N}_]+$/u.test(entry.name) ? entry.name : `'${entry.name.replace(/'/g, "''")}'`;
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  let span = 0;
  let farthest = { row: 0, col: 0 };
  for (const r of numbers) {
    const last = rows.get(r)!.cells.reduce((m, c) => Math.max(m, c.col), 0);
    span += last;
    if (last > farthest.col) farthest = { row: r, col: last };
  }
  if (span > MAX_SPAN) throw tooWide(`${columnLetter(farthest.col)}${farthest.row}`);
  const built = new Map<number, XlsxRow>();
  for (const r of numbers) built.set(r, new XlsxRow(r, rows.get(r)!, parts, file, ref));
  markMerges(merges, built, numbers);
  return {
    file,
    rows: numbers.map((r) => built.get(r)!),
    columnLabel: (i) => labelText('column.xlsx', { letter: columnLetter(i + 1) }),
  };
}

function tooMany(): WorkbookRefusal {
  return new WorkbookRefusal(
    errorText('FILE_FORMAT', 'too_many_cells', { limit: grouped(MAX_CELLS) }),
    errorText('FILE_FORMAT', 'too_big_hint'),
  );
}

/** A sheet whose rows reach far right (a stray cell at XFD) more often than a sheet of figures can. */
function tooWide(cell: string): WorkbookRefusal {
  return new WorkbookRefusal(
    errorText('FILE_FORMAT', 'too_wide', { cell, limit: grouped(MAX_SPAN) }),
    errorText('FILE_FORMAT', 'too_wide_hint', { cell }),
  );
}

function tooManyMerged(): WorkbookRefusal {
  return new WorkbookRefusal(
    errorText('FILE_FORMAT', 'too_many_merged', { limit: grouped(MAX_SPAN) }),
    errorText('FILE_FORMAT', 'too_many_merged_hint'),
  );
}

const colOf = (ref: string): number => {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n;
};

function sheetHandler(rows: Map<number, RawRow>, merges: string[]) {
  let row: RawRow | undefined;
  let rowNumber = 0;
  let cell: RawCell | undefined;
  let field: 'v' | 'f' | 'inline' | undefined;
  let phonetic = 0;
  let count = 0;
  return {
    open(name: string, a: Record<string, string>) {
      if (name === 'row') {
        rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
        row = { hidden: a.hidden === '1' || a.hidden === 'true', cells: [] };
      } else if (name === 'c' && row !== undefined) {
        const last = row.cells[row.cells.length - 1]?.col ?? 0;
        const col = a.r === undefined ? last + 1 : colOf(a.r.toUpperCase());
        cell = { col, type: a.t ?? 'n', style: Number(a.s ?? 0), v: '', f: '', inline: '', hasFormula: false };
      } else if (cell !== undefined && name === 'v') field = 'v';
      else if (cell !== undefined && name === 'f') {
        field = 'f';
        cell.hasFormula = true;
      } else if (name === 'rPh') phonetic++;
      else if (cell !== undefined && name === 't' && phonetic === 0) field = 'inline';
      else if (name === 'mergeCell' && a.ref !== undefined) merges.push(a.ref);
    },
    text(text: string) {
      if (cell !== undefined && field !== undefined) cell[field] += text;
    },
    close(name: string) {
      if (name === 'v' || name === 'f' || name === 't') field = undefined;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell !== undefined && row !== undefined) {
        if (cell.v !== '' || cell.inline !== '' || cell.hasFormula) {
          if (++count > MAX_CELLS) throw tooMany();
          row.cells.push(cell);
        }
        cell = undefined;
      } else if (name === 'row' && row !== undefined) {
        if (row.cells.length > 0) rows.set(rowNumber, row);
        row = undefined;
      }
    },
  };
}

/** A worksheet row: its texts up to its last cell, each present cell read once, an empty one made when asked. */
class XlsxRow implements SheetRow {
  readonly rich = true;
  readonly texts: string[];
  readonly hidden: boolean;
  readonly present = new Map<number, Cell>();

  constructor(
    readonly line: number,
    raw: RawRow,
    parts: WorkbookParts,
    private readonly file: string,
    private readonly ref: string,
  ) {
    this.hidden = raw.hidden;
    const width = raw.cells.reduce((m, c) => Math.max(m, c.col), 0);
    this.texts = new Array<string>(width).fill('');
    for (const c of raw.cells) {
      const read = cellOf(c, this.place(c.col - 1), parts);
      this.present.set(c.col - 1, read);
      this.texts[c.col - 1] = read.text;
    }
  }

  place(col: number): Cell['source'] {
    return { file: this.file, line: this.line, col: col + 1, cell: `${this.ref}!${columnLetter(col + 1)}${this.line}` };
  }

  cellAt(col: number): Cell {
    return this.present.get(col) ?? { text: '', source: this.place(col) };
  }

  /** Puts a text cell of a merged range at `col` (0-based), widening the row's texts if need be. */
  put(col: number, text: string, merged: string): void {
    this.present.set(col, { text, source: this.place(col), merged });
    while (this.texts.length <= col) this.texts.push('');
    this.texts[col] = text;
  }
}

function problem(text: string, source: Cell['source'], code: 'ACTUALS_VALUE', message: Msg, hint: Msg): Cell {
  return { text, source, problem: { code, message, hint } };
}

function cellOf(c: RawCell, source: Cell['source'], parts: WorkbookParts): Cell {
  const typedHint = errorText('ACTUALS_VALUE', 'typed_hint');
  switch (c.type) {
    case 's':
      return { text: parts.strings[Number(c.v)] ?? '', source };
    case 'inlineStr':
      return { text: c.inline, source };
    case 'str':
      return { text: c.v, source };
    case 'b': {
      const text = c.v === '1' ? 'TRUE' : 'FALSE';
      return problem(text, source, 'ACTUALS_VALUE', errorText('ACTUALS_VALUE', 'boolean', { text }), typedHint);
    }
    case 'e':
      return problem(
        c.v,
        source,
        'ACTUALS_VALUE',
        errorText('ACTUALS_VALUE', 'cell_error', { error: c.v }),
        errorText('ACTUALS_VALUE', 'cell_error_hint'),
      );
    case 'd':
      return problem(c.v, source, 'ACTUALS_VALUE', errorText('ACTUALS_VALUE', 'date', { text: c.v }), typedHint);
    default:
      return numberCell(c, source, parts.formats[c.style]);
  }
}

function numberCell(c: RawCell, source: Cell['source'], format: NumberFormat | undefined): Cell {
  if (c.v.trim() === '') {
    if (!c.hasFormula) return { text: '', source };
    const formula = c.f === '' ? '…' : c.f;
    const message = errorText('ACTUALS_FORMULA', 'message', { formula });
    return {
      text: `=${formula}`,
      source,
      problem: { code: 'ACTUALS_FORMULA', message, hint: errorText('ACTUALS_FORMULA', 'hint') },
    };
  }
  const parsed = parseStoredNumber(c.v);
  if ('error' in parsed) {
    const message = errorText('ACTUALS_VALUE', 'message', { text: c.v.trim(), reason: parsed.error });
    return problem(c.v.trim(), source, 'ACTUALS_VALUE', message, errorText('ACTUALS_VALUE', 'hint'));
  }
  if (format?.date) {
    const text = new Date(Date.UTC(1899, 11, 30) + Math.round(parsed.value.toNumber() * 86400000))
      .toISOString()
      .slice(0, 10);
    return problem(
      text,
      source,
      'ACTUALS_VALUE',
      errorText('ACTUALS_VALUE', 'date', { text }),
      errorText('ACTUALS_VALUE', 'typed_hint'),
    );
  }
  // A cell formatted as a percentage stores 4.3% as 0.043; a literal "%" or \% shows the value as it is.
  const percent = format?.percent === true;
  const value = percent ? parsed.value.times(100) : parsed.value;
  const suffix = format?.suffix ?? '';
  const shownIn = suffix !== '' && (suffix === '万' || measureOf(suffix) !== undefined) ? suffix : undefined;
  return {
    text: percent ? `${value.toFixed()}%` : value.toFixed(),
    source,
    number: { value, percent, wan: false },
    ...(shownIn === undefined ? {} : { shownIn }),
  };
}

interface Range {
  ref: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function rangeOf(ref: string): Range | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (m === null) return undefined;
  const [c1, r1] = [colOf(m[1]!.toUpperCase()), Number(m[2])];
  const [c2, r2] = m[3] === undefined ? [c1, r1] : [colOf(m[3].toUpperCase()), Number(m[4])];
  return { ref: ref.trim(), r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

// Each cell of a merged range of two or more cells is marked with the range; down its first column the cells below
// a text show the text (a unit name merged down its years' rows), as the clerk sees it. A number is never copied:
// a value merged over two units is refused where it is read.
function markMerges(merges: readonly string[], rows: Map<number, XlsxRow>, numbers: number[]): void {
  let work = 0;
  for (const text of merges) {
    const range = rangeOf(text);
    if (range === undefined || (range.r1 === range.r2 && range.c1 === range.c2)) continue;
    const master = rows.get(range.r1)?.present.get(range.c1 - 1);
    const copyText = master !== undefined && master.number === undefined && master.problem === undefined;
    for (let i = lowerBound(numbers, range.r1); i < numbers.length && numbers[i]! <= range.r2; i++) {
      const row = rows.get(numbers[i]!)!;
      work += row.present.size;
      if (work > MAX_SPAN) throw tooManyMerged();
      for (const [col, cell] of row.present) if (col + 1 >= range.c1 && col + 1 <= range.c2) cell.merged = range.ref;
      if (row.line !== range.r1 && copyText && !row.present.has(range.c1 - 1))
        row.put(range.c1 - 1, master.text, range.ref);
    }
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
