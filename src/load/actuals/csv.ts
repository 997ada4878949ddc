// CSV (or tab-separated text) → a grid whose every cell knows its line and column. Records come
// from csv-parse; a quoted field may hold a line break, so a record's line is taken from the parser
// (info.lines, where it ends) less the line breaks inside it, never from its index.
import { parse } from 'csv-parse/sync';
import type { Collector } from './collect.js';
import type { Cell, Grid, Row } from './grid.js';

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Returns the text with every line break as LF: the text whose lines and columns a CSV grid's cells count. */
export function normalizeLineEnds(text: string): string {
  // csv-parse counts a CR LF inside a quoted field as two lines; with LF only its counts are exact.
  return text.replace(/\r\n?/g, '\n');
}

/** Returns the grid of a CSV text (comma- or tab-separated, detected from the first line), or undefined after reporting a syntax error. */
export function parseCsvGrid(text: string, file: string, out: Collector): Grid | undefined {
  const lf = normalizeLineEnds(text);
  const delimiter = detectDelimiter(lf);
  let records: ParsedRecord[];
  try {
    records = parse(lf, { ...CSV_OPTIONS, delimiter }) as unknown as ParsedRecord[];
    // Lines counted from the raw text: csv-parse's info or on_record builds an object per record,
    // which costs more than the whole parse on a national sheet.
    let lines = 0;
    for (const r of records) {
      lines += countBreaks(r.raw, r.raw.length) + (r.raw.endsWith('\n') ? 0 : 1);
      r.info = { lines };
    }
  } catch (error) {
    reportSyntaxError(lf, lastGoodLine(lf, delimiter) + 1, delimiter, error, file, out);
    return undefined;
  }
  const rows = records.map((r) => rowOf(r, file, delimiter));
  // reduce, not Math.max(...rows): 400,000 rows are more arguments than a call can take
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  for (const row of rows) padRow(row, width, file);
  return { file, rows, columnLabel: (i) => ({ en: `column ${i + 1}`, zh: `第${i + 1}列` }) };
}

const CSV_OPTIONS = { raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false } as const;

// Only after a syntax error: parse again, remembering where the last good record ended (an unclosed
// quote starts on the line after it).
function lastGoodLine(lf: string, delimiter: string): number {
  let last = 0;
  try {
    parse(lf, { ...CSV_OPTIONS, delimiter, on_record: (record, context) => ((last = context.lines), record) });
  } catch {
    // the same error again: `last` is where it stopped
  }
  return last;
}

// Points at the quote that never closes, from the line where the bad record starts (csv-parse names
// the line where it gave up, the end of the file); any other error at the start of that line.
function reportSyntaxError(lf: string, line: number, delimiter: string, error: unknown, file: string, out: Collector): void {
  let start = 0;
  for (let l = 1; l < line && start !== -1; l++) start = lf.indexOf('\n', start) + 1 || -1;
  const open = start === -1 ? undefined : scanFields(lf.slice(start), delimiter).openQuote;
  const hint = { en: 'a quote (") that opens a field must close it; write "" for a quote inside a field', zh: '字段开头的引号(")必须成对;字段内的引号请写作 ""' };
  if (open === undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    out.error('CSV_SYNTAX', { file, line, col: 1 }, { en: `CSV syntax error: ${detail}`, zh: `CSV 格式错误:${detail}` }, hint);
    return;
  }
  const before = lf.slice(start, start + open);
  const breaks = countBreaks(before, before.length);
  const col = open - (before.lastIndexOf('\n') + 1) + 1;
  out.error('CSV_SYNTAX', { file, line: line + breaks, col, length: 1 },
    { en: 'CSV syntax error: this quote opens a field that is never closed', zh: 'CSV 格式错误:此处的引号开始了一个字段,但直到文件末尾都没有闭合' }, hint);
}

// Excel's "Unicode text" and many hand-made files are tab-separated; a clerk's CSV is comma-separated.
function detectDelimiter(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}

function rowOf(r: ParsedRecord, file: string, delimiter: string): Row {
  const body = r.raw.endsWith('\n') ? r.raw.slice(0, -1) : r.raw;
  const startLine = r.info.lines - countBreaks(body, body.length);
  const { starts } = scanFields(body, delimiter);
  const cells: Cell[] = r.record.map((text, i) => {
    const at = starts[i] ?? body.length;
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : body.length;
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    return { text, source: { file, line: startLine + countBreaks(body, at), col: at - lineStart + 1, length: Math.max(1, end - at) } };
  });
  return { cells, line: startLine };
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
      starts.push((fieldStart = i + 1));
    } else if (c === '\n') {
      // Only when scanning past one record: a line break outside quotes starts the next record.
      fieldStart = i + 1;
    }
  }
  return openQuote === undefined ? { starts } : { starts, openQuote };
}

// Short rows (relax_column_count) get empty cells placed just after the row's last character.
function padRow(row: Row, width: number, file: string): void {
  const last = row.cells[row.cells.length - 1];
  const line = last?.source.line ?? row.line;
  const col = last === undefined ? 1 : last.source.col + (last.source.length ?? 1) + 1;
  while (row.cells.length < width) row.cells.push({ text: '', source: { file, line, col, length: 1 } });
}
