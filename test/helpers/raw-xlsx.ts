// Hand-made .xlsx packages for the reader's tests: the XML other writers produce (prefixes, part names, rich text,
// number formats, merged cells, stored values no Excel writes), zipped with jszip.
import JSZip from 'jszip';

/** A cell as written in the sheet XML: a shared-string index, an inline string, or a stored <v> with a style. */
export type RawCell = { s: string } | { n: string; style?: number } | null;

/** What a hand-made workbook holds. */
export interface RawBook {
  rows: RawCell[][];
  formats?: string[];
  merges?: string[];
  hiddenRows?: number[];
  /** An element prefix (`x:` as the OpenXML SDK writes), and the shared strings part's name. */
  prefix?: string;
  sharedStrings?: string;
  /** Shared strings as Feishu writes them: each string as rich-text runs. */
  richText?: boolean;
  /** Extra sheets before the data sheet (name → rows). */
  before?: [string, RawCell[][]][];
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const letter = (n: number): string =>
  (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** Returns the bytes of a workbook whose data sheet is named 实际完成. */
export async function rawXlsx(book: RawBook): Promise<Uint8Array> {
  const p = book.prefix ?? '';
  const ns = p === '' ? 'xmlns' : `xmlns:${p.slice(0, -1)}`;
  const strings: string[] = [];
  const sheetXml = (rows: RawCell[][], merges: string[] = [], hidden: number[] = []) => {
    const body = rows
      .map((row, r) => {
        const cells = row
          .map((c, i) => {
            if (c === null) return '';
            const ref = `${letter(i + 1)}${r + 1}`;
            if ('s' in c) {
              strings.push(c.s);
              return `<${p}c r="${ref}" t="s"><${p}v>${strings.length - 1}</${p}v></${p}c>`;
            }
            const style = c.style === undefined ? '' : ` s="${c.style}"`;
            return `<${p}c r="${ref}"${style}><${p}v>${esc(c.n)}</${p}v></${p}c>`;
          })
          .join('');
        const h = hidden.includes(r + 1) ? ' hidden="1"' : '';
        return `<${p}row r="${r + 1}"${h}>${cells}</${p}row>`;
      })
      .join('');
    const m =
      merges.length === 0
        ? ''
        : `<${p}mergeCells>${merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join('')}</${p}mergeCells>`;
    return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${body}</${p}sheetData>${m}</${p}worksheet>`;
  };
  const sheets: [string, string][] = [
    ...(book.before ?? []).map(([n, rows]) => [n, sheetXml(rows)] as [string, string]),
    ['实际完成', sheetXml(book.rows, book.merges, book.hiddenRows)],
  ];
  const zip = new JSZip();
  const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${r}"><${p}sheets>${sheets.map(([n], i) => `<${p}sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join('')}</${p}sheets></${p}workbook>`,
  );
  const ssName = book.sharedStrings ?? 'sharedStrings.xml';
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 10}" Type="${r}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId2" Type="${r}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${r}/sharedStrings" Target="${ssName}"/></Relationships>`,
  );
  for (const [i, [, xml]] of sheets.entries()) zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml);
  const formats = book.formats ?? [];
  zip.file(
    'xl/styles.xml',
    `<${p}styleSheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}numFmts>${formats.map((f, i) => `<${p}numFmt numFmtId="${164 + i}" formatCode="${esc(f).replace(/"/g, '&quot;')}"/>`).join('')}</${p}numFmts><${p}cellXfs><${p}xf numFmtId="0"/>${formats.map((_, i) => `<${p}xf numFmtId="${164 + i}" applyNumberFormat="1"/>`).join('')}</${p}cellXfs></${p}styleSheet>`,
  );
  const si = strings.map((t) =>
    book.richText
      ? `<${p}si><${p}r><${p}rPr/><${p}t>${esc(t.slice(0, 1))}</${p}t></${p}r><${p}r><${p}t>${esc(t.slice(1))}</${p}t></${p}r><${p}rPh><${p}t>ピン</${p}t></${p}rPh></${p}si>`
      : `<${p}si><${p}t>${esc(t)}</${p}t></${p}si>`,
  );
  zip.file(
    `xl/${ssName}`,
    `<${p}sst ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${si.join('')}</${p}sst>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
