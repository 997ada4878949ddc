// The writing half of the process's Io (io.ts, which with this file is all that touches the file system and the
// process): temporary files and the signals that remove them, writes a megabyte at a time, standard output written
// directly, cut back, or through a spool.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { constants as fsConstants, promises as fs, rmSync, type Stats } from 'node:fs';
import * as fsc from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** The temporary file of Writer.spool could not be written: nothing reached the writer, which can be written again. */
export class SpoolFailed extends Error {}

// A reader that stops early (`kaohe score … | head`) closes the pipe: the rest of the output has
// no one to go to, which is no error of kaohe's. Stop writing, and finish with the run's exit code.
let stdoutClosed = false;
let stdoutWatched = false;
function watchStdout(): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
}

/** Writes to standard output, unless its reader has gone (`| head`). */
export function writeStdout(data: string | Uint8Array): void {
  watchStdout();
  if (!stdoutClosed) process.stdout.write(data);
}

/** Resolves when standard output has taken what it was given (a pipe to a slow reader holds it until then). */
export async function stdoutDrained(): Promise<void> {
  if (stdoutClosed || !process.stdout.writableNeedDrain) return;
  try {
    await once(process.stdout, 'drain');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

/** Throws an Error with a Node-style `code` (ENOTREG, EFBIG, EISDIR). */
export function failWith(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}

/** Temporary files being written now: removed if the run is interrupted. */
const liveTemps = new Set<string>();
/** The size a redirected standard output had before a result streamed into it: cut back to if interrupted. */
let stdoutCutTo: number | undefined;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let watching = false;

/**
 * Removes every temporary file being written and cuts a redirected standard output being streamed into back to its
 * size before, then ends the process by the same signal (`kill`): an interrupted run leaves no `.tmp` beside the
 * clerk's files and no half a result. Exported for a test that passes its own `kill`.
 */
export function interrupted(signal: NodeJS.Signals, kill: (signal: NodeJS.Signals) => void = raise): void {
  for (const temp of liveTemps) rmSync(temp, { force: true });
  liveTemps.clear();
  if (stdoutCutTo !== undefined) cutStdout(stdoutCutTo);
  stdoutCutTo = undefined;
  unwatchSignals();
  kill(signal);
}

// With kaohe's handlers gone, the signal's default action ends the process with the usual status (130 for ^C).
function raise(signal: NodeJS.Signals): void {
  process.kill(process.pid, signal);
}

// Node calls a signal's listener with the signal's name and number: the number is no `kill`.
const onSignal = (signal: NodeJS.Signals): void => interrupted(signal);

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

// Called when a temporary file or a streamed standard output is done with: the handlers go once nothing is left.
function unwatchSignals(): void {
  if (liveTemps.size > 0 || stdoutCutTo !== undefined) return;
  watching = false;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

/** Returns the temporary files being written now (for tests). */
export function liveTemporaryFiles(): string[] {
  return [...liveTemps];
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
  liveTemps.add(temp);
  watchSignals();
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
    liveTemps.delete(temp);
    unwatchSignals();
  }
}

/** Writes the first `length` bytes of a buffer, all of them, wherever the writer writes. */
type WriteBytes = (bytes: Uint8Array, length: number) => Promise<void>;

const BUFFER_BYTES = 1 << 20;

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

/** Returns true when standard output is /dev/null: it takes back nothing, and needs to (what it got is gone). */
export function stdoutIsNull(): boolean {
  try {
    const out = fsc.fstatSync(1);
    const none = fsc.statSync('/dev/null');
    return out.isCharacterDevice() && out.rdev === none.rdev;
  } catch {
    return false;
  }
}

/**
 * Writes pieces through a temporary file in the system's temporary folder (exclusive, readable by the owner only,
 * removed on an interrupt like --out's), then copies it to standard output a megabyte at a time, waiting for a slow
 * reader: a national result held as text on disk rather than as objects in memory, and nothing written when the pieces
 * throw.
 */
export async function spoolStdout(chunks: Iterable<string>): Promise<void> {
  const temp = join(tmpdir(), `.kaohe-${randomBytes(8).toString('hex')}.tmp`);
  let file: fs.FileHandle | undefined;
  liveTemps.add(temp);
  watchSignals();
  try {
    try {
      file = await fs.open(temp, 'wx+', 0o600);
    } catch (error) {
      throw new SpoolFailed((error as Error).message);
    }
    await writeBuffered(spoolTo(file), chunks);
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    for (let position = 0; ; ) {
      const { bytesRead } = await file.read(buffer, 0, BUFFER_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      // The buffer is read into again only once the reader has taken it.
      await writtenToStdout(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file?.close();
    await fs.rm(temp, { force: true });
    liveTemps.delete(temp);
    unwatchSignals();
  }
}

// Resolves once process.stdout has handed the bytes on (or its reader has gone: EPIPE is watchStdout's).
function writtenToStdout(bytes: Uint8Array): Promise<void> {
  watchStdout();
  if (stdoutClosed) return Promise.resolve();
  return new Promise((resolve) => process.stdout.write(bytes, () => resolve()));
}

// Writes to the spool, a failure to write it being a SpoolFailed (the pieces' own errors pass as they are).
const spoolTo =
  (file: fs.FileHandle): WriteBytes =>
  async (bytes, length) => {
    try {
      await writeAllTo(file)(bytes, length);
    } catch (error) {
      throw new SpoolFailed((error as Error).message);
    }
  };

function stdoutIsFile(): boolean {
  try {
    return fsc.fstatSync(1).isFile();
  } catch {
    return false;
  }
}

const O_APPEND = fsConstants.O_APPEND ?? 0o2000;

/**
 * Returns the size standard output had before this run wrote to it, when it is a regular file whose writes land at its
 * end: opened to append (`>>`), or at an offset equal to its size (`>`, or a file written by commands before this
 * one). Undefined otherwise (not a regular file; an offset inside the file, `1<>f`, where writing would overwrite
 * bytes that no truncation restores; a system without /proc/self/fdinfo to tell).
 */
export function stdoutEnd(): number | undefined {
  try {
    const info = fsc.fstatSync(1);
    if (!info.isFile()) return undefined;
    const fdinfo = fsc.readFileSync('/proc/self/fdinfo/1', 'latin1');
    const pos = /^pos:\s*(\d+)/m.exec(fdinfo)?.[1];
    const flags = /^flags:\s*([0-7]+)/m.exec(fdinfo)?.[1];
    if (pos === undefined || flags === undefined) return undefined;
    return (Number.parseInt(flags, 8) & O_APPEND) !== 0 || Number(pos) === info.size ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes pieces to standard output. Redirected to a regular file (`kaohe score … > r.json`) it is written like a file:
 * in megabytes, on libuv's threads. Anything else (a terminal, a pipe) takes the pieces one by one through
 * process.stdout. When the pieces throw, a regular file is cut back to the size it had (its descriptor's offset stays
 * past the end: a later writer of the same `>` leaves a gap of zero bytes; `>>` appends at the end), then the error
 * passes on.
 */
export async function writeStdoutChunks(chunks: Iterable<string>): Promise<void> {
  if (!stdoutIsFile()) {
    for (const chunk of chunks) {
      writeStdout(chunk);
      await stdoutDrained();
    }
    return;
  }
  const end = stdoutEnd();
  const writeFd = promisify(fsc.write);
  stdoutCutTo = end;
  if (end !== undefined) watchSignals();
  try {
    await writeBuffered(async (bytes, length) => {
      for (let done = 0; done < length; ) done += (await writeFd(1, bytes, done, length - done, null)).bytesWritten;
    }, chunks);
  } catch (error) {
    if (end !== undefined) fsc.ftruncateSync(1, end);
    throw error;
  } finally {
    stdoutCutTo = undefined;
    unwatchSignals();
  }
}

// On a signal: a file that can no longer be cut (its disk gone) keeps what it has, and the signal still ends the run.
function cutStdout(size: number): void {
  try {
    fsc.ftruncateSync(1, size);
  } catch {}
}

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
