// An .xlsx file as a zip of XML parts, read with exceljs's own dependencies (jszip for the zip, saxes for the
// XML) instead of exceljs's workbook model: exceljs turns every <v> into a float and builds a cell for every
// position of the used range (one stray cell at XFD1048576 ran Node out of memory), where kaohe needs the
// exact text of the cells present. Sizes are checked before anything is inflated, and again while inflating.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { errorText } from '../../messages/index.js';
import type { Msg } from '../../model.js';

/** The most the parts of a workbook may hold unzipped (a national sheet is 30 MB; zip bombs are gigabytes). */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** Why a workbook is not read, in the user's terms. */
export class WorkbookRefusal extends Error {
  constructor(
    readonly reason: Msg,
    readonly hint: Msg,
  ) {
    super(reason.en);
  }
}

/** An opened package: its zip and its part names by lower-case path (writers differ in case: SharedStrings.xml). */
export interface Package {
  zip: JSZip;
  paths: Map<string, string>;
}

interface Entry {
  _data?: { uncompressedSize?: number };
}

/** Returns the opened zip, or throws WorkbookRefusal when it is no zip or declares more than the limit unzipped. */
export async function openPackage(bytes: Uint8Array): Promise<Package> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new WorkbookRefusal(errorText('FILE_FORMAT', 'not_zip'), errorText('FILE_FORMAT', 'xlsx_hint'));
  }
  let declared = 0;
  const paths = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    // jszip reads the 32-bit size as a signed number: a 3 GB bomb would look negative
    declared += ((file as unknown as Entry)._data?.uncompressedSize ?? 0) >>> 0;
    paths.set(name.replace(/^\/+/, '').toLowerCase(), name);
  }
  if (declared > MAX_UNZIPPED_BYTES) throw tooBig(declared);
  return { zip, paths };
}

function tooBig(bytes: number): WorkbookRefusal {
  return new WorkbookRefusal(
    errorText('FILE_FORMAT', 'too_big', {
      size: Math.round(bytes / 1024 / 1024),
      limit: MAX_UNZIPPED_BYTES / 1024 / 1024,
    }),
    errorText('FILE_FORMAT', 'too_big_hint'),
  );
}

/** Returns the stored name of a part (any case, with or without a leading /), or undefined. */
export function partName(pkg: Package, path: string): string | undefined {
  return pkg.paths.get(path.replace(/^\/+/, '').toLowerCase());
}

/** What a part's XML elements say, by local name (x:c and c alike). */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Streams a part's XML through the handler, inflating a chunk at a time and stopping at MAX_UNZIPPED_BYTES whatever
 * the zip declared; throws WorkbookRefusal for XML that does not parse (or an error the handler throws).
 */
export async function readXml(
  pkg: Package,
  path: string,
  handler: XmlHandler,
  budget: { left: number },
): Promise<void> {
  const name = partName(pkg, path);
  if (name === undefined) return;
  const parser = new SaxesParser({ position: false });
  let failure: unknown;
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handler.text) parser.on('text', handler.text);
  if (handler.close) parser.on('closetag', (tag) => handler.close!(localName(tag.name)));
  parser.on('error', (error) => {
    failure ??= error;
  });
  const decoder = new TextDecoder('utf-8');
  await new Promise<void>((resolve, reject) => {
    const stream = (
      pkg.zip.file(name) as unknown as { internalStream(type: 'uint8array'): InternalStream }
    ).internalStream('uint8array');
    const stop = (error: unknown) => {
      stream.pause();
      reject(error);
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        budget.left -= chunk.length;
        if (budget.left < 0) return stop(tooBig(MAX_UNZIPPED_BYTES - budget.left));
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          return stop(error);
        }
        if (failure !== undefined) stop(failure);
      })
      .on('error', stop)
      .on('end', () => {
        try {
          parser.write(decoder.decode()).close();
        } catch (error) {
          return stop(error);
        }
        return failure === undefined ? resolve() : stop(failure);
      })
      .resume();
  }).catch((error: unknown) => {
    if (error instanceof WorkbookRefusal) throw error;
    // the XML parser's own words mean nothing to a clerk: the part's name is what can be looked into
    throw new WorkbookRefusal(
      errorText('FILE_FORMAT', 'bad_part', { part: name }),
      errorText('FILE_FORMAT', 'xlsx_hint'),
    );
  });
}

// jszip's chunked inflation (not in its type declarations): a chunk at a time, paused to stop.
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: unknown) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  pause(): InternalStream;
  resume(): InternalStream;
}

/** A relationship of a part: what it is (the last word of its type) and the part it points at. */
export interface Relationship {
  type: string;
  target: string;
}

/** Returns the relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), targets resolved. */
export async function readRelationships(
  pkg: Package,
  of: string,
  budget: { left: number },
): Promise<Map<string, Relationship>> {
  const slash = of.lastIndexOf('/');
  const dir = of.slice(0, slash + 1);
  const rels = new Map<string, Relationship>();
  await readXml(
    pkg,
    `${dir}_rels/${of.slice(slash + 1)}.rels`,
    {
      open(name, a) {
        if (name !== 'Relationship' || a.Id === undefined || a.Target === undefined) return;
        if (a.TargetMode === 'External') return;
        rels.set(a.Id, { type: (a.Type ?? '').split('/').pop()!, target: resolvePath(dir, a.Target) });
      },
    },
    budget,
  );
  return rels;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
