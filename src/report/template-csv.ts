// The actuals template as CSV for Excel and WPS on Windows: UTF-8 with a BOM (without it they read
// the file as GBK and garble the Chinese) and CR LF line ends.
import { stringifyCsv } from './csv.js';

/**
 * Returns the rows of a template as CSV text: a BOM, then one CRLF-ended record per row, cells that would run as a
 * formula in Excel guarded (guardCell).
 */
export function renderTemplateCsv(rows: readonly string[][]): string {
  return stringifyCsv(rows, { bom: true, record_delimiter: 'windows', eof: true });
}
