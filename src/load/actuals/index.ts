// The entry point for actuals files: pick the reader by extension, read, match to the plan.
import { errorText } from '../../messages/index.js';
import type { ActualsFile, Loaded, Msg, Plan } from '../../model.js';
import { decodeText } from '../decode.js';
import { createCollector } from './collect.js';
import { normalizeLineEnds, parseCsvGrid } from './csv.js';
import { readGrid } from './table.js';
import { readYamlActuals } from './yaml.js';

/** An actuals file's bytes and its path as the user gave it (used in diagnostics). */
export interface ActualsInput {
  path: string;
  bytes: Uint8Array;
}

/** How to read an actuals file: a text encoding that overrides detection, and a sheet of a workbook. */
export interface ActualsOptions {
  encoding?: string;
  sheet?: string;
}

/**
 * Returns the actuals of one file, matched to the plan's units and indicators and converted to each indicator's unit,
 * with every mistake found.
 */
export async function loadActuals(
  input: ActualsInput,
  plan: Plan,
  options: ActualsOptions = {},
): Promise<Loaded<ActualsFile>> {
  const file = input.path;
  const out = createCollector(file);
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  // The decoded text of a text file, so that diagnostics can show the source line and a caret.
  let text: string | undefined;
  const sniffed = sniffOldFormat(input.bytes);
  if (sniffed !== undefined && !OLD_FORMATS.has(ext)) {
    // an .xls saved under a .csv or .xlsx name (WPS does this on "Save" of a file it opened)
    out.error('FILE_FORMAT', { file, line: 1, col: 1 }, oldFormat(sniffed), errorText('FILE_FORMAT', 'old_hint'));
  } else if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const decoded = decodeText(input.bytes, options.encoding);
    if ('error' in decoded) {
      out.error(
        decoded.error.code,
        { file, line: decoded.error.line, col: 1 },
        decoded.error.message,
        decoded.error.hint,
      );
    } else {
      text = normalizeLineEnds(decoded.text);
      const grid = parseCsvGrid(text, file, out);
      if (grid !== undefined) readGrid(grid, plan, out);
    }
  } else if (ext === 'xlsx' || ext === 'xlsm') {
    // The workbook reader (jszip, saxes) is loaded only when a workbook is read.
    const { readXlsxGrid } = await import('./xlsx.js');
    const grid = await readXlsxGrid(input.bytes, file, options.sheet, out);
    if (grid !== undefined) readGrid(grid, plan, out);
  } else if (ext === 'yaml' || ext === 'yml') {
    text = readYamlActuals(input.bytes, file, plan, out);
  } else if (OLD_FORMATS.has(ext)) {
    // No reader of these formats qualifies (see oldFormat): a refusal with the exact Save-As steps.
    out.error('FILE_FORMAT', { file, line: 1, col: 1 }, oldFormat(ext), errorText('FILE_FORMAT', 'old_hint'));
  } else {
    const kind = ext === '' ? errorText('FILE_FORMAT', 'no_extension') : errorText('FILE_FORMAT', 'extension', { ext });
    out.error(
      'FILE_FORMAT',
      { file, line: 1, col: 1 },
      errorText('FILE_FORMAT', 'message', { kind }),
      errorText('FILE_FORMAT', 'hint'),
    );
  }
  const loaded = out.done();
  if (text !== undefined && loaded.value !== undefined) loaded.value.text = text;
  return loaded;
}

const OLD_FORMATS = new Set(['xls', 'et', 'ett', 'xlt', 'ods', 'ots', 'fods']);

/**
 * Returns the refusal of an Excel 97–2003, WPS or OpenDocument file. Not read, by decision: the npm package that
 * reads them (SheetJS `xlsx` 0.18.5) has open advisories for untrusted files (prototype pollution, ReDoS); its fixed
 * versions are published only outside the npm registry, and the republished copies are not its maintainers'.
 */
export function oldFormat(ext: string): Msg {
  return errorText('FILE_FORMAT', 'old_format', {
    format: errorText('FILE_FORMAT', ext.startsWith('o') || ext === 'fods' ? 'ods' : 'xls'),
  });
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

/** Returns 'xls' for a Compound File (Excel 97–2003, WPS .et), 'ods' for an OpenDocument package, else undefined. */
function sniffOldFormat(bytes: Uint8Array): string | undefined {
  if (CFB.every((b, i) => bytes[i] === b)) return 'xls';
  // an ODF package stores its mimetype first and uncompressed, at offset 30 of the zip
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + ODS_MIMETYPE.length));
  return bytes[0] === 0x50 && bytes[1] === 0x4b && head === ODS_MIMETYPE ? 'ods' : undefined;
}
