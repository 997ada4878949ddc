// The parts of a workbook besides its sheets: the workbook (sheet names, states, where each sheet is), the shared
// strings (plain, rich-text runs as Feishu writes them, phonetic runs left out), and the styles (each cell style's
// number format, read by its grammar).
import { errorText } from '../../messages/index.js';
import { readNumberFormat, type NumberFormat } from './numfmt.js';
import { partName, readRelationships, readXml, WorkbookRefusal, type Package } from './xlsx-package.js';

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  visible: boolean;
  path: string;
}

/** What the sheets of a workbook need from the rest of it. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  strings: string[];
  formats: NumberFormat[];
}

/**
 * Returns the workbook's sheets, shared strings and cell number formats; throws WorkbookRefusal when the package holds
 * no workbook.
 */
export async function readWorkbookParts(pkg: Package, budget: { left: number }): Promise<WorkbookParts> {
  const root = await readRelationships(pkg, '', budget);
  const officeDocument = [...root.values()].find((r) => r.type === 'officeDocument')?.target;
  const workbook = [officeDocument, 'xl/workbook.xml'].find((p) => p !== undefined && partName(pkg, p) !== undefined);
  if (workbook === undefined)
    throw new WorkbookRefusal(errorText('FILE_FORMAT', 'no_workbook'), errorText('FILE_FORMAT', 'xlsx_hint'));
  const rels = await readRelationships(pkg, workbook, budget);
  const sheets: SheetEntry[] = [];
  await readXml(
    pkg,
    workbook,
    {
      open(name, a) {
        if (name !== 'sheet') return;
        // r:id under whatever prefix the writer chose
        const id = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
        const path = id === undefined ? undefined : rels.get(id)?.target;
        if (path !== undefined)
          sheets.push({ name: a.name ?? '', visible: (a.state ?? 'visible') === 'visible', path });
      },
    },
    budget,
  );
  const of = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  return {
    sheets,
    strings: await readSharedStrings(pkg, of('sharedStrings') ?? 'xl/sharedStrings.xml', budget),
    formats: await readFormats(pkg, of('styles') ?? 'xl/styles.xml', budget),
  };
}

async function readSharedStrings(pkg: Package, path: string, budget: { left: number }): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await readXml(
    pkg,
    path,
    {
      open(name) {
        if (name === 'si') current = '';
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      text(text) {
        if (inText) current += text;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') strings.push(current);
      },
    },
    budget,
  );
  return strings;
}

async function readFormats(pkg: Package, path: string, budget: { left: number }): Promise<NumberFormat[]> {
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await readXml(
    pkg,
    path,
    {
      open(name, a) {
        if (name === 'numFmt' && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    budget,
  );
  return xfs.map((id) => readNumberFormat(id, codes.get(id)));
}
