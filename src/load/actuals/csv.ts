// CSV (or tab-separated text) → rows whose cells know their line and column, made one at a time as
// the table reader asks for them. A text with a quote is parsed by csv-parse (a quoted field may hold
// a delimiter or a line break, so a record's line comes from counting the breaks of its raw text); a
// text without one is a line per record and a field per delimiter, which is exactly what csv-parse
// makes of it, at a tenth of the cost and without a record object per line.
import { parse } from 'csv-parse/sync';
import { errorText, labelText } from '../../messages/index.js';
import type { Msg, Source } from '../../model.js';
import type { Collector } from './collect.js';
import type { Cell, Grid, SheetRow } from './grid.js';

interface ParsedRecord {
  record: string[];
  raw: string;
}

/** Returns the text with every line break as LF: the text whose lines and columns a CSV grid's cells count. */
export function normalizeLineEnds(text: string): string {
  // csv-parse counts a CR LF inside a quoted field as two lines; with LF only its counts are exact.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Returns the rows of a CSV text (its delimiter detected from its rows: see detectDelimiter), or undefined after
 * reporting a syntax error.
 */
export function parseCsvGrid(text: string, file: string, out: Collector): Grid | undefined {
  const lf = normalizeLineEnds(text);
  const delimiter = detectDelimiter(lf);
  const columnLabel = (i: number): Msg => labelText('column.csv', { n: i + 1 });
  // A lone surrogate would become U+FFFD in csv-parse's bytes: such a text takes csv-parse's path too.
  if (!lf.includes('"') && !LONE_SURROGATE.test(lf)) {
    const plain = new PlainRows(lf, { file, delimiter });
    return { file, rows: plain, plain, columnLabel, ...semicolon(delimiter) };
  }
  let records: ParsedRecord[];
  try {
    // Lines are counted from the raw text: csv-parse's info or on_record builds an object per record,
    // which costs more than the whole parse on a national sheet.
    records = parse(lf, { ...CSV_OPTIONS, delimiter }) as unknown as ParsedRecord[];
  } catch (error) {
    reportSyntaxError(lf, lastGoodLine(lf, delimiter) + 1, delimiter, error, file, out);
    return undefined;
  }
  return { file, rows: quotedRows(records, { file, delimiter }), columnLabel, ...semicolon(delimiter) };
}

const semicolon = (delimiter: string) => (delimiter === ';' ? { decimalComma: true } : {});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CSV_OPTIONS = {
  raw: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  bom: false,
} as const;

/** A CSV file's name and delimiter. */
export interface CsvFile {
  file: string;
  delimiter: string;
}

/**
 * A text without a quote: one record per line (no trailing empty record after the last line break), one field per
 * delimiter. Rows are made one at a time; `offset` and `line` say where the next one starts, so that a reader may
 * take the rest of the text over from there (see readPlainRest).
 */
export class PlainRows implements Iterable<SheetRow> {
  /** Where the next record starts in `text`, and its line (1-based). */
  offset = 0;
  line = 1;

  constructor(
    readonly text: string,
    readonly csv: CsvFile,
  ) {}

  *[Symbol.iterator](): Iterator<SheetRow> {
    const { text } = this;
    while (this.offset < text.length) {
      const end = text.indexOf('\n', this.offset);
      const body = end === -1 ? text.slice(this.offset) : text.slice(this.offset, end);
      const line = this.line++;
      this.offset = end === -1 ? text.length : end + 1;
      yield this.rowOf(line, body);
    }
  }

  /** Returns the row of one line's text (without its line break). */
  rowOf(line: number, body: string): SheetRow {
    return new CsvRow(this.csv, line, body.split(this.csv.delimiter), body, true);
  }
}

function* quotedRows(records: ParsedRecord[], csv: CsvFile): Generator<SheetRow> {
  let lines = 0;
  for (const r of records) {
    const body = r.raw.endsWith('\n') ? r.raw.slice(0, -1) : r.raw;
    const breaks = countBreaks(body, body.length);
    lines += breaks + 1;
    yield new CsvRow(csv, lines - breaks, r.record, body, false);
  }
}

/** A record: its fields now, a field's line and column (counted in its raw text) only when asked. */
class CsvRow implements SheetRow {
  readonly rich = false;

  constructor(
    private readonly csv: CsvFile,
    readonly line: number,
    readonly texts: string[],
    private readonly body: string,
    private readonly plain: boolean,
  ) {}

  sourceAt(col: number): Source {
    if (!this.plain || col >= this.texts.length) {
      const { file, line, col: c } = this.cellAt(col).source;
      return { file, line, col: c };
    }
    // No quote: a field starts one past the end of the one before it, all on the row's line.
    let at = 0;
    for (let i = 0; i < col; i++) at += this.texts[i]!.length + 1;
    return { file: this.csv.file, line: this.line, col: at + 1 };
  }

  cellAt(col: number): Cell {
    const { file, delimiter } = this.csv;
    const { body, texts } = this;
    if (col >= texts.length) {
      // Short rows (relax_column_count) have empty cells placed just after the row's last character.
      const last = this.cellAt(texts.length - 1).source;
      return { text: '', source: { file, line: last.line, col: last.col + (last.length ?? 1) + 1, length: 1 } };
    }
    if (this.plain) {
      // No quote: a field starts one past the end of the one before it, all on the row's line.
      let at = 0;
      for (let i = 0; i < col; i++) at += texts[i]!.length + 1;
      return {
        text: texts[col]!,
        source: { file, line: this.line, col: at + 1, length: Math.max(1, texts[col]!.length) },
      };
    }
    const { starts } = scanFields(body, delimiter);
    const at = starts[col] ?? body.length;
    const end = col + 1 < starts.length ? starts[col + 1]! - 1 : body.length;
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    return {
      text: texts[col]!,
      source: { file, line: this.line + countBreaks(body, at), col: at - lineStart + 1, length: Math.max(1, end - at) },
    };
  }
}

// Only after a syntax error: parse again, remembering where the last good record ended (an unclosed
// quote starts on the line after it).
function lastGoodLine(lf: string, delimiter: string): number {
  let last = 0;
  try {
    parse(lf, {
      ...CSV_OPTIONS,
      delimiter,
      on_record: (record, context) => {
        last = context.lines;
        return record;
      },
    });
  } catch {
    // the same error again: `last` is where it stopped
  }
  return last;
}

// Points at the quote that never closes, from the line where the bad record starts (csv-parse names
// the line where it gave up, the end of the file); any other error at the start of that line.
function reportSyntaxError(
  lf: string,
  line: number,
  delimiter: string,
  error: unknown,
  file: string,
  out: Collector,
): void {
  let start = 0;
  for (let l = 1; l < line && start !== -1; l++) start = lf.indexOf('\n', start) + 1 || -1;
  const open = start === -1 ? undefined : scanFields(lf.slice(start), delimiter).openQuote;
  const hint = errorText('CSV_SYNTAX', 'hint');
  if (open === undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    out.error('CSV_SYNTAX', { file, line, col: 1 }, errorText('CSV_SYNTAX', 'message', { detail }), hint);
    return;
  }
  const before = lf.slice(start, start + open);
  const breaks = countBreaks(before, before.length);
  const col = open - (before.lastIndexOf('\n') + 1) + 1;
  out.error('CSV_SYNTAX', { file, line: line + breaks, col, length: 1 }, errorText('CSV_SYNTAX', 'unclosed'), hint);
}

const DELIMITERS = [',', '\t', ';', '\uff0c', '|'] as const;

/**
 * Returns the delimiter of a CSV text, found from its first 50 filled lines (not the first line alone: a title or a
 * 填报单位 line above the header has none): the candidate that splits the most lines into the same number of fields,
 * weighted by that number, so that `;` wins over the decimal commas of a European-locale save (`4,3`). Comma, tab,
 * semicolon, the full-width comma `，` a Chinese input method types, and `|`.
 */
export function detectDelimiter(text: string): string {
  // Quoted fields may hold any delimiter: they are left out of the count.
  const lines = text
    .slice(0, 65536)
    .replace(/"(?:[^"]|"")*"/g, '""')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const fields = line.split(d).length;
      if (fields > 1) counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    for (const [fields, n] of counts) {
      const score = n * (fields - 1);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
  }
  return best;
}

function countBreaks(text: string, upTo: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// Where each field of a raw record begins (after each delimiter outside quotes), and where a quote
// opened that had not closed by the end of the text.
function scanFields(raw: string, delimiter: string): { starts: number[]; openQuote?: number } {
  const starts = [0];
  let fieldStart = 0;
  let openQuote: number | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (openQuote !== undefined) {
      if (c === '"' && raw[i + 1] === '"') i++;
      else if (c === '"') openQuote = undefined;
    } else if (c === '"' && i === fieldStart) {
      openQuote = i;
    } else if (c === delimiter) {
      fieldStart = i + 1;
      starts.push(fieldStart);
    } else if (c === '\n') {
      // Only when scanning past one record: a line break outside quotes starts the next record.
      fieldStart = i + 1;
    }
  }
  return openQuote === undefined ? { starts } : { starts, openQuote };
}
