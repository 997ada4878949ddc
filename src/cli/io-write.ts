// The writing half of the process's Io (io.ts, which with this file, io-stdout.ts and interrupt.ts is all that
// touches the file system and the process): files replaced through a temporary one, writes a megabyte at a time.
import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { holdTemporary, releaseTemporary } from './interrupt.js';

/** The temporary file of Writer.spool could not be written: nothing reached the writer, which can be written again. */
export class SpoolFailed extends Error {}

/** Throws an Error with a Node-style `code` (ENOTREG, EFBIG, EISDIR). */
export function failWith(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}

/**
 * Returns how a path is written: replaced atomically (nothing there, or a regular file; with its mode), written through
 * (a symlink, a FIFO, a character device such as /dev/null or /dev/stdout: replacing the node would break what it
 * stands for); fails with EISDIR for a directory and ENOTREG for a block device or socket.
 */
export async function outputKind(path: string): Promise<{ how: 'replace'; mode?: number } | { how: 'through' }> {
  let info: Stats;
  try {
    info = await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { how: 'replace' };
    throw error;
  }
  if (info.isFile()) return { how: 'replace', mode: info.mode & 0o7777 };
  const target = info.isSymbolicLink() ? await fs.stat(path).catch(() => undefined) : info;
  if (target?.isDirectory()) failWith('EISDIR', `${path} is a directory`);
  if (target === undefined || target.isFile() || target.isFIFO() || target.isCharacterDevice())
    return { how: 'through' };
  return failWith('ENOTREG', `${path} is not a regular file`);
}

/** Writes `path` as Io.writeFileAtomic says: through an exclusive, randomly named, synced temporary file, renamed. */
export async function writeSafely(path: string, write: (file: fs.FileHandle) => Promise<void>): Promise<void> {
  const kind = await outputKind(path);
  if (kind.how === 'through') {
    const file = await fs.open(path, 'w');
    try {
      await write(file);
    } finally {
      await file.close();
    }
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const file = await fs.open(temp, 'wx');
  holdTemporary(temp);
  try {
    try {
      if (kind.mode !== undefined) await file.chmod(kind.mode);
      await write(file);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    releaseTemporary(temp);
  }
}

/** Writes the first `length` bytes of a buffer, all of them, wherever the writer writes. */
export type WriteBytes = (bytes: Uint8Array, length: number) => Promise<void>;

/** The bytes written at a time (and spooled back to standard output at a time). */
export const BUFFER_BYTES = 1 << 20;

/**
 * Writes pieces of text through `writeBytes`, encoded into one megabyte of bytes at a time: a write per piece (a unit
 * of a national result) would be thousands of small writes, and joining them first would copy every character once
 * more. Two buffers take turns: one is filled while the other is written on libuv's threads, so that the next pieces
 * are made while the kernel copies the last ones (a 120 MB result: ~0.35 s of system time). Pieces that throw: the
 * write in flight ends first, then the error passes on.
 */
export async function writeBuffered(writeBytes: WriteBytes, chunks: Iterable<string>): Promise<void> {
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let spare = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let pending: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    await pending;
    if (used === 0) return;
    const full = buffer;
    pending = writeBytes(full, used);
    pending.catch(() => undefined); // awaited at the next flush; never an unhandled rejection meanwhile
    buffer = spare;
    spare = full;
    used = 0;
  };
  try {
    for (const chunk of chunks) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8: a piece that might not fit flushes what is held first.
      if (used + chunk.length * 3 > buffer.length && used > 0) await flush();
      if (chunk.length * 3 <= buffer.length) used += buffer.write(chunk, used);
      else {
        await flush();
        await pending;
        await writeBytes(Buffer.from(chunk), Buffer.byteLength(chunk));
      }
    }
  } catch (error) {
    // The pieces threw: the write under way ends before the caller takes back what was written.
    await pending.catch(() => undefined);
    throw error;
  }
  await flush();
  await pending;
}

/** Returns a WriteBytes into an open file: a write may take fewer bytes than it was given, so the rest follow. */
export const writeAllTo =
  (file: fs.FileHandle): WriteBytes =>
  async (bytes, length) => {
    for (let done = 0; done < length; ) done += (await file.write(bytes, done, length - done)).bytesWritten;
  };

// V8's full collection, made callable once: --expose-gc set at run time puts `gc` into contexts made after it. node:v8
// is loaded only here: importing it costs a start-up ~6 ms.
let fullGc: (() => void) | undefined;
/** Collects the garbage of the heap now: Io.collectGarbage. */
export function collectGarbage(): void {
  if (fullGc === undefined) {
    process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
    fullGc = process.getBuiltinModule('node:vm').runInNewContext('gc') as () => void;
  }
  fullGc();
}
