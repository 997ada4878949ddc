// The xlsx reader's limits, each reached by a small file (src/load/actuals/xlsx-package.ts, xlsx-sheet.ts): a zip
// declaring more than 512 MB unzipped is refused before anything is inflated; a part that inflates past the budget
// is cut off mid-stream whatever the zip declared; a sheet of more than 2,000,000 filled cells, or whose rows (or
// merged ranges) span more than 5,000,000 positions, is refused. Each refusal is FILE_FORMAT at the file's 1:1
// with its reason and hint, and nothing else is reported.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MAX_UNZIPPED_BYTES, openPackage, readXml, WorkbookRefusal } from '../../../src/load/actuals/xlsx-package.js';
import { MAX_CELLS, MAX_SPAN } from '../../../src/load/actuals/xlsx-sheet.js';
import type { ActualsFile, Loaded } from '../../../src/model.js';
import { rawXlsx } from '../../helpers/raw-xlsx.js';
import { load } from './load.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const MB = 1024 * 1024;
const worksheet = (body: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;

/** Returns a workbook (rawXlsx's parts) whose data sheet, 实际完成, is the given XML, deflated. */
async function withSheet(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await rawXlsx({ rows: [[{ s: '单位' }]] }));
  zip.file(SHEET, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Returns the bytes with the uncompressed size the zip declares for `part` (local header and directory) set. */
function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  let end = copy.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let k = view.getUint16(end + 10, true); k > 0; k--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength));
    if (name === part) {
      view.setUint32(at + 24, size, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
      return copy;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no part ${part}`);
}

/** Expects exactly one diagnostic: FILE_FORMAT at a.xlsx:1:1 with the reason and hint given (English). */
function expectRefusal(loaded: Loaded<ActualsFile>, reason: string, hint: string): void {
  expect(loaded.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`)).toEqual(['FILE_FORMAT a.xlsx:1:1']);
  expect(loaded.diagnostics[0]!.message.en).toBe(reason);
  expect(loaded.diagnostics[0]!.message.zh).not.toBe('');
  expect(loaded.diagnostics[0]!.hint?.en).toBe(hint);
}

const TOO_BIG_HINT = 'a sheet of actuals is a few MB: save only the sheet with the figures, or save it as CSV';

describe('the 512 MB limit on what a workbook unzips to', () => {
  it('is 512 MB', () => {
    expect(MAX_UNZIPPED_BYTES).toBe(512 * MB);
  });

  // The parts of rawXlsx's workbook are under 2 KB together: 600 MB declared for the sheet rounds to 600 MB in all.
  it('refuses a zip declaring 600 MB for its sheet, before inflating anything', async () => {
    const bytes = declareSize(await rawXlsx({ rows: [[{ s: '单位' }]] }), SHEET, 600 * MB);
    expectRefusal(
      await load('a.xlsx', bytes),
      'the workbook unzips to 600 MB, more than the 512 MB kaohe reads',
      TOO_BIG_HINT,
    );
  });

  // 0xC0000000 bytes = 3 GiB = 3,072 MB: a size above 2 GiB that a signed 32-bit reading would make negative.
  it('refuses a zip declaring 3 GB (above 2^31, not read as negative)', async () => {
    const bytes = declareSize(await rawXlsx({ rows: [[{ s: '单位' }]] }), SHEET, 0xc0000000);
    expectRefusal(
      await load('a.xlsx', bytes),
      'the workbook unzips to 3072 MB, more than the 512 MB kaohe reads',
      TOO_BIG_HINT,
    );
  });

  // A zip may declare less than it holds: the budget counts the bytes inflated, not the ones declared. 200,000
  // elements of 4 bytes are 800,000 bytes of XML; with 100,000 bytes of budget left, reading stops at the first
  // inflated chunk past it, long before the last element.
  it('cuts off a part that inflates past the budget, whatever the zip declares', async () => {
    const xml = worksheet('<x/>'.repeat(200_000));
    const pkg = await openPackage(declareSize(await withSheet(xml), SHEET, 100));
    let opened = 0;
    const reading = readXml(pkg, SHEET, { open: () => void opened++ }, { left: 100_000 });
    await expect(reading).rejects.toBeInstanceOf(WorkbookRefusal);
    await expect(reading).rejects.toThrow(/^the workbook unzips to \d+ MB, more than the 512 MB kaohe reads$/);
    expect(opened).toBeLessThan(200_000);
  });

  it('reads the same part whole within the budget', async () => {
    const xml = worksheet('<x/>'.repeat(200_000));
    const pkg = await openPackage(await withSheet(xml));
    let opened = 0;
    await readXml(pkg, SHEET, { open: () => void opened++ }, { left: xml.length });
    expect(opened).toBe(200_001); // the worksheet and its 200,000 elements
  });
});

describe('the limit of 2,000,000 filled cells in a sheet', () => {
  it('is 2,000,000', () => {
    expect(MAX_CELLS).toBe(2_000_000);
  });

  // 2,001 rows of 1,000 formula cells (a formula is a filled cell even without a value) are 2,001,000 cells; every
  // row is row 2 again, so only a row's cells are held at a time. 22 MB of XML, 45 KB zipped.
  it('refuses a sheet that streams more than 2,000,000 filled cells', async () => {
    const row = `<row r="2">${'<c><f/></c>'.repeat(1_000)}</row>`;
    const bytes = await withSheet(worksheet(`<sheetData>${row.repeat(2_001)}</sheetData>`));
    expectRefusal(await load('a.xlsx', bytes), 'the sheet holds more than 2,000,000 filled cells', TOO_BIG_HINT);
  });

  it('reads at most 5,000,000 positions of rows or merged ranges', () => {
    expect(MAX_SPAN).toBe(5_000_000);
  });

  // One cell a row in column XFD (16,384): 306 rows span 306 × 16,384 = 5,013,504 positions, past 5,000,000, refused
  // before a row is built, naming the farthest cell (a sheet just under the limit is read in ~2 s; at the old limit
  // of 50,000,000 it took a minute and 400 MB).
  it('refuses a sheet whose rows of one far cell span more than 5,000,000 positions, naming the farthest cell', async () => {
    const body = Array.from({ length: 306 }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`);
    const loaded = await load('a.xlsx', await withSheet(worksheet(`<sheetData>${body.join('')}</sheetData>`)));
    expectRefusal(
      loaded,
      "the sheet's rows reach as far as XFD1: more than 5,000,000 cells to read, most of them empty",
      'delete the stray cells far to the right (Ctrl+End goes to XFD1), or save only the figures as CSV',
    );
  });

  // A row of 10,000 cells under 501 merged ranges that each cover it: marking them visits 501 × 10,000 =
  // 5,010,000 cells, past 5,000,000.
  it('refuses merged ranges that would visit more than 5,000,000 cells', async () => {
    const cells = '<c><v>1</v></c>'.repeat(10_000);
    const ranges = '<mergeCell ref="A1:B1"/>'.repeat(501);
    const xml = worksheet(`<sheetData><row r="1">${cells}</row></sheetData><mergeCells>${ranges}</mergeCells>`);
    expectRefusal(
      await load('a.xlsx', await withSheet(xml)),
      "the sheet's merged ranges cover more than 5,000,000 cells",
      'unmerge the cells (Home → Merge & Center) and save again, or save the figures as CSV',
    );
  });
});
