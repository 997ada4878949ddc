// The entry point for actuals files: pick the reader by extension, read, match to the plan.
import { errorText } from '../../messages/index.js';
import type { ActualsFile, Loaded, Plan } from '../../model.js';
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
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
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
    // exceljs costs about 300 ms to import: only a workbook pays for it.
    const { readXlsxGrid } = await import('./xlsx.js');
    const grid = await readXlsxGrid(input.bytes, file, options.sheet, out);
    if (grid !== undefined) readGrid(grid, plan, out);
  } else if (ext === 'yaml' || ext === 'yml') {
    text = readYamlActuals(input.bytes, file, plan, out);
  } else {
    const old = ext === 'xls' || ext === 'et';
    const kind = ext === '' ? errorText('FILE_FORMAT', 'no_extension') : errorText('FILE_FORMAT', 'extension', { ext });
    out.error(
      'FILE_FORMAT',
      { file, line: 1, col: 1 },
      errorText('FILE_FORMAT', 'message', { kind }),
      errorText('FILE_FORMAT', old ? 'old_hint' : 'hint'),
    );
  }
  const loaded = out.done();
  if (text !== undefined && loaded.value !== undefined) loaded.value.text = text;
  return loaded;
}
