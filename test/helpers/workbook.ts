// Test helpers for the workbooks kaohe writes: read them back with exceljs, and run kaohe with a
// terminal for stdout (where a workbook must never be written).
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.js';
import { memoryIo, type Run } from './memory-io.js';

/** Returns the workbook held in some .xlsx bytes. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Returns the values of row r (1-based) of a sheet, column A first. */
export function rowValues(sheet: ExcelJS.Worksheet, r: number): unknown[] {
  return (sheet.getRow(r).values as unknown[]).slice(1);
}

/** Runs `kaohe ARGS` with stdout a terminal; returns the run and the bytes written to stdout. */
export async function runOnTerminal(args: readonly string[]): Promise<Run & { bytes: Uint8Array[] }> {
  const io = memoryIo();
  const code = await main(['node', 'kaohe', ...args], { ...io, stdout: { write: io.stdout.write, isTTY: true } });
  return { code, stdout: io.out.join(''), stderr: io.err.join(''), bytes: io.bytes };
}
