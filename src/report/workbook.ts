// What every .xlsx kaohe writes shares: exceljs loaded only when a workbook is written (it costs about
// 300 ms to import), a bold frozen header, columns as wide as their CJK text, and the same bytes for the
// same input — the dates in the file come from the plan's period, never from the clock.
import type { Workbook, Worksheet } from 'exceljs';
import { widthOf } from './format.js';
import { D } from '../decimal.js';

/** The exceljs module. */
export type ExcelJs = typeof import('exceljs');

/** Returns the exceljs module, imported on first use. */
export async function loadExcel(): Promise<ExcelJs> {
  return (await import('exceljs')).default;
}

/** Returns the date a workbook about a period is stamped with: 31 December of its last year, midnight UTC. */
export function periodDate(lastYear: number): Date {
  // DOS dates in a zip start at 1980; a plan cannot be older, but a clamp keeps the stamp valid anyway.
  return new Date(Date.UTC(Math.max(1980, lastYear), 11, 31));
}

/** Returns the workbook's bytes, titled, with every date inside (document properties and zip entries) set to `date`. */
export async function writeWorkbook(workbook: Workbook, title: string, date: Date): Promise<Uint8Array> {
  workbook.title = title;
  workbook.creator = 'kaohe';
  workbook.lastModifiedBy = 'kaohe';
  workbook.created = date;
  workbook.modified = date;
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return pinZipTimes(bytes, date);
}

/**
 * Returns the zip bytes with the modification time of every entry set to `date` (exceljs's zip writer stamps the
 * clock).
 */
export function pinZipTimes(bytes: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // DOS time: hours, minutes, seconds / 2; DOS date: years since 1980, month, day (UTC, as jszip writes them).
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('pinZipTimes: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('pinZipTimes: bad central directory entry');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

/** Makes row 1 a bold header and freezes it, with the first `keyColumns` columns (the names of the rows). */
export function styleHeader(sheet: Worksheet, keyColumns: number): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: keyColumns, ySplit: 1 }];
}

/**
 * Collects the widest text of each column as rows are written, then sets the widths (cheaper than a pass over every
 * cell).
 */
export interface ColumnWidths {
  /** Notes the texts of one row, column 1 first. */
  see(texts: readonly string[]): void;
  /**
   * Sets each column's width to its widest text, a Chinese character counting two (Excel measures in Latin digits),
   * plus a margin.
   */
  apply(sheet: Worksheet): void;
}

/** Returns a width tracker whose columns are at least `min` and at most `max` characters wide. */
export function trackWidths(min = 6, max = 60): ColumnWidths {
  const widest: number[] = [];
  return {
    see(texts) {
      texts.forEach((text, i) => {
        // A national result has a million cells: printable ASCII is as wide as it is long, and a text of
        // n code units is at most 2n wide, so widthOf measures only what could be the widest.
        const w = widest[i] ?? 0;
        if (text.length * 2 <= w) return;
        widest[i] = Math.max(w, /^[\x20-\x7e]*$/.test(text) ? text.length : widthOf(text));
      });
    },
    apply(sheet) {
      widest.forEach((w, i) => {
        sheet.getColumn(i + 1).width = Math.min(max, Math.max(min, w + 2));
      });
    },
  };
}

/** A cell's value: a number when the exact decimal text survives the trip through a double, else the text itself. */
export interface NumberCell {
  value: number | string;
  numFmt: string;
}

/**
 * Returns an exact decimal text as a spreadsheet cell: a number with a format showing exactly its decimals, or text
 * when a double would change it.
 */
export function numberCell(text: string): NumberCell {
  // Money and person counts are exact integers far inside 2^53, and scores and rates have a few decimals:
  // Number() keeps every one of them exactly. A value with more significant digits than a double holds
  // is written as text rather than silently changed.
  const n = Number(text);
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const numFmt = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
  if (!Number.isFinite(n) || !new D(String(n)).eq(new D(text))) return { value: text, numFmt: '@' };
  return { value: n, numFmt };
}
