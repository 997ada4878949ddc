// Writing a command's data: stdout, or a file written atomically that is never one of the inputs.
import { resolve } from 'node:path';
import type { Context } from './context.js';
import { fileError, reportDiagnostics } from './context.js';
import { errorText } from '../messages/index.js';

/** What a command writes: a text, bytes, or a text in pieces (made as they are written). */
export type OutputData = string | Uint8Array | Iterable<string>;

/** Writes `data` to `out` (atomically) or stdout; returns false (after reporting why) when it must not or could not. */
export async function writeOutput(
  ctx: Context,
  data: OutputData,
  out: string | undefined,
  inputs: readonly string[],
): Promise<boolean> {
  if (out === undefined) {
    if (typeof data === 'string' || data instanceof Uint8Array) ctx.io.stdout.write(data);
    else await writePieces(ctx, data);
    return true;
  }
  const target = (await ctx.io.realpath(out)) ?? resolve(out);
  for (const input of inputs) {
    if (((await ctx.io.realpath(input)) ?? resolve(input)) === target) {
      const message = errorText('OUTPUT_IS_INPUT', 'message', { path: out });
      reportDiagnostics(ctx, [fileError('OUTPUT_IS_INPUT', out, message, errorText('OUTPUT_IS_INPUT', 'hint'))]);
      return false;
    }
  }
  if ((await ctx.io.stat(out)) === 'directory') {
    const message = errorText('OUTPUT_WRITE', 'directory', { path: out });
    reportDiagnostics(ctx, [fileError('OUTPUT_WRITE', out, message, errorText('OUTPUT_WRITE', 'directory_hint'))]);
    return false;
  }
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await ctx.io.writeFileAtomic(out, data);
    else await ctx.io.writeChunksAtomic(out, data);
    return true;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const message = errorText('OUTPUT_WRITE', 'message', { path: out, reason });
    reportDiagnostics(ctx, [fileError('OUTPUT_WRITE', out, message, errorText('OUTPUT_WRITE', 'hint'))]);
    return false;
  }
}

// A result in pieces: each is handed over before the next is made, so a slow reader holds back the writer.
async function writePieces(ctx: Context, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    ctx.io.stdout.write(piece);
    await ctx.io.stdout.drained?.();
  }
}
