// Standard output, the process's own: written as a stream (a terminal, a pipe, a reader that may go away), as a file
// when it is redirected to one (and cut back when what was written must be taken back), or through a spool.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as fsc from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { holdStdoutCut, holdTemporary, releaseStdoutCut, releaseTemporary } from './interrupt.js';
import { BUFFER_BYTES, SpoolFailed, type WriteBytes, writeAllTo, writeBuffered } from './io-write.js';

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
  holdTemporary(temp);
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
    releaseTemporary(temp);
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
  holdStdoutCut(end);
  try {
    await writeBuffered(async (bytes, length) => {
      for (let done = 0; done < length; ) done += (await writeFd(1, bytes, done, length - done, null)).bytesWritten;
    }, chunks);
  } catch (error) {
    if (end !== undefined) fsc.ftruncateSync(1, end);
    throw error;
  } finally {
    releaseStdoutCut();
  }
}
