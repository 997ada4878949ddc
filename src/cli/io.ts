// The only file that touches the file system and the process: everything else gets an Io.
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { constants as fsConstants, promises as fs, rmSync, type Stats } from 'node:fs';
import * as fsc from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Where a command writes text. */
export interface Writer {
  write(data: string | Uint8Array): void;
  isTTY: boolean;
  /** The terminal's width in columns, when this is a terminal. */
  columns?: number;
  /**
   * Resolves when what was written has been taken (a pipe to a slow reader holds it until then); absent when writes
   * never wait.
   */
  drained?(): Promise<void>;
  /**
   * Writes pieces of text in order, each handed over before the next is made; absent when write and drained do. When
   * the pieces throw, rejects with that error after taking back what was written, if revocable() said it could.
   */
  writeChunks?(chunks: Iterable<string>): Promise<void>;
  /**
   * Returns true when writeChunks, should its pieces throw, leaves the output as it was before (standard output
   * redirected to a regular file, `>` or `>>`: what was written is cut off again); false or absent otherwise (a pipe or
   * a terminal cannot take back what it was given).
   */
  revocable?(): boolean;
  /**
   * Writes pieces of text through a temporary file, then copies it here: nothing is written until every piece is
   * made, and pieces that throw leave nothing written and no temporary file. Rejects with SpoolFailed, nothing
   * written, when the temporary file cannot be written (a full disk). Absent when this writer has no such file.
   */
  spool?(chunks: Iterable<string>): Promise<void>;
}

/** The temporary file of Writer.spool could not be written: nothing reached the writer, which can be written again. */
export class SpoolFailed extends Error {}

/** What commands may do to the outside world. */
export interface Io {
  /**
   * Returns the bytes of a regular file of at most maxInputBytes; fails with code ENOTREG for a device, FIFO or
   * socket (refused before anything is read: /dev/zero never fills memory, a FIFO never hangs) and EFBIG for a
   * larger file.
   */
  readFile(path: string): Promise<Uint8Array>;
  /** The largest input file read, in bytes. */
  maxInputBytes: number;
  /** Returns 'file', 'directory', 'other' (a device, FIFO or socket), or null when nothing is there. */
  stat(path: string): Promise<'file' | 'directory' | 'other' | null>;
  readDir(path: string): Promise<string[]>;
  /** Returns the canonical path of an existing file, or null. */
  realpath(path: string): Promise<string | null>;
  /**
   * Writes data to a file so that nothing is lost: a regular file (or none) is replaced through an exclusive temporary
   * file in the same folder, synced, then renamed, keeping the replaced file's mode; a symlink, FIFO or character
   * device is written through (the node stays); a block device or socket fails with code ENOTREG.
   */
  writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
  /**
   * Writes pieces of text as writeFileAtomic writes data, one piece at a time: a national result is never one string.
   */
  writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void>;
  /**
   * Returns true when writeChunksAtomic to `path`, should its pieces throw, leaves the path as it was (a regular file
   * or nothing: the temporary file is removed and nothing renamed); false for a path written through (a symlink, a
   * FIFO, a device) or refused.
   */
  writeIsRevocable?(path: string): Promise<boolean>;
  /** Creates a directory and its parents. */
  makeDir(path: string): Promise<void>;
  /**
   * Collects the garbage of the heap now (one full collection, ~0.2 s of CPU at a national plan): called once the
   * inputs are read and before a large result is streamed, so that the heap grows from what is live rather than from
   * what reading left behind. Optional: an Io may have none.
   */
  collectGarbage?(): void;
  stdout: Writer;
  stderr: Writer;
  env: Readonly<Record<string, string | undefined>>;
}

/** Returns the hex sha256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The largest input kaohe reads: a national result is ~120 MB; a clerk's sheet is kilobytes. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

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

function failWith(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}

// Reading goes through fs's callbacks: fs.promises (with the stream and readline modules it loads) costs a cold
// start ~2 ms, and is loaded only when a file is written. The same system calls as fs.promises makes.
const reading = {
  open: promisify(fsc.open),
  fstat: promisify(fsc.fstat),
  read: promisify(fsc.read),
  close: promisify(fsc.close),
  stat: promisify(fsc.stat),
  readdir: promisify(fsc.readdir),
  realpath: promisify(fsc.realpath.native),
};

/**
 * Returns a regular file's bytes, refusing anything else before reading (opened non-blocking: a FIFO without a
 * writer does not hang the open) and anything larger than `max` bytes.
 */
async function readRegularFile(path: string, max: number): Promise<Uint8Array> {
  const fd = await reading.open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const info = await reading.fstat(fd);
    if (!info.isFile()) failWith('ENOTREG', `${path} is not a regular file`);
    if (info.size > max) failWith('EFBIG', `${path} is larger than ${max} bytes`);
    // read one byte more than the cap: a file that grew after the stat is refused, not read without end
    const buffer = Buffer.allocUnsafe(Math.min(max, info.size) + 1);
    let used = 0;
    for (let n = -1; n !== 0 && used < buffer.length; used += n)
      n = (await reading.read(fd, buffer, used, buffer.length - used, null)).bytesRead;
    if (used > max) failWith('EFBIG', `${path} is larger than ${max} bytes`);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, used);
  } finally {
    await reading.close(fd);
  }
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

// How a path is written: replaced atomically (nothing there, or a regular file), written through (a symlink, a FIFO,
// a character device such as /dev/null or /dev/stdout: replacing the node would break what it stands for) or refused.
async function outputKind(path: string): Promise<{ how: 'replace'; mode?: number } | { how: 'through' }> {
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

// Writes `path` as Io.writeFileAtomic says: through an exclusive, randomly named, synced temporary file and a rename.
async function writeSafely(path: string, write: (file: fs.FileHandle) => Promise<void>): Promise<void> {
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

// Encodes pieces of text into one megabyte of bytes at a time: a write per piece (a unit of a national
// result) would be thousands of small writes, and joining them first would copy every character once more.
// Two buffers take turns: one is filled while the other is written on libuv's threads, so that the next
// pieces are made while the kernel copies the last ones (a 120 MB result: ~0.35 s of system time).
async function writeBuffered(writeBytes: WriteBytes, chunks: Iterable<string>): Promise<void> {
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

// A write may take fewer bytes than it was given: write the rest.
const writeAllTo =
  (file: fs.FileHandle): WriteBytes =>
  async (bytes, length) => {
    for (let done = 0; done < length; ) done += (await file.write(bytes, done, length - done)).bytesWritten;
  };

// /dev/null takes back nothing, and needs to: what was written to it is gone either way.
function stdoutIsNull(): boolean {
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
async function spoolStdout(chunks: Iterable<string>): Promise<void> {
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
function stdoutEnd(): number | undefined {
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

// Standard output redirected to a regular file (`kaohe score … > r.json`) is written like a file: in megabytes, on
// libuv's threads. Anything else (a terminal, a pipe) takes the pieces one by one through process.stdout. When the
// pieces throw, a regular file is cut back to the size it had (its descriptor's offset stays past the end: a later
// writer of the same `>` leaves a gap of zero bytes; `>>` appends at the end).
async function writeStdoutChunks(chunks: Iterable<string>): Promise<void> {
  if (!stdoutIsFile()) {
    for (const chunk of chunks) {
      nodeIo.stdout.write(chunk);
      await nodeIo.stdout.drained?.();
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
function collectGarbage(): void {
  if (fullGc === undefined) {
    process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
    fullGc = process.getBuiltinModule('node:vm').runInNewContext('gc') as () => void;
  }
  fullGc();
}

/** The real Io of the process. */
export const nodeIo: Io = {
  readFile(path) {
    return readRegularFile(path, this.maxInputBytes);
  },
  maxInputBytes: MAX_INPUT_BYTES,
  stat: async (path) => {
    try {
      const s = await reading.stat(path);
      return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
    } catch {
      return null;
    }
  },
  readDir: async (path) => (await reading.readdir(path)).sort(),
  realpath: async (path) => {
    try {
      return await reading.realpath(path);
    } catch {
      return null;
    }
  },
  writeFileAtomic: (path, data) => writeSafely(path, (file) => file.writeFile(data)),
  writeChunksAtomic: (path, chunks) => writeSafely(path, (file) => writeBuffered(writeAllTo(file), chunks)),
  writeIsRevocable: async (path) => {
    try {
      return (await outputKind(path)).how === 'replace';
    } catch {
      return false;
    }
  },
  makeDir: async (path) => void (await fs.mkdir(path, { recursive: true })),
  collectGarbage,
  stdout: {
    write: (data) => {
      watchStdout();
      if (!stdoutClosed) process.stdout.write(data);
    },
    isTTY: Boolean(process.stdout.isTTY),
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    writeChunks: writeStdoutChunks,
    revocable: () => stdoutEnd() !== undefined || stdoutIsNull(),
    spool: spoolStdout,
    // A pipe takes writes without blocking: a 120 MB result written faster than `jq` reads it would pile up here.
    drained: async () => {
      if (stdoutClosed || !process.stdout.writableNeedDrain) return;
      try {
        await once(process.stdout, 'drain');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      }
    },
  },
  stderr: { write: (data) => void process.stderr.write(data), isTTY: Boolean(process.stderr.isTTY) },
  env: process.env,
};
