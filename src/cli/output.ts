// Writing a command's data: stdout, or a file written atomically that is never one of the inputs.
import { extname, resolve } from 'node:path';
import type { Context } from './context.js';
import { reportDiagnostics } from './context.js';

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
      reportDiagnostics(ctx, [
        {
          code: 'OUTPUT_IS_INPUT',
          severity: 'error',
          file: out,
          line: 1,
          col: 1,
          message: { en: `refusing to write over an input file: ${out}`, zh: `拒绝覆盖输入文件:${out}` },
          hint: {
            en: 'choose another --out file; kaohe never overwrites what you gave it',
            zh: '请另选 --out 文件;kaohe 不会覆盖您提供的文件',
          },
        },
      ]);
      return false;
    }
  }
  if ((await ctx.io.stat(out)) === 'directory') {
    reportDiagnostics(ctx, [
      {
        code: 'OUTPUT_WRITE',
        severity: 'error',
        file: out,
        line: 1,
        col: 1,
        message: { en: `${out} is a directory`, zh: `${out} 是目录` },
        hint: { en: 'use --out-dir for a folder of results', zh: '输出到目录请使用 --out-dir' },
      },
    ]);
    return false;
  }
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await ctx.io.writeFileAtomic(out, data);
    else await ctx.io.writeChunksAtomic(out, data);
    return true;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const special = reason === 'ENOTREG' || reason === 'EISDIR';
    reportDiagnostics(ctx, [
      {
        code: 'OUTPUT_WRITE',
        severity: 'error',
        file: out,
        line: 1,
        col: 1,
        message: { en: `cannot write ${out} (${reason})`, zh: `无法写入 ${out}(${reason})` },
        hint: special
          ? {
              en: 'kaohe writes to a file, a symlink, a FIFO or a character device, never over a directory or socket',
              zh: 'kaohe 只写入文件、符号链接、管道或字符设备,不写入目录、块设备或套接字',
            }
          : { en: 'check that the folder exists and is writable', zh: '请检查目录是否存在且可写' },
      },
    ]);
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
  reportDiagnostics(ctx, [
    {
      code: 'USAGE',
      severity: 'error',
      file: out!,
      line: 1,
      col: 1,
      message: {
        en: `--format ${given} does not match the file name ${out} (a .${ext} file holds ${named.join(' or ')})`,
        zh: `--format ${given} 与文件名 ${out} 不符(.${ext} 文件应为 ${named.join(' 或 ')} 格式)`,
      },
      hint: {
        en: `leave --format out to write ${named[0]}, or name the file .${extensions[given]}`,
        zh: `去掉 --format 即按 ${named[0]} 写出,或将文件名改为 .${extensions[given]}`,
      },
    },
  ]);
  return undefined;
}
