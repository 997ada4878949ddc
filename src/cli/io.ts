// The only file that touches the file system and the process: everything else gets an Io.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where a command writes text. */
export interface Writer {
  write(data: string | Uint8Array): void;
  isTTY: boolean;
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
  /** Writes pieces of text as writeFileAtomic writes data, one piece at a time: a national result is never one string. */
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
  writeChunksAtomic: (path, chunks) => replaceAtomically(path, async (temp) => {
    const file = await fs.open(temp, 'w');
    try {
      for (const chunk of chunks) await file.write(chunk);
    } finally {
      await file.close();
    }
  }),
  makeDir: async (path) => void (await fs.mkdir(path, { recursive: true })),
  stdout: { write: (data) => void process.stdout.write(data), isTTY: Boolean(process.stdout.isTTY) },
  stderr: { write: (data) => void process.stderr.write(data), isTTY: Boolean(process.stderr.isTTY) },
  env: process.env,
};
