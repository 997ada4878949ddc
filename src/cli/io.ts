// The only file, with io-write.ts, io-stdout.ts and interrupt.ts, that touches the file system and the process:
// everything else gets an Io.
import { createHash } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as fsc from 'node:fs';
import { promisify } from 'node:util';
import { collectGarbage, failWith, outputKind, writeAllTo, writeBuffered, writeSafely } from './io-write.js';
import { spoolStdout, stdoutDrained, stdoutEnd, stdoutIsNull, writeStdout, writeStdoutChunks } from './io-stdout.js';

export { interrupted, liveTemporaryFiles } from './interrupt.js';
export { SpoolFailed } from './io-write.js';

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
    write: writeStdout,
    isTTY: Boolean(process.stdout.isTTY),
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    writeChunks: writeStdoutChunks,
    revocable: () => stdoutEnd() !== undefined || stdoutIsNull(),
    spool: spoolStdout,
    // A pipe takes writes without blocking: a 120 MB result written faster than `jq` reads it would pile up here.
    drained: stdoutDrained,
  },
  stderr: { write: (data) => void process.stderr.write(data), isTTY: Boolean(process.stderr.isTTY) },
  env: process.env,
};
