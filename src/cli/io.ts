// The only file that touches the file system and the process: everything else gets an Io.
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { constants as fsConstants, promises as fs, rmSync, type Stats } from 'node:fs';
import * as fsc from 'node:fs';
import { promisify } from 'node:util';
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
}

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
  /** Creates a directory and its parents. */
  makeDir(path: string): Promise<void>;
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
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Removes every temporary file being written, then ends the process by the same signal (`kill`): an interrupted
 * run leaves no `.tmp` beside the clerk's files. Exported for a test that passes its own `kill`.
 */
export function interrupted(signal: NodeJS.Signals, kill: (signal: NodeJS.Signals) => void = raise): void {
  for (const temp of liveTemps) rmSync(temp, { force: true });
  liveTemps.clear();
  unwatchSignals();
  kill(signal);
}

// With kaohe's handlers gone, the signal's default action ends the process with the usual status (130 for ^C).
function raise(signal: NodeJS.Signals): void {
  process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (liveTemps.size === 1) for (const signal of SIGNALS) process.on(signal, interrupted);
}

function unwatchSignals(): void {
  for (const signal of SIGNALS) process.removeListener(signal, interrupted);
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
    if (liveTemps.size === 0) unwatchSignals();
  }
}

// Encodes pieces of text into one megabyte of bytes at a time: a write per piece (a unit of a national
// result) would be thousands of small writes, and joining them first would copy every character once more.
async function writeBuffered(file: fs.FileHandle, chunks: Iterable<string>): Promise<void> {
  const buffer = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: a piece that might not fit flushes what is held first.
    if (used + chunk.length * 3 > buffer.length && used > 0) {
      await writeAll(file, buffer, used);
      used = 0;
    }
    if (chunk.length * 3 <= buffer.length) used += buffer.write(chunk, used);
    else await writeAll(file, Buffer.from(chunk), Buffer.byteLength(chunk));
  }
  await writeAll(file, buffer, used);
}

// A write may take fewer bytes than it was given: write the rest.
async function writeAll(file: fs.FileHandle, bytes: Uint8Array, length: number): Promise<void> {
  for (let done = 0; done < length; ) done += (await file.write(bytes, done, length - done)).bytesWritten;
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
  writeChunksAtomic: (path, chunks) => writeSafely(path, (file) => writeBuffered(file, chunks)),
  makeDir: async (path) => void (await fs.mkdir(path, { recursive: true })),
  stdout: {
    write: (data) => {
      watchStdout();
      if (!stdoutClosed) process.stdout.write(data);
    },
    isTTY: Boolean(process.stdout.isTTY),
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
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
