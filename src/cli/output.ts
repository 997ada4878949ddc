// Writing a command's data: stdout, or a file written atomically that is never one of the inputs.
import { extname, resolve } from 'node:path';
import type { Context } from './context.js';
import { fileError, reportDiagnostics } from './context.js';
import { errorText } from '../messages/index.js';
import type { Diagnostic } from '../model.js';

/** What a command writes: a text, bytes, or a text in pieces (made as they are written). */
export type OutputData = string | Uint8Array | Iterable<string>;

/**
 * Thrown by the pieces of a text being written to stop writing it: what was written is taken back (see
 * revocableOutput) and writeOutput returns false without a word; the thrower reports why.
 */
export class WriteAbandoned extends Error {}

/** How writeOutput writes pieces that may throw WriteAbandoned, and where its errors go. */
export interface WriteOptions {
  /** 'spool': stdout through Writer.spool (see Revocable); otherwise as writeOutput always writes. */
  how?: Revocable;
  /** Takes the errors that stopped the write (OUTPUT_IS_INPUT, OUTPUT_WRITE); by default they are reported. */
  report?: (errors: Diagnostic[]) => void;
}

/** Writes `data` to `out` (atomically) or stdout; returns false (after reporting why) when it must not or could not. */
export async function writeOutput(
  ctx: Context,
  data: OutputData,
  out: string | undefined,
  inputs: readonly string[],
  { how, report = (errors) => reportDiagnostics(ctx, errors) }: WriteOptions = {},
): Promise<boolean> {
  if (out === undefined) {
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) ctx.io.stdout.write(data);
      else if (how === 'spool' && ctx.io.stdout.spool !== undefined) await ctx.io.stdout.spool(data);
      else await writePieces(ctx, data);
    } catch (error) {
      if (error instanceof WriteAbandoned) return false;
      throw error;
    }
    return true;
  }
  const refused = await refusal(ctx, out, inputs);
  if (refused !== undefined) {
    report([refused]);
    return false;
  }
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await ctx.io.writeFileAtomic(out, data);
    else await ctx.io.writeChunksAtomic(out, data);
    return true;
  } catch (error) {
    if (error instanceof WriteAbandoned) return false;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const special = reason === 'ENOTREG' || reason === 'EISDIR';
    const message = errorText('OUTPUT_WRITE', 'message', { path: out, reason });
    const hint = errorText('OUTPUT_WRITE', special ? 'not_regular_hint' : 'hint');
    report([fileError('OUTPUT_WRITE', out, message, hint)]);
    return false;
  }
}

/**
 * How pieces that may throw WriteAbandoned can be written to `out` (stdout when undefined) and leave it as it was:
 * 'direct' — --out replaced through a temporary file (not one of `inputs`, not a directory, not written through a
 * symlink or device), or stdout redirected to a regular file it can cut back or to /dev/null (Writer.revocable);
 * 'spool' — stdout to a pipe, through a temporary file copied once every piece is made (Writer.spool; writeOutput's
 * `how`); undefined — not at all (a terminal; --out refused or written through). Reports nothing.
 */
export type Revocable = 'direct' | 'spool';

/** Returns how pieces that may throw WriteAbandoned can be written to `out` leaving it as it was (see Revocable). */
export async function revocableOutput(
  ctx: Context,
  out: string | undefined,
  inputs: readonly string[],
): Promise<Revocable | undefined> {
  if (out === undefined) {
    const { stdout } = ctx.io;
    if (stdout.writeChunks !== undefined && stdout.revocable?.() === true) return 'direct';
    return stdout.spool !== undefined && !stdout.isTTY ? 'spool' : undefined;
  }
  if (ctx.io.writeIsRevocable === undefined || (await refusal(ctx, out, inputs)) !== undefined) return undefined;
  return (await ctx.io.writeIsRevocable(out)) ? 'direct' : undefined;
}

// Why `out` must not be written (it is one of the inputs, or a directory), or undefined.
async function refusal(ctx: Context, out: string, inputs: readonly string[]): Promise<Diagnostic | undefined> {
  const target = (await ctx.io.realpath(out)) ?? resolve(out);
  for (const input of inputs) {
    if (((await ctx.io.realpath(input)) ?? resolve(input)) === target) {
      const message = errorText('OUTPUT_IS_INPUT', 'message', { path: out });
      return fileError('OUTPUT_IS_INPUT', out, message, errorText('OUTPUT_IS_INPUT', 'hint'));
    }
  }
  if ((await ctx.io.stat(out)) === 'directory') {
    const message = errorText('OUTPUT_WRITE', 'directory', { path: out });
    return fileError('OUTPUT_WRITE', out, message, errorText('OUTPUT_WRITE', 'directory_hint'));
  }
  return undefined;
}

// A result in pieces: each is handed over before the next is made, so a slow reader holds back the writer.
async function writePieces(ctx: Context, pieces: Iterable<string>): Promise<void> {
  if (ctx.io.stdout.writeChunks !== undefined) return ctx.io.stdout.writeChunks(pieces);
  for (const piece of pieces) {
    ctx.io.stdout.write(piece);
    await ctx.io.stdout.drained?.();
  }
}

/**
 * Returns the format to write: the one given; else the one --out's extension names (r.xlsx → xlsx, r.csv → csv) among
 * `extensions` (format → extension); else `fallback`. Returns undefined, after a USAGE error, when --format and the
 * extension disagree (--format csv --out r.xlsx would put text in a file Excel refuses to open).
 */
export function formatForOut<F extends string>(
  ctx: Context,
  given: F | undefined,
  out: string | undefined,
  extensions: Readonly<Record<F, string>>,
  fallback: F,
): F | undefined {
  const ext = out === undefined ? '' : extname(out).slice(1).toLowerCase();
  const named = (Object.keys(extensions) as F[]).filter((f) => extensions[f] === ext);
  if (given === undefined) return named.length === 1 ? named[0]! : fallback;
  if (named.length === 0 || named.includes(given)) return given;
  const vars = { format: given, path: out!, ext, named: named.join(' | '), first: named[0]!, own: extensions[given] };
  const message = errorText('USAGE', 'format_out', vars);
  reportDiagnostics(ctx, [fileError('USAGE', out!, message, errorText('USAGE', 'format_out_hint', vars))]);
  return undefined;
}
