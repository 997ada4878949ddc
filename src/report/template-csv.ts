// The actuals template as CSV for Excel and WPS on Windows: UTF-8 with a BOM (without it they read
// the file as GBK and garble the Chinese) and CR LF line ends.
import { stringify } from 'csv-stringify/sync';

/** Returns the rows of a template as CSV text: a BOM, then one CRLF-ended record per row. */
export function renderTemplateCsv(rows: readonly string[][]): string {
  return stringify(rows as string[][], { bom: true, record_delimiter: 'windows', eof: true });
}
