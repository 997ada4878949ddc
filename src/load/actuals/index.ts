// The entry point for actuals files: pick the reader by extension, read, match to the plan.
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
    // The workbook reader (jszip, saxes) is loaded only when a workbook is read.
    const { readXlsxGrid } = await import('./xlsx.js');
    const grid = await readXlsxGrid(input.bytes, file, options.sheet, out);
    if (grid !== undefined) readGrid(grid, plan, out);
  } else if (ext === 'yaml' || ext === 'yml') {
    text = readYamlActuals(input.bytes, file, plan, out);
  } else {
    const old = ext === 'xls' || ext === 'et';
    const kind =
      ext === ''
        ? { en: 'a file without an extension', zh: '没有扩展名的文件' }
        : { en: `".${ext}" files`, zh: `".${ext}" 格式的文件` };
    out.error(
      'FILE_FORMAT',
      { file, line: 1, col: 1 },
      { en: `kaohe cannot read ${kind.en} as actuals`, zh: `kaohe 不能将${kind.zh}作为实际数据读取` },
      old
        ? {
            en: 'open it in Excel or WPS and save it as .xlsx (or CSV)',
            zh: '请用 Excel 或 WPS 打开,另存为 .xlsx(或 CSV)',
          }
        : {
            en: 'actuals are .csv, .tsv, .txt, .xlsx, .yaml or .yml files',
            zh: '实际数据文件应为 .csv、.tsv、.txt、.xlsx、.yaml 或 .yml',
          },
    );
  }
  const loaded = out.done();
  if (text !== undefined && loaded.value !== undefined) loaded.value.text = text;
  return loaded;
}
