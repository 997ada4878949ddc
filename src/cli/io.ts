// The only file that touches the file system and the process: everything else gets an Io.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
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
  readFile(path: string): Promise<Uint8Array>;
  /** Returns 'file', 'directory', or null when nothing is there. */
  stat(path: string): Promise<'file' | 'directory' | 'other' | null>;
  readDir(path: string): Promise<string[]>;
  /** Returns the canonical path of an existing file, or null. */
  realpath(path: string): Promise<string | null>;
  /** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
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

let tempCounter = 0;

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

// Writes through a temporary file in the same folder and a rename, so a reader never sees half a file.
async function replaceAtomically(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  try {
    await write(temp);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
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
  readFile: async (path) => new Uint8Array(await fs.readFile(path)),
  stat: async (path) => {
    try {
      const s = await fs.stat(path);
      return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
    } catch {
      return null;
    }
  },
  readDir: async (path) => (await fs.readdir(path)).sort(),
  realpath: async (path) => {
    try {
      return await fs.realpath(path);
    } catch {
      return null;
    }
  },
  writeFileAtomic: (path, data) => replaceAtomically(path, (temp) => fs.writeFile(temp, data)),
  writeChunksAtomic: (path, chunks) =>
    replaceAtomically(path, async (temp) => {
      const file = await fs.open(temp, 'w');
      try {
        await writeBuffered(file, chunks);
      } finally {
        await file.close();
      }
    }),
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
